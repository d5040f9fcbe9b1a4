import { defineConfig, devices } from '@playwright/test'

// Another run may hold the default ports: XINHUO_E2E_API_PORT / XINHUO_E2E_WEB_PORT move this stack.
const API_PORT = Number(process.env.XINHUO_E2E_API_PORT ?? 18080)
const WEB_PORT = Number(process.env.XINHUO_E2E_WEB_PORT ?? 14173)

// Playwright cannot download its browsers here: drive Debian's chromium.
const chromium = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
}

export default defineConfig({
  testDir: './e2e',
  // Both projects share one database: tests make unique names and run one at a time.
  workers: 1,
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list'], ['html', { open: 'never' }]] : 'list',
  use: {
    baseURL: `http://localhost:${WEB_PORT}`,
    locale: 'zh-CN',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: chromium,
  },
  projects: [
    {
      name: 'desktop',
      // The phone-layout checks and the group leader's quick record run in the phone project only.
      testIgnore: /(phone|quick-record)\.spec\.ts/,
      use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 800 }, launchOptions: chromium },
    },
    {
      name: 'phone',
      // iPhone 13 emulation defaults to WebKit, which is not installed.
      use: { ...devices['iPhone 13'], browserName: 'chromium', launchOptions: chromium },
    },
  ],
  webServer: {
    // The lead engineer's script: embedded PostgreSQL with the demo data, the backend, vite preview.
    command: `XINHUO_DATA_DIR=$(mktemp -d) XINHUO_SKIP_BUILD=1 XINHUO_API_PORT=${API_PORT} XINHUO_WEB_PORT=${WEB_PORT} ../run.sh`,
    cwd: '.',
    url: `http://localhost:${WEB_PORT}/config.js`,
    // the demo data set loads through the services (minutes on a busy 2-core machine)
    timeout: 360_000,
    reuseExistingServer: false,
    // Without this Playwright SIGKILLs the process group, run.sh's trap never runs and the
    // embedded PostgreSQL (in its own session) is left behind.
    gracefulShutdown: { signal: 'SIGTERM', timeout: 30_000 },
    stdout: 'pipe',
    stderr: 'pipe',
  },
})
