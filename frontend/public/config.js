// Runtime settings, overwritten at deployment so one build runs anywhere.
// apiBaseUrl: '' means the API is served from the same origin (under /api/v1).
window.APP_CONFIG = { apiBaseUrl: '' };
