// @vitest-environment jsdom
import '../../shared/jsdom-antd.ts'
import '../../app/i18n.ts'
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react'
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import type { KafkaMessage } from '../../../contract/messages.ts'
import { i18n } from '../../app/i18n.ts'
import { ResultsTable } from './results-table.tsx'

const message = (offset: number): KafkaMessage => ({
  partition: 0,
  offset,
  timestamp: '2024-01-02T03:04:05.000Z',
  timestampType: 'CreateTime',
  key: null,
  keyBase64: null,
  value: `v${offset}`,
  valueBase64: btoa(`v${offset}`),
  headers: [],
  size: 2,
})

/** Downloads become calls to createObjectURL; the export report answers `status`. */
function serve(status: number) {
  const created = vi.fn((_blob: Blob) => 'blob:results')
  vi.stubGlobal(
    'URL',
    class extends URL {
      static override createObjectURL = created
      static override revokeObjectURL = () => {}
    },
  )
  // jsdom cannot follow the download link.
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {})
  const fetchMock = vi.fn(
    async (_url: string, _init?: RequestInit) =>
      new Response(
        status === 204 ? null : JSON.stringify({ code: 'INTERNAL', message: 'x', requestId: 'r' }),
        {
          status,
        },
      ),
  )
  vi.stubGlobal('fetch', fetchMock)
  return { created, fetchMock }
}

async function download(format: string) {
  render(
    <ResultsTable
      messages={[message(5), message(6)]}
      dropped={0}
      loading={false}
      searched
      clusterId="c1"
      topicName="orders"
      onOpen={() => {}}
    />,
  )
  fireEvent.mouseEnter(screen.getByRole('button', { name: 'Download all' }))
  fireEvent.click(await screen.findByText(format))
}

beforeAll(() => i18n.changeLanguage('en-US'))
afterEach(() => {
  cleanup()
  vi.unstubAllGlobals()
  vi.restoreAllMocks()
})

describe('ResultsTable export', () => {
  it('downloads the rows and reports the export for the audit trail', async () => {
    const { created, fetchMock } = serve(204)
    await download('CSV')
    expect(created).toHaveBeenCalledTimes(1)
    await waitFor(() => expect(fetchMock).toHaveBeenCalledTimes(1))
    const [url, init] = fetchMock.mock.calls[0] as [string, RequestInit]
    expect(url).toBe('/v2/clusters/c1/messages/exports')
    expect(init.method).toBe('POST')
    expect(JSON.parse(String(init.body))).toEqual({ topicName: 'orders', messages: 2, format: 'csv' })
  })

  it('still downloads when the report fails, and says so in the console only', async () => {
    const { created, fetchMock } = serve(500)
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {})
    await download('JSON lines (.jsonl)')
    expect(created).toHaveBeenCalledTimes(1)
    await waitFor(() => expect(logged).toHaveBeenCalled())
    expect(JSON.parse(String(fetchMock.mock.calls[0]?.[1]?.body)).format).toBe('json')
  })
})
