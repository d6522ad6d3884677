// @vitest-environment jsdom
import '../../shared/jsdom-antd.ts'
import '../../app/i18n.ts'
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import { App } from 'antd'
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { i18n } from '../../app/i18n.ts'
import { sessionKey } from '../../shared/session.ts'
import { TokenListPage } from './token-list-page.tsx'

const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status })
const secret = 'ferry_3xampleS3cretThatIsShownOnce'
const role = { roleId: 'operate', name: 'Operate', description: '', grants: [], builtin: true }

/** A Ferry with the three roles and, once created, one token; `sent` collects the create bodies. */
function serve(sent: unknown[]) {
  const tokens: unknown[] = []
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string, init?: RequestInit) => {
      if (url === '/v2/roles')
        return json(200, {
          roles: [
            { ...role, roleId: 'full-control', name: 'Full control' },
            role,
            { ...role, roleId: 'read-only', name: 'Read only' },
          ],
        })
      if (url === '/v2/auth/tokens' && init?.method === 'POST') {
        const body = JSON.parse(String(init.body))
        sent.push(body)
        const token = {
          tokenId: 't1',
          name: body.name,
          username: 'admin',
          roleId: body.roleId,
          roleName: 'Read only',
          createTime: '2026-05-01T10:00:00.000Z',
          expireTime: null,
          lastUsed: null,
          revokedTime: null,
        }
        tokens.push(token)
        return json(201, { ...token, token: secret })
      }
      if (url === '/v2/auth/tokens') return json(200, { tokens })
      return json(404, { code: 'NOT_FOUND', message: url, requestId: 'r' })
    }),
  )
}

function renderPage() {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } })
  client.setQueryData(sessionKey, {
    username: 'admin',
    role,
    mustChangePassword: false,
    csrfToken: 'c',
    expireTime: '2030-01-01T00:00:00.000Z',
  })
  render(
    <QueryClientProvider client={client}>
      <App>
        <TokenListPage />
      </App>
    </QueryClientProvider>,
  )
}

beforeAll(() => i18n.changeLanguage('en-US'))
afterEach(() => {
  cleanup()
  vi.unstubAllGlobals()
})

describe('TokenListPage', () => {
  it('shows a new token’s secret once, with how to use it, and never again after the dialog closes', async () => {
    const sent: unknown[] = []
    serve(sent)
    renderPage()
    expect(await screen.findByText('No API tokens yet')).toBeTruthy()
    fireEvent.click(screen.getByRole('button', { name: /Create token/ }))
    const form = await screen.findByRole('dialog')
    fireEvent.change(within(form).getByLabelText('Name'), { target: { value: 'nightly-backup' } })
    fireEvent.mouseDown(within(form).getByLabelText('Role', { selector: 'input' }))
    fireEvent.click(await screen.findByTitle('Read only'))
    fireEvent.click(within(form).getByLabelText('Never'))
    fireEvent.click(within(form).getByRole('button', { name: 'Create token' }))

    const shown = await screen.findByTestId('token-secret')
    expect(shown.textContent).toBe(secret)
    const dialog = shown.closest('[role="dialog"]') as HTMLElement
    expect(within(dialog).getByText(/it will not be shown again/)).toBeTruthy()
    expect(
      within(dialog).getByText(`curl -H "Authorization: Bearer ${secret}" http://localhost:3000/v2/clusters`),
    ).toBeTruthy()
    expect(sent).toEqual([{ name: 'nightly-backup', roleId: 'read-only', expiresInDays: null }])

    // The list has the token, not its secret.
    expect(await screen.findByText('nightly-backup')).toBeTruthy()
    fireEvent.click(within(dialog).getByRole('button', { name: 'I have copied it' }))
    await waitFor(() => expect(screen.queryByText(secret, { exact: false })).toBeNull())
    expect(screen.getByText('Never used')).toBeTruthy()
  })
})
