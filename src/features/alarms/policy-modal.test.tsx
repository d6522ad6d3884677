// @vitest-environment jsdom
import '../../shared/jsdom-antd.ts'
import '../../app/i18n.ts'
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import { App } from 'antd'
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { i18n } from '../../app/i18n.ts'
import { PolicyModal } from './policy-modal.tsx'

const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status })
const page = { marker: null, maxKeys: 1000, isTruncated: false, nextMarker: null }

/** A Ferry with one cluster of two nodes and one channel; `onCreate` answers the policy's POST. */
function serve(onCreate: (body: unknown) => Response) {
  const fetchMock = vi.fn(async (url: string, init?: RequestInit) => {
    if (init?.method === 'POST' && url === '/v2/alarms/policies')
      return onCreate(JSON.parse(String(init.body)))
    if (url.startsWith('/v2/clusters/c1/nodes'))
      return json({ ...page, nodes: [1, 2].map((brokerId) => ({ brokerId, host: 'h', port: 9092 })) })
    if (url.startsWith('/v2/clusters'))
      return json({ ...page, clusters: [{ clusterId: 'c1', name: 'orders' }] })
    if (url === '/v2/alarms/channels')
      return json({ channels: [{ channelId: 'ch1', name: 'ops-hook', type: 'WEBHOOK', url: 'http://x' }] })
    return json({ code: 'NOT_FOUND', message: url, requestId: 'r' }, 404)
  })
  vi.stubGlobal('fetch', fetchMock)
  return fetchMock
}

function renderModal(onClose = () => {}) {
  render(
    <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
      <App>
        <PolicyModal open onClose={onClose} />
      </App>
    </QueryClientProvider>,
  )
  return screen.getByRole('dialog')
}

async function choose(dialog: HTMLElement, label: string, option: string) {
  fireEvent.mouseDown(within(dialog).getByLabelText(label, { selector: 'input' }))
  const item = await screen.findByTitle(option)
  fireEvent.click(item)
}

function fieldOf(message: HTMLElement) {
  return message.closest('.ant-form-item')
}

async function fillValid(dialog: HTMLElement) {
  fireEvent.change(within(dialog).getByLabelText('Name'), { target: { value: 'ingress spike' } })
  await choose(dialog, 'Cluster', 'orders (c1)')
  await choose(dialog, 'Metric', 'Bytes in')
  fireEvent.click(within(dialog).getByText('Node'))
  await choose(dialog, 'Node to watch', 'Node 2')
  fireEvent.change(within(dialog).getByLabelText('Threshold'), { target: { value: '2' } })
  await choose(dialog, 'Threshold unit', 'MiB/s')
  await choose(dialog, 'Notify', 'ops-hook')
}

beforeAll(() => i18n.changeLanguage('en-US'))
afterEach(() => {
  cleanup()
  vi.unstubAllGlobals()
})

describe('PolicyModal', () => {
  it('says what is missing before anything is sent', async () => {
    const fetchMock = serve(() => json({}, 201))
    const dialog = renderModal()
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save' }))
    expect(await within(dialog).findByText('Enter a name.')).toBeTruthy()
    expect(within(dialog).getByText('Choose a cluster.')).toBeTruthy()
    expect(within(dialog).getByText('Choose a metric.')).toBeTruthy()
    expect(within(dialog).getByText('Enter a threshold.')).toBeTruthy()
    expect(fetchMock.mock.calls.some(([, init]) => init?.method === 'POST')).toBe(false)
  })

  it('asks for the node once the scope is a node, offering only the metric’s levels', async () => {
    serve(() => json({}, 201))
    const dialog = renderModal()
    await choose(dialog, 'Cluster', 'orders (c1)')
    await choose(dialog, 'Metric', 'Topics')
    expect(within(dialog).queryByText('Node')).toBeNull()
    await choose(dialog, 'Metric', 'Bytes in')
    fireEvent.click(within(dialog).getByText('Node'))
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save' }))
    const message = await within(dialog).findByText('Name the node, topic or group the policy watches.')
    expect(fieldOf(message)?.querySelector('#alarm-policy_scope_value')).toBeTruthy()
  })

  it('sends the threshold in bytes and closes once saved', async () => {
    const sent: unknown[] = []
    serve((body) => {
      sent.push(body)
      return json({}, 201)
    })
    const onClose = vi.fn()
    const dialog = renderModal(onClose)
    await fillValid(dialog)
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save' }))
    await waitFor(() => expect(onClose).toHaveBeenCalled())
    expect(sent[0]).toEqual({
      name: 'ingress spike',
      clusterId: 'c1',
      metric: 'bytes_in',
      scope: { level: 'node', value: '2' },
      comparator: 'GT',
      threshold: 2 * 1024 ** 2,
      durationSeconds: 60,
      severity: 'WARNING',
      channelIds: ['ch1'],
      enabled: true,
    })
  })

  it('shows the server’s field errors on the fields they name and stays open', async () => {
    serve(() =>
      json(
        {
          code: 'VALIDATION_FAILED',
          message: 'Invalid request',
          requestId: 'r1',
          fields: { 'scope.value': 'Node 2 is not in this cluster.', name: 'A policy named so exists.' },
        },
        400,
      ),
    )
    const onClose = vi.fn()
    const dialog = renderModal(onClose)
    await fillValid(dialog)
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save' }))
    const nodeError = await within(dialog).findByText('Node 2 is not in this cluster.')
    expect(fieldOf(nodeError)?.querySelector('#alarm-policy_scope_value')).toBeTruthy()
    const nameError = within(dialog).getByText('A policy named so exists.')
    expect(fieldOf(nameError)?.querySelector('#alarm-policy_name')).toBeTruthy()
    expect(within(dialog).queryByTestId('policy-error')).toBeNull()
    expect(onClose).not.toHaveBeenCalled()
  })
})
