/**
 * Where the session sends the user when the server ends it or demands a new password. The app
 * layer, which owns the router, registers the real targets at start-up (see app/router.ts); lib
 * code never imports the app.
 */
export interface SessionNavigation {
  /** The login is gone: to /login, remembering the current page. */
  toLogin(): void
  /** The server refuses everything until the password is changed. */
  toPasswordChange(): void
  /** The server refuses everything until this administrator enrols a second factor: to the account page. */
  toTotpEnrolment(): void
}

let target: SessionNavigation = { toLogin() {}, toPasswordChange() {}, toTotpEnrolment() {} }

export function setSessionNavigation(navigation: SessionNavigation): void {
  target = navigation
}

export const sessionNavigation: SessionNavigation = {
  toLogin: () => target.toLogin(),
  toPasswordChange: () => target.toPasswordChange(),
  toTotpEnrolment: () => target.toTotpEnrolment(),
}
