// @vitest-environment jsdom
import '../../shared/jsdom-antd.ts'
import '../../app/i18n.ts'
import { QueryClientProvider } from '@tanstack/react-query'
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react'
import { createMemoryRouter, RouterProvider } from 'react-router'
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { i18n } from '../../app/i18n.ts'
import { createQueryClient } from '../../shared/query-client.ts'
import { LoginPage } from './login-page.tsx'

const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status })
const refusal = (status: number, code: string, message: string) =>
  json(status, { code, message, requestId: 'r1' })

const session = (mustChangePassword: boolean) => ({
  username: 'alice',
  role: { roleId: 'read-only', name: 'Read only', description: '', grants: [], builtin: true },
  mustChangePassword,
  csrfToken: 'csrf',
  expireTime: '2030-01-01T00:00:00.000Z',
})

type Handler = (init: RequestInit | undefined) => Response

/** No session until signed in; `login` and `password` answer the sign-in and the password change. */
function serve({ login, password }: { login: Handler; password?: Handler }) {
  const fetchMock = vi.fn(async (url: string, init?: RequestInit) => {
    if (url === '/v2/auth/session') return refusal(401, 'UNAUTHENTICATED', 'Sign in first.')
    if (url === '/v2/auth/login') return login(init)
    if (url === '/v2/auth/password' && password) return password(init)
    return refusal(404, 'NOT_FOUND', url)
  })
  vi.stubGlobal('fetch', fetchMock)
  return fetchMock
}

function renderLogin() {
  const router = createMemoryRouter(
    [
      { path: '/login', element: <LoginPage /> },
      { path: '/audit', element: <p>The audit page</p> },
    ],
    { initialEntries: ['/login?next=%2Faudit%3Foutcome%3DDENIED'] },
  )
  render(
    <QueryClientProvider client={createQueryClient()}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  )
  return router
}

async function signIn(username: string, password: string) {
  fireEvent.change(await screen.findByLabelText('User name'), { target: { value: username } })
  fireEvent.change(screen.getByLabelText('Password'), { target: { value: password } })
  fireEvent.click(screen.getByRole('button', { name: 'Sign in' }))
}

const bodyOf = (fetchMock: ReturnType<typeof serve>, url: string) =>
  JSON.parse(String(fetchMock.mock.calls.find(([u]) => u === url)?.[1]?.body))

beforeAll(() => i18n.changeLanguage('en-US'))
afterEach(() => {
  cleanup()
  vi.unstubAllGlobals()
})

describe('LoginPage', () => {
  it('says what the server refused and why, then signs in and goes where the reader was going', async () => {
    let attempt = 0
    const fetchMock = serve({
      login: () =>
        ++attempt === 1
          ? refusal(401, 'SIGN_IN_FAILED', 'Wrong user name or password, or the account is disabled.')
          : json(200, session(false)),
    })
    const router = renderLogin()
    expect(await screen.findByText('Sign in to continue.')).toBeTruthy()
    await signIn('alice', 'not-it')
    const alert = await screen.findByRole('alert')
    expect(alert.textContent).toContain('Wrong user name or password')
    expect(alert.textContent).toContain('or the account is disabled.')

    await signIn('alice', 'correct horse battery')
    expect(await screen.findByText('The audit page')).toBeTruthy()
    expect(router.state.location.pathname + router.state.location.search).toBe('/audit?outcome=DENIED')
    expect(bodyOf(fetchMock, '/v2/auth/login')).toEqual({ username: 'alice', password: 'not-it' })
  })

  it('shows until when a locked account stays locked, and how long too many attempts must wait', async () => {
    let attempt = 0
    serve({
      login: () =>
        ++attempt === 1
          ? refusal(
              423,
              'ACCOUNT_LOCKED',
              'Too many failed sign-ins: alice is locked until 2030-01-01T00:15:00.000Z.',
            )
          : refusal(
              429,
              'TOO_MANY_SIGN_IN_ATTEMPTS',
              'Too many sign-in attempts from your address; try again in 42 s.',
            ),
    })
    renderLogin()
    await signIn('alice', 'whatever-1')
    expect((await screen.findByRole('alert')).textContent).toContain('The account is locked')
    expect(screen.getByRole('alert').textContent).toContain('locked until 2030-01-01T00:15:00.000Z')
    await signIn('alice', 'whatever-2')
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('try again in 42 s'))
    expect(screen.getByRole('alert').textContent).toContain('Too many sign-in attempts')
  })

  it('has an account with a one-time password choose its own before anything else', async () => {
    let changes = 0
    const fetchMock = serve({
      login: () => json(200, session(true)),
      password: () =>
        ++changes === 1
          ? json(400, {
              code: 'ERROR_PARAMS',
              message: 'The current password is wrong.',
              requestId: 'r2',
              fields: { currentPassword: 'The current password is wrong.' },
            })
          : new Response(null, { status: 204 }),
    })
    renderLogin()
    await signIn('alice', 'one-time-pass-1')
    expect(await screen.findByText('Choose your password')).toBeTruthy()
    expect(screen.queryByText('The audit page')).toBeNull()

    const save = screen.getByRole('button', { name: 'Save password' })
    fireEvent.change(screen.getByLabelText('Current password'), { target: { value: 'one-time-pass-1' } })
    fireEvent.change(screen.getByLabelText('New password'), { target: { value: 'short' } })
    fireEvent.change(screen.getByLabelText('New password again'), { target: { value: 'different' } })
    fireEvent.click(save)
    expect(await screen.findByText('At least 10 characters.')).toBeTruthy()
    expect(screen.getByText('The two new passwords differ.')).toBeTruthy()

    fireEvent.change(screen.getByLabelText('New password'), { target: { value: 'one-time-pass-1' } })
    fireEvent.click(save)
    expect(await screen.findByText('Choose a password different from the current one.')).toBeTruthy()

    fireEvent.change(screen.getByLabelText('New password'), { target: { value: 'river otter lantern' } })
    fireEvent.change(screen.getByLabelText('New password again'), {
      target: { value: 'river otter lantern' },
    })
    fireEvent.click(save)
    expect(await screen.findByText('The current password is wrong.')).toBeTruthy()

    fireEvent.click(save)
    expect(await screen.findByText('The audit page')).toBeTruthy()
    expect(bodyOf(fetchMock, '/v2/auth/password')).toEqual({
      currentPassword: 'one-time-pass-1',
      newPassword: 'river otter lantern',
    })
  })
})
