// @vitest-environment jsdom
import '../../shared/jsdom-antd.ts'
import '../../app/i18n.ts'
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import { App } from 'antd'
import { createMemoryRouter, RouterProvider } from 'react-router'
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { i18n } from '../../app/i18n.ts'
import { MessageQueryPage } from './message-query-page.tsx'

const message = (offset: number, value: string) => ({
  partition: 0,
  offset,
  timestamp: '2024-01-02T03:04:05.000Z',
  timestampType: 'CreateTime',
  key: `k${offset}`,
  keyBase64: btoa(`k${offset}`),
  value,
  valueBase64: btoa(value),
  headers: [{ key: 'trace', value: 't1' }],
  size: 10,
})

const lines = [
  {
    type: 'start',
    queryId: 'q1',
    positions: [{ partition: 0, offset: 0, endOffset: 2000 }],
    probablePartition: null,
  },
  { type: 'message', message: message(5, '{"id": 12345678901234567890}') },
  { type: 'message', message: message(6, 'plain text') },
  {
    type: 'progress',
    scanned: 1234,
    matched: 2,
    bytes: 20,
    elapsedMs: 40,
    positions: [{ partition: 0, offset: 1234, endOffset: 2000 }],
  },
  {
    type: 'end',
    reason: 'scanMessages',
    scanned: 1234,
    matched: 2,
    bytes: 20,
    elapsedMs: 50,
    positions: [{ partition: 0, offset: 1234, endOffset: 2000 }],
    resume: [{ partition: 0, offset: 1234, endOffset: 2000 }],
  },
]

const mebibyte = 1024 * 1024
const settings = {
  defaultLimit: 30,
  maxLimit: 500,
  defaultMaxBytes: 5 * mebibyte,
  scanMessages: 100_000,
  scanSeconds: 30,
  concurrentQueries: 4,
  minIntervalSeconds: 0,
}

function serve(
  query: (body: unknown) => Response,
  produce?: (body: unknown) => Response,
  saveSettings?: (body: unknown) => Response,
) {
  const fetchMock = vi.fn(async (url: string, init?: RequestInit) => {
    if (url.endsWith('/message-query-settings'))
      return init?.method === 'PUT' && saveSettings
        ? saveSettings(JSON.parse(String(init.body)))
        : Response.json(settings)
    if (url.endsWith('/messages/query')) return query(JSON.parse(String(init?.body)))
    if (url.endsWith('/messages/queries'))
      return Response.json({
        queries: [
          {
            queryId: 'q9',
            topicName: 'payments',
            startTime: '2024-01-02T03:04:05.000Z',
            scanned: 500,
            matched: 0,
          },
        ],
      })
    if (url.endsWith('/messages') && produce) return produce(JSON.parse(String(init?.body)))
    if (url.includes('/topics?'))
      return Response.json({
        topics: [{ topicName: 'orders' }],
        total: 1,
        pageNo: 1,
        pageSize: 50,
        snapshotTime: '',
      })
    return Response.json({ topic: { topicName: 'orders', partitionNum: 3 } })
  })
  vi.stubGlobal('fetch', fetchMock)
  return fetchMock
}

function renderPage() {
  const router = createMemoryRouter(
    [{ path: '/clusters/:clusterId/messages', element: <MessageQueryPage /> }],
    { initialEntries: ['/clusters/c1/messages?topic=orders'] },
  )
  render(
    <QueryClientProvider client={new QueryClient()}>
      <App>
        <RouterProvider router={router} />
      </App>
    </QueryClientProvider>,
  )
}

beforeAll(() => i18n.changeLanguage('en-US'))
afterEach(() => {
  cleanup()
  vi.unstubAllGlobals()
})

describe('MessageQueryPage', () => {
  it('streams a query into progress, an end message and rows, and continues from where it stopped', async () => {
    const bodies: unknown[] = []
    serve((body) => {
      bodies.push(body)
      return new Response(lines.map((line) => `${JSON.stringify(line)}\n`).join(''), {
        headers: { 'content-type': 'application/x-ndjson' },
      })
    })
    renderPage()
    fireEvent.click(screen.getByRole('radio', { name: 'From offset' }))
    // The cluster's default limit and size replace the built-in ones once its settings arrive.
    await waitFor(() => expect((screen.getByLabelText('Limit') as HTMLInputElement).value).toBe('30'), {
      timeout: 5_000,
    })
    fireEvent.click(await screen.findByRole('button', { name: 'Search' }))

    const end = await screen.findByTestId('query-end')
    expect(end.textContent).toContain('Scan budget of messages used up')
    expect(screen.getByTestId('query-progress').textContent).toContain('Scanned 1,234 · Matched 2')
    expect(document.querySelectorAll('tbody tr.ant-table-row')).toHaveLength(2)
    expect(bodies[0]).toMatchObject({ startOffset: 0, limit: 30, maxBytes: 5 * mebibyte })

    fireEvent.click(within(end).getByRole('button', { name: 'Continue' }))
    await waitFor(() => expect(bodies).toHaveLength(2))
    expect(bodies[1]).toMatchObject({ resume: [{ partition: 0, offset: 1234 }] })

    fireEvent.click(screen.getAllByRole('button', { name: 'View' })[0] as HTMLElement)
    const drawer = await screen.findByRole('dialog')
    expect(within(drawer).getByText('Partition 0 · Offset 5')).toBeTruthy()
    expect(drawer.textContent).toContain('12345678901234567890')
  })

  it('shows the server filter error on the filter field', async () => {
    serve(() =>
      Response.json(
        {
          code: 'INVALID_PARAMETER',
          message: 'Bad filter',
          requestId: 'r1',
          fields: { filter: 'Syntax error at position 3' },
        },
        { status: 400 },
      ),
    )
    renderPage()
    fireEvent.click(screen.getByRole('tab', { name: 'CEL' }))
    fireEvent.change(await screen.findByLabelText('Filter (CEL)'), { target: { value: 'key ==' } })
    fireEvent.click(screen.getByRole('button', { name: 'Search' }))
    expect(await screen.findByText('Syntax error at position 3')).toBeTruthy()
  })

  it('sends a message, shows where it went and finds it', async () => {
    const bodies: unknown[] = []
    const produced: unknown[] = []
    serve(
      (body) => {
        bodies.push(body)
        return new Response(`${JSON.stringify(lines[0])}\n`)
      },
      (body) => {
        produced.push(body)
        return Response.json(
          { partition: 2, offset: 7, timestamp: '2024-01-02T03:04:05.000Z' },
          { status: 201 },
        )
      },
    )
    renderPage()
    fireEvent.click(screen.getByRole('button', { name: 'Send message' }))
    const dialog = await screen.findByRole('dialog')
    fireEvent.change(within(dialog).getByLabelText('Value'), { target: { value: 'hello' } })
    fireEvent.click(within(dialog).getByRole('button', { name: 'Send' }))
    const result = await within(dialog).findByTestId('produce-result')
    expect(result.textContent).toContain('partition 2 at offset 7')
    expect(produced[0]).toEqual({
      key: null,
      value: 'hello',
      headers: [],
    })

    fireEvent.click(within(result).getByRole('button', { name: 'Find it' }))
    await waitFor(() => expect(bodies).toHaveLength(1))
    expect(bodies[0]).toMatchObject({ partition: 2, startOffset: 7 })
  })

  it('says clearly when the cluster runs too many queries, and which', async () => {
    serve(() =>
      Response.json(
        { code: 'TOO_MANY_QUERIES', message: 'This cluster already runs 4 queries.', requestId: 'r2' },
        { status: 429 },
      ),
    )
    renderPage()
    fireEvent.click(await screen.findByRole('button', { name: 'Search' }))
    expect(await screen.findByText('Too many queries are running on this cluster')).toBeTruthy()
    expect(await screen.findByText(/payments since/)).toBeTruthy()
  })

  it('tells a caller who searches again too soon how long to wait', async () => {
    serve(() =>
      Response.json(
        {
          code: 'QUERY_TOO_FREQUENT',
          message: 'This cluster allows one query every 10 s; try again in 7 s.',
          requestId: 'r3',
        },
        { status: 429 },
      ),
    )
    renderPage()
    fireEvent.click(await screen.findByRole('button', { name: 'Search' }))
    expect(await screen.findByText("This cluster spaces out each caller's queries")).toBeTruthy()
    expect(screen.getByText('This cluster allows one query every 10 s; try again in 7 s.')).toBeTruthy()
  })

  it("shows the server's refusal of the query limits on the field it names", async () => {
    const saved: unknown[] = []
    serve(
      () => new Response(''),
      undefined,
      (body) => {
        saved.push(body)
        return Response.json(
          {
            code: 'ERROR_PARAMS',
            message: 'Invalid settings',
            requestId: 'r4',
            fields: { defaultLimit: 'The default result limit cannot exceed the largest one.' },
          },
          { status: 400 },
        )
      },
    )
    renderPage()
    fireEvent.click(screen.getByRole('button', { name: 'Query limits' }))
    const dialog = await screen.findByRole('dialog')
    expect(within(dialog).getByText('Message query limits of this cluster')).toBeTruthy()
    fireEvent.change(await within(dialog).findByLabelText('Default result limit'), {
      target: { value: '600' },
    })
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save' }))

    // Seven fields validate before the request goes out: slow on busy cores.
    expect(
      await within(dialog).findByText(
        'The default result limit cannot exceed the largest one.',
        {},
        { timeout: 8_000 },
      ),
    ).toBeTruthy()
    expect(saved[0]).toEqual({ ...settings, defaultLimit: 600 })
  })

  it('saves the query limits, the size in megabytes sent as bytes', async () => {
    const saved: unknown[] = []
    serve(
      () => new Response(''),
      undefined,
      (body) => {
        saved.push(body)
        return Response.json(body)
      },
    )
    renderPage()
    fireEvent.click(screen.getByRole('button', { name: 'Query limits' }))
    const dialog = await screen.findByRole('dialog')
    const size = (await within(dialog).findByLabelText('Default size limit (MB)')) as HTMLInputElement
    expect(size.value).toBe('5')
    fireEvent.change(size, { target: { value: '8' } })
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save' }))

    expect(await screen.findByText('Query limits saved', {}, { timeout: 8_000 })).toBeTruthy()
    expect(saved[0]).toEqual({ ...settings, defaultMaxBytes: 8 * mebibyte })
  })
})
