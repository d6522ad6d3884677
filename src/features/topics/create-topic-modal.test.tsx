// @vitest-environment jsdom
import '../../shared/jsdom-antd.ts'
import '../../app/i18n.ts'
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import { App } from 'antd'
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { i18n } from '../../app/i18n.ts'
import { CreateTopicModal } from './create-topic-modal.tsx'

const broker = (brokerId: number) => ({
  brokerId,
  nodeId: String(brokerId),
  host: 'localhost',
  port: 9092 + brokerId,
  rack: null,
  state: 'ALIVE',
  isController: brokerId === 1,
  partitionCount: 0,
  leaderCount: 0,
  capacityBytes: null,
  logDirs: [],
})

/** Answers the broker list and the name check, and `create` for the POST that creates the topic. */
function serve(create: { status: number; body: unknown }, similar: string[] = []) {
  const fetchMock = vi.fn(async (url: string, init?: RequestInit) => {
    if (url.includes('/nodes'))
      return Response.json({
        nodes: [broker(1), broker(2)],
        marker: null,
        maxKeys: 1000,
        isTruncated: false,
        nextMarker: null,
      })
    if (init?.method === 'POST') return new Response(JSON.stringify(create.body), { status: create.status })
    const topics = similar.map((topicName) => ({ topicName }))
    return Response.json({ topics, total: topics.length, pageNo: 1, pageSize: 5, snapshotTime: '' })
  })
  vi.stubGlobal('fetch', fetchMock)
  return fetchMock
}

async function renderModal() {
  render(
    <QueryClientProvider client={new QueryClient()}>
      <App>
        <CreateTopicModal clusterId="c1" open onClose={() => {}} />
      </App>
    </QueryClientProvider>,
  )
  const dialog = screen.getByRole('dialog')
  await within(dialog).findByLabelText('Topic name')
  return dialog
}

/** The inputs a label names; antd also puts the aria-label on some fields' wrappers. */
function inputs(dialog: HTMLElement, label: string): HTMLElement[] {
  return within(dialog)
    .getAllByLabelText(label)
    .filter((element) => element.tagName === 'INPUT')
}

function type(element: HTMLElement | undefined, value: string) {
  if (!element) throw new Error('no such field')
  fireEvent.change(element, { target: { value } })
}

beforeAll(() => i18n.changeLanguage('en-US'))
afterEach(() => {
  cleanup()
  vi.unstubAllGlobals()
})

describe('CreateTopicModal', () => {
  it('defaults the replication factor to the live brokers when there are fewer than 3', async () => {
    serve({ status: 201, body: {} })
    const dialog = await renderModal()
    expect((within(dialog).getByLabelText('Replication factor') as HTMLInputElement).value).toBe('2')
  })

  it("shows the server's otherConfigs.<dotted key> error on the row holding that key", async () => {
    const fetchMock = serve({
      status: 400,
      body: {
        code: 'ERROR_PARAMS',
        message: 'The brokers refused a config.',
        requestId: 'r1',
        fields: { 'otherConfigs.retention.ms': 'retention.ms is below this cluster’s minimum.' },
      },
    })
    const dialog = await renderModal()
    type(within(dialog).getByLabelText('Topic name'), 'orders')
    // Buttons are found by their text: getByRole names every element of the dialog, seconds in jsdom.
    fireEvent.click(within(dialog).getByText('Add config'))
    fireEvent.click(within(dialog).getByText('Add config'))
    const names = inputs(dialog, 'Config name')
    type(names[0], 'compression.type')
    type(names[1], 'retention.ms')
    const values = inputs(dialog, 'Config value')
    type(values[0], 'zstd')
    type(values[1], '1000')
    fireEvent.click(within(dialog).getByText('Create'))

    // antd validates every field before it submits, which jsdom takes its time over.
    const problem = await within(dialog).findByText(
      'retention.ms is below this cluster’s minimum.',
      {},
      { timeout: 8_000 },
    )
    const item = problem.closest('.ant-form-item')
    expect(item?.querySelector('#create-topic_configs_1_value')).toBeTruthy()
    expect(problem.closest('.ant-form-item-explain-error')).toBeTruthy()
    expect(within(dialog).queryByTestId('create-topic-error')).toBeNull()

    const post = fetchMock.mock.calls.find(([, init]) => init?.method === 'POST')
    expect(JSON.parse(String(post?.[1]?.body))).toEqual({
      topicName: 'orders',
      partitionNum: 3,
      replicationFactor: 2,
      otherConfigs: { 'compression.type': 'zstd', 'retention.ms': '1000' },
    })
  })

  it('warns, once typing pauses, of a name Kafka would see as an existing one', async () => {
    const fetchMock = serve({ status: 201, body: {} }, ['orders_dlq'])
    const dialog = await renderModal()
    type(within(dialog).getByLabelText('Topic name'), 'orders.dlq')
    const warning = await within(dialog).findByTestId('topic-name-clash')
    expect(warning.textContent).toBe(
      'Collides with existing topic "orders_dlq": Kafka treats "." and "_" as the same.',
    )
    expect(fetchMock.mock.calls.map(([url]) => url)).toContain(
      '/v2/clusters/c1/topics?similarTo=orders.dlq&includeInternal=true&pageSize=5',
    )
  })

  it('puts an error that names no field in a banner', async () => {
    serve({
      status: 409,
      body: { code: 'CLUSTER_NOT_ACTIVE', message: 'The cluster is not active.', requestId: 'r2' },
    })
    const dialog = await renderModal()
    type(within(dialog).getByLabelText('Topic name'), 'orders')
    fireEvent.click(within(dialog).getByText('Create'))
    const banner = await within(dialog).findByTestId('create-topic-error', {}, { timeout: 8_000 })
    await waitFor(() => expect(banner.textContent).toContain('The cluster is not active.'))
  })
})
