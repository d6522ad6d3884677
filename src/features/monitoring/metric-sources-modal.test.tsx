// @vitest-environment jsdom
import '../../shared/jsdom-antd.ts'
import '../../app/i18n.ts'
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import { App } from 'antd'
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { i18n } from '../../app/i18n.ts'
import { MetricSourcesModal } from './metric-sources-modal.tsx'

const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status })

/** An external cluster with one exporter set; `onPut` answers the save. */
function serve(onPut: (body: unknown) => Response) {
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string, init?: RequestInit) => {
      if (init?.method === 'PUT') return onPut(JSON.parse(String(init.body)))
      if (url === '/v2/clusters/c1/metric-sources')
        return json({
          exporters: [{ brokerId: 1, url: 'http://10.0.0.5:9404/metrics' }],
          prometheusUrl: null,
        })
      return json({ code: 'NOT_FOUND', message: url, requestId: 'r' }, 404)
    }),
  )
}

function renderModal(onClose = () => {}) {
  render(
    <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
      <App>
        <MetricSourcesModal clusterId="c1" open onClose={onClose} />
      </App>
    </QueryClientProvider>,
  )
  return screen.getByRole('dialog')
}

async function addSecondExporter(dialog: HTMLElement, url: string) {
  await waitFor(() =>
    expect((within(dialog).getByLabelText('Exporter URL') as HTMLInputElement).value).toBe(
      'http://10.0.0.5:9404/metrics',
    ),
  )
  fireEvent.click(within(dialog).getByRole('button', { name: /Add exporter/ }))
  const brokers = within(dialog).getAllByLabelText('Broker ID')
  const urls = within(dialog).getAllByLabelText('Exporter URL')
  fireEvent.change(brokers[1] as HTMLElement, { target: { value: '2' } })
  fireEvent.change(urls[1] as HTMLElement, { target: { value: url } })
}

beforeAll(() => i18n.changeLanguage('en-US'))
afterEach(() => {
  cleanup()
  vi.unstubAllGlobals()
})

describe('MetricSourcesModal', () => {
  it('shows the stored exporters and saves one more', async () => {
    const sent: unknown[] = []
    serve((body) => {
      sent.push(body)
      return json(body)
    })
    const onClose = vi.fn()
    const dialog = renderModal(onClose)
    await addSecondExporter(dialog, 'http://10.0.0.6:9404/metrics')
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save' }))
    await waitFor(() => expect(onClose).toHaveBeenCalled())
    expect(sent[0]).toEqual({
      prometheusUrl: null,
      exporters: [
        { brokerId: 1, url: 'http://10.0.0.5:9404/metrics' },
        { brokerId: 2, url: 'http://10.0.0.6:9404/metrics' },
      ],
    })
  })

  it('shows a refusal of one exporter on that exporter’s URL', async () => {
    serve(() =>
      json(
        {
          code: 'VALIDATION_FAILED',
          message: 'Invalid request',
          requestId: 'r1',
          fields: { 'exporters.1.url': 'Ferry could not reach this exporter.' },
        },
        400,
      ),
    )
    const dialog = renderModal()
    await addSecondExporter(dialog, 'http://10.0.0.7:9404/metrics')
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save' }))
    const message = await within(dialog).findByText('Ferry could not reach this exporter.')
    expect(message.closest('.ant-form-item')?.querySelector('#metric-sources_exporters_1_url')).toBeTruthy()
    expect(within(dialog).queryByTestId('form-modal-error')).toBeNull()
  })
})
