// @vitest-environment jsdom
import '../../shared/jsdom-antd.ts'
import '../../app/i18n.ts'
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react'
import { App } from 'antd'
import { createMemoryRouter, RouterProvider } from 'react-router'
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { i18n } from '../../app/i18n.ts'
import { sessionKey } from '../../shared/session.ts'
import type { AuditRecord } from './api.ts'
import { AuditPage } from './audit-page.tsx'

const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status })

const denied: AuditRecord = {
  auditId: 'a2',
  time: '2026-05-01T10:00:00.000Z',
  actor: 'reader',
  via: 'session',
  action: 'createTopic',
  resourceType: 'topics',
  target: 'clusterId=local topicName=orders',
  clusterId: 'local',
  requestId: 'req-2',
  outcome: 'DENIED',
  status: 403,
  ip: '127.0.0.1',
}

/** Answers every audit page with the one record; the URLs asked for are the assertion. */
function serve() {
  const fetchMock = vi.fn(async (url: string) =>
    url.startsWith('/v2/audit')
      ? json(200, { records: [denied], marker: null, maxKeys: 20, isTruncated: false, nextMarker: null })
      : json(404, { code: 'NOT_FOUND', message: url, requestId: 'r' }),
  )
  vi.stubGlobal('fetch', fetchMock)
  return fetchMock
}

function renderPage(grants: { permission: string; clusterIds: null }[], entry = '/audit') {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } })
  client.setQueryData(sessionKey, {
    username: 'admin',
    role: { roleId: 'x', name: 'x', description: '', grants, builtin: false },
    mustChangePassword: false,
    csrfToken: 'c',
    expireTime: '2030-01-01T00:00:00.000Z',
  })
  const router = createMemoryRouter([{ path: '/audit', element: <AuditPage /> }], { initialEntries: [entry] })
  render(
    <QueryClientProvider client={client}>
      <App>
        <RouterProvider router={router} />
      </App>
    </QueryClientProvider>,
  )
  return router
}

const lastQuery = (fetchMock: ReturnType<typeof serve>) =>
  new URLSearchParams(String(fetchMock.mock.calls.at(-1)?.[0]).split('?')[1])

beforeAll(() => i18n.changeLanguage('en-US'))
afterEach(() => {
  cleanup()
  vi.unstubAllGlobals()
})

describe('AuditPage filters', () => {
  it('asks the API for the user, outcome and time range chosen, from the first page, and keeps them in the URL', async () => {
    const fetchMock = serve()
    const router = renderPage([{ permission: 'OPERATE', clusterIds: null }], '/audit?marker=m5&prev=')
    expect(await screen.findByText('reader')).toBeTruthy()
    expect(screen.getByText('Denied')).toBeTruthy()
    expect(screen.getByText('UTC 2026-05-01T10:00:00.000Z')).toBeTruthy()
    expect(lastQuery(fetchMock).get('marker')).toBe('m5')

    const user = screen.getByLabelText('User', { selector: 'input' })
    fireEvent.change(user, { target: { value: ' reader ' } })
    fireEvent.keyDown(user, { key: 'Enter', code: 'Enter', keyCode: 13 })
    await waitFor(() => expect(lastQuery(fetchMock).get('actor')).toBe('reader'))
    expect(lastQuery(fetchMock).has('marker')).toBe(false)

    fireEvent.mouseDown(screen.getByLabelText('Outcome', { selector: 'input' }))
    fireEvent.click(await screen.findByTitle('Denied'))
    await waitFor(() => expect(lastQuery(fetchMock).get('outcome')).toBe('DENIED'))
    expect(Object.fromEntries(lastQuery(fetchMock))).toEqual({
      maxKeys: '20',
      actor: 'reader',
      outcome: 'DENIED',
    })
    expect(router.state.location.search).toBe('?actor=reader&outcome=DENIED')
  })

  it('sends a time range from the URL as ISO instants', async () => {
    const fetchMock = serve()
    renderPage(
      [{ permission: 'FULL_CONTROL', clusterIds: null }],
      '/audit?start=2026-05-01T00:00:00Z&end=2026-05-02T00:00:00Z',
    )
    await screen.findByText('reader')
    expect(lastQuery(fetchMock).get('start')).toBe('2026-05-01T00:00:00.000Z')
    expect(lastQuery(fetchMock).get('end')).toBe('2026-05-02T00:00:00.000Z')
  })

  it('is not offered to a read-only role, and asks the server nothing', async () => {
    const fetchMock = serve()
    renderPage([{ permission: 'READ_ONLY', clusterIds: null }])
    expect(await screen.findByText(/Only accounts with operate or full control/)).toBeTruthy()
    expect(fetchMock).not.toHaveBeenCalled()
  })
})
