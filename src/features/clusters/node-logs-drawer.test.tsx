// @vitest-environment jsdom
import '../../shared/jsdom-antd.ts'
import '../../app/i18n.ts'
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react'
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { i18n } from '../../app/i18n.ts'
import { NodeLogsDrawer } from './node-logs-drawer.tsx'

const logs = '/v2/clusters/c1/nodes/1/logs'
const chunk = (position: number, content: string, size = 230) => ({
  name: 'broker.log',
  size,
  position,
  nextPosition: position + content.length,
  content,
})

/** The server of one node: three files, broker.log's tail at bytes 100-200, then 30 more bytes to follow. */
function serveLogs() {
  const answers: Record<string, unknown> = {
    [logs]: {
      files: [
        { name: 'node.log', size: 10, modifiedTime: '2025-01-02T03:04:06.000Z' },
        { name: 'broker.log', size: 230, modifiedTime: '2025-01-02T03:04:05.000Z' },
        { name: 'broker.log.1', size: 2048, modifiedTime: '2025-01-01T03:04:05.000Z' },
      ],
    },
    [`${logs}/broker.log`]: chunk(100, `${'tail line\n'.repeat(9)}last tail\n`),
    [`${logs}/broker.log?position=200`]: chunk(200, 'followed line 1\nfollowed two!\n'),
    [`${logs}/broker.log?position=230`]: chunk(230, ''),
    [`${logs}/broker.log?position=0&maxBytes=100`]: chunk(0, `${'x'.repeat(90)}\nearliest\n`),
  }
  const fetchMock = vi.fn(async (url: string, _init?: RequestInit) =>
    url in answers
      ? new Response(JSON.stringify(answers[url]), { status: 200 })
      : new Response(JSON.stringify({ code: 'NOT_FOUND', message: url, requestId: 'r' }), { status: 404 }),
  )
  vi.stubGlobal('fetch', fetchMock)
  return fetchMock
}

function renderDrawer() {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } })
  render(
    <QueryClientProvider client={client}>
      <NodeLogsDrawer clusterId="c1" brokerId={1} onClose={() => {}} />
    </QueryClientProvider>,
  )
}

const content = () => screen.getByTestId('node-log-content').textContent ?? ''

beforeAll(() => i18n.changeLanguage('en-US'))
afterEach(() => {
  cleanup()
  vi.unstubAllGlobals()
})

describe('NodeLogsDrawer', () => {
  it("shows broker.log's tail, then follows it from nextPosition", async () => {
    const fetchMock = serveLogs()
    renderDrawer()
    expect(await screen.findByText('Logs of node 1')).toBeTruthy()
    await waitFor(() => expect(content()).toContain('last tail'))
    const urls = () => fetchMock.mock.calls.map(([url]) => url)
    expect(urls()).toContain(`${logs}/broker.log`)
    expect(urls().some((url) => url.includes('position='))).toBe(false)

    fireEvent.click(screen.getByRole('switch', { name: 'Follow' }))
    await waitFor(() => expect(content()).toContain('followed line 1'))
    expect(urls()).toContain(`${logs}/broker.log?position=200`)
    expect(content().indexOf('last tail')).toBeLessThan(content().indexOf('followed line 1'))
    // Caught up: the next read asks from where the followed text ended.
    await waitFor(() => expect(urls()).toContain(`${logs}/broker.log?position=230`))
  })

  it('puts the bytes before the tail above it on Load earlier', async () => {
    const fetchMock = serveLogs()
    renderDrawer()
    await waitFor(() => expect(content()).toContain('last tail'))
    fireEvent.click(screen.getByRole('button', { name: 'Load earlier' }))
    await waitFor(() => expect(content()).toContain('earliest'))
    expect(fetchMock.mock.calls.map(([url]) => url)).toContain(`${logs}/broker.log?position=0&maxBytes=100`)
    expect(content().indexOf('earliest')).toBeLessThan(content().indexOf('last tail'))
    expect((screen.getByRole('button', { name: 'Load earlier' }) as HTMLButtonElement).disabled).toBe(true)
  })
})
