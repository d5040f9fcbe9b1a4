import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createMemoryHistory, createRouter } from 'vue-router'
import { useSessionStore } from '@/lib/session/session-store'
import { installRouteGuard } from './router'

const Page = { render: () => null }

function testRouter() {
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/login', name: 'login', component: Page, meta: { public: true } },
      { path: '/change-password', name: 'change-password', component: Page },
      { path: '/', name: 'home', component: Page, meta: { home: true } },
      { path: '/dashboard', name: 'dashboard', component: Page, meta: { permission: 'ORGANIZATION_READ' } },
      { path: '/organizations', name: 'organizations', component: Page, meta: { permission: 'ORGANIZATION_READ' } },
      { path: '/users', name: 'users', component: Page, meta: { permission: 'USER_READ' } },
    ],
  })
  installRouteGuard(router)
  return router
}

const me = (extra: object = {}) =>
  Response.json({
    id: 5,
    username: 'city-viewer',
    displayName: '市领导（只读）',
    organizationId: 1,
    organizationName: '五大连池市关工委',
    roles: ['VIEWER'],
    permissions: ['ORGANIZATION_READ'],
    scopeIsEverything: false,
    mustChangePassword: false,
    totpEnabled: false,
    ...extra,
  })

describe('the route guard after a reload', () => {
  const fetchMock = vi.fn<(request: Request) => Promise<Response>>()

  beforeEach(() => {
    vi.stubGlobal('fetch', fetchMock)
    sessionStorage.setItem('xinhuo.session', JSON.stringify({ token: 'kept-token-0123456789abcdef', idleTimeoutSeconds: 1800 }))
  })

  afterEach(() => {
    fetchMock.mockReset()
    vi.unstubAllGlobals()
  })

  it('fetches the user of the kept token and applies its permissions', async () => {
    fetchMock.mockResolvedValue(me())
    const router = testRouter()

    await router.push('/users')

    expect(fetchMock.mock.calls[0]![0].headers.get('Authorization')).toBe('Bearer kept-token-0123456789abcdef')
    expect(router.currentRoute.value.fullPath).toBe('/dashboard')
    expect(useSessionStore().user?.username).toBe('city-viewer')
  })

  it('goes to /login with the page remembered when the kept token is dead', async () => {
    fetchMock.mockResolvedValue(
      Response.json({ type: 'urn:xinhuo:problem:unauthorized', title: 'x', status: 401 }, { status: 401 }),
    )
    const router = testRouter()

    await router.push('/users')

    expect(router.currentRoute.value.fullPath).toBe('/login?redirect=/users')
    expect(useSessionStore().endReason).toBe('expired')
  })

  it('goes to /change-password when the user must change the password', async () => {
    fetchMock.mockResolvedValue(me({ mustChangePassword: true }))
    const router = testRouter()

    await router.push('/organizations')

    expect(router.currentRoute.value.name).toBe('change-password')
  })
})
