import createClient from 'openapi-fetch'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { api } from '@/lib/api/client'
import type { paths } from '@/lib/api/schema'
import { createAuthMiddleware } from './auth-middleware'
import { setSessionNavigation } from './session-navigation'
import { useSessionStore } from './session-store'

const TOKEN = 'token-aaaaaaaaaaaaaaaaaaaaaaaa'
const NEWER = 'token-bbbbbbbbbbbbbbbbbbbbbbbb'

function problem(status: number, type: string): Response {
  return new Response(JSON.stringify({ type, title: 'x', status }), {
    status,
    headers: { 'Content-Type': 'application/problem+json' },
  })
}

function loginAs(token: string) {
  const session = useSessionStore()
  session.start({
    accessToken: token,
    tokenType: 'Bearer',
    expiresAt: '2026-03-10T16:00:00Z',
    idleTimeoutSeconds: 1800,
    user: {
      id: 1,
      username: 'city-admin',
      displayName: '市关工委管理员',
      organizationId: 1,
      organizationName: '五大连池市关工委',
      permissions: ['ORGANIZATION_READ'],
      roles: ['ORG_ADMIN'],
      scopeIsEverything: false,
      mustChangePassword: false,
      totpEnabled: false,
      totpEnrolmentRequired: false,
    },
  })
  return session
}

describe('auth middleware (the app client)', () => {
  const fetchMock = vi.fn<(request: Request) => Promise<Response>>()
  const navigation = { toLogin: vi.fn(), toPasswordChange: vi.fn(), toTotpEnrolment: vi.fn() }

  beforeEach(() => {
    vi.stubGlobal('fetch', fetchMock)
    setSessionNavigation(navigation)
  })

  afterEach(() => {
    fetchMock.mockReset()
    navigation.toLogin.mockReset()
    navigation.toPasswordChange.mockReset()
    vi.unstubAllGlobals()
  })

  it('sends the bearer token with every call', async () => {
    loginAs(TOKEN)
    fetchMock.mockResolvedValue(Response.json([]))

    await api.GET('/api/v1/organizations/roots')

    expect(fetchMock.mock.calls[0]![0].headers.get('Authorization')).toBe(`Bearer ${TOKEN}`)
  })

  it('sends no Authorization header without a session', async () => {
    fetchMock.mockResolvedValue(problem(401, 'urn:xinhuo:problem:unauthorized'))

    await api.GET('/api/v1/organizations/roots')

    expect(fetchMock.mock.calls[0]![0].headers.has('Authorization')).toBe(false)
  })

  it('on a 401 clears the session (and its storage) and sends the user to the login page', async () => {
    const session = loginAs(TOKEN)
    fetchMock.mockResolvedValue(problem(401, 'urn:xinhuo:problem:unauthorized'))

    const { response } = await api.GET('/api/v1/organizations/roots')

    expect(response.status).toBe(401)
    expect(session.isAuthenticated).toBe(false)
    expect(session.endReason).toBe('expired')
    expect(sessionStorage.getItem('xinhuo.session')).toBeNull()
    expect(navigation.toLogin).toHaveBeenCalledTimes(1)
  })

  it('navigates once when several calls are refused together', async () => {
    loginAs(TOKEN)
    fetchMock.mockImplementation(async () => problem(401, 'urn:xinhuo:problem:unauthorized'))

    await Promise.all([api.GET('/api/v1/organizations/roots'), api.GET('/api/v1/auth/me')])

    expect(navigation.toLogin).toHaveBeenCalledTimes(1)
  })

  it('leaves a refused login to the login page', async () => {
    fetchMock.mockResolvedValue(problem(401, 'urn:xinhuo:problem:unauthorized'))
    const session = loginAs(TOKEN)

    await api.POST('/api/v1/auth/login', { body: { username: 'city-admin', password: 'wrong' } })

    expect(session.isAuthenticated).toBe(true)
    expect(navigation.toLogin).not.toHaveBeenCalled()
  })

  it('sends the user to the password page on 403 password-change-required', async () => {
    const session = loginAs(TOKEN)
    fetchMock.mockResolvedValue(problem(403, 'urn:xinhuo:problem:password-change-required'))

    await api.GET('/api/v1/organizations/roots')

    expect(navigation.toPasswordChange).toHaveBeenCalledTimes(1)
    expect(session.mustChangePassword).toBe(true)
    expect(session.isAuthenticated).toBe(true)
  })

  it('sends an administrator without a second factor to the account page on 403 totp-enrolment-required', async () => {
    const session = loginAs(TOKEN)
    fetchMock.mockResolvedValue(problem(403, 'urn:xinhuo:problem:totp-enrolment-required'))

    await api.GET('/api/v1/volunteers')

    expect(navigation.toTotpEnrolment).toHaveBeenCalledTimes(1)
    expect(navigation.toPasswordChange).not.toHaveBeenCalled()
    expect(session.mustEnrolTotp).toBe(true)
    expect(session.isAuthenticated).toBe(true)
  })

  it('does nothing special on a plain 403', async () => {
    const session = loginAs(TOKEN)
    fetchMock.mockResolvedValue(problem(403, 'urn:xinhuo:problem:forbidden'))

    await api.GET('/api/v1/users')

    expect(navigation.toPasswordChange).not.toHaveBeenCalled()
    expect(navigation.toLogin).not.toHaveBeenCalled()
    expect(session.isAuthenticated).toBe(true)
  })
})

describe('auth middleware and a concurrent token refresh', () => {
  it('repeats a call refused for the token just replaced, with the new token', async () => {
    const session = {
      token: TOKEN as string | null,
      clear: vi.fn(),
      requirePasswordChange: vi.fn(),
      requireTotpEnrolment: vi.fn(),
    }
    const navigation = { toLogin: vi.fn(), toPasswordChange: vi.fn(), toTotpEnrolment: vi.fn() }
    const sent: string[] = []
    const fetch = vi.fn(async (request: Request) => {
      sent.push(request.headers.get('Authorization') ?? '')
      if (request.headers.get('Authorization') === `Bearer ${TOKEN}`) {
        session.token = NEWER // the refresh finished while this call was on its way
        return problem(401, 'urn:xinhuo:problem:unauthorized')
      }
      return Response.json({ id: 7 }, { status: 201 })
    })
    const client = createClient<paths>({ baseUrl: 'http://localhost', fetch })
    client.use(createAuthMiddleware({ session: () => session, navigation, fetch }))

    const { data, response } = await client.POST('/api/v1/organizations', {
      body: { name: '钟山村关工小组', type: 'VILLAGE_GROUP', parentId: 14 },
    })

    expect(response.status).toBe(201)
    expect(data).toEqual({ id: 7 })
    expect(sent).toEqual([`Bearer ${TOKEN}`, `Bearer ${NEWER}`])
    expect(session.clear).not.toHaveBeenCalled()
    expect(navigation.toLogin).not.toHaveBeenCalled()
  })
})
