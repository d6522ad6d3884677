// @vitest-environment jsdom
import '../../shared/jsdom-antd.ts'
import '../../app/i18n.ts'
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import { App } from 'antd'
import { createMemoryRouter, RouterProvider } from 'react-router'
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import type { ClusterDetail } from '../../../contract/clusters.ts'
import { i18n } from '../../app/i18n.ts'
import { ClusterLifecycleButtons } from './cluster-lifecycle-buttons.tsx'
import { testCluster } from './test-cluster.ts'

function renderButtons(
  detail: ClusterDetail,
  follow: { onReleasing?: (jobId: string) => void; onForgotten?: () => void } = {},
) {
  const router = createMemoryRouter(
    [
      {
        path: '/clusters/:clusterId',
        element: (
          <App>
            <ClusterLifecycleButtons cluster={detail} {...follow} />
          </App>
        ),
      },
    ],
    { initialEntries: ['/clusters/c1'] },
  )
  render(
    <QueryClientProvider client={new QueryClient()}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  )
}

function answerWith(status: number, body: unknown) {
  const fetchMock = vi.fn(
    async (_url: string, _init?: RequestInit) => new Response(JSON.stringify(body), { status }),
  )
  vi.stubGlobal('fetch', fetchMock)
  return fetchMock
}

/** A server that answers `METHOD path` from the table, and 404 to anything else. */
function serve(answers: Record<string, [status: number, body: unknown]>) {
  const fetchMock = vi.fn(async (url: string, init?: RequestInit) => {
    const [status, body] = answers[`${init?.method ?? 'GET'} ${url}`] ?? [
      404,
      { code: 'NOT_FOUND', message: url },
    ]
    return new Response(status === 204 ? null : JSON.stringify(body), { status })
  })
  vi.stubGlobal('fetch', fetchMock)
  return fetchMock
}

const sent = (fetchMock: ReturnType<typeof serve>, method: string) =>
  fetchMock.mock.calls.filter(([, init]) => init?.method === method)

const button = (name: string) => screen.getByRole('button', { name }) as HTMLButtonElement

beforeAll(() => i18n.changeLanguage('en-US'))
afterEach(() => {
  cleanup()
  vi.unstubAllGlobals()
})

describe('ClusterLifecycleButtons', () => {
  it('disables Stop for a stopped cluster, saying why, and offers Start', () => {
    renderButtons(testCluster({ state: 'SUSPENDED' }))
    const stop = screen.getByRole('button', {
      name: 'Stop',
      description: 'Only an active cluster can be stopped',
    })
    expect((stop as HTMLButtonElement).disabled).toBe(true)
    expect(button('Start').disabled).toBe(false)
  })

  it('disables both for a cluster Ferry only connects to', () => {
    renderButtons(testCluster({ provider: 'external' }))
    const stop = screen.getByRole('button', {
      name: 'Stop',
      description: 'Ferry only connects to an existing cluster; it cannot stop it',
    })
    expect((stop as HTMLButtonElement).disabled).toBe(true)
    expect(button('Start').disabled).toBe(true)
  })

  it('stops an active local cluster once confirmed, and links to the task', async () => {
    const fetchMock = answerWith(202, { clusterId: 'c1', jobId: 'job-7' })
    renderButtons(testCluster({ state: 'ACTIVE' }))
    expect(button('Start').disabled).toBe(true)
    const stop = button('Stop')
    expect(stop.disabled).toBe(false)

    fireEvent.click(stop)
    expect(await screen.findByText(/clients are disconnected/)).toBeTruthy()
    expect(fetchMock).not.toHaveBeenCalled()
    fireEvent.click(screen.getByRole('button', { name: 'Stop cluster' }))

    await waitFor(() => expect(fetchMock).toHaveBeenCalledTimes(1))
    const [url, init] = fetchMock.mock.calls[0] ?? []
    expect(url).toBe('/v2/clusters/c1/stop')
    expect(init?.method).toBe('PUT')
    const link = await screen.findByRole('link', { name: 'Stopping cluster… (task job-7)' })
    expect(link.getAttribute('href')).toBe('/clusters/c1/jobs/job-7')
  })

  it('shows why the server refused', async () => {
    answerWith(409, { code: 'CLUSTER_NOT_ACTIVE', message: 'The cluster is not ACTIVE.', requestId: 'r1' })
    renderButtons(testCluster({ state: 'ACTIVE' }))
    fireEvent.click(button('Stop'))
    fireEvent.click(await screen.findByRole('button', { name: 'Stop cluster' }))
    expect(await screen.findByText('The cluster is not ACTIVE.')).toBeTruthy()
  })
})

describe('Delete', () => {
  it('stays disabled until the exact cluster name is typed, then releases a local cluster', async () => {
    const fetchMock = serve({ 'DELETE /v2/clusters/c1': [202, { clusterId: 'c1', jobId: 'job-9' }] })
    const onReleasing = vi.fn()
    renderButtons(testCluster({ state: 'SUSPENDED' }), { onReleasing })
    fireEvent.click(button('Delete'))

    const dialog = await screen.findByRole('dialog', { name: 'Delete cluster orders?' })
    expect(dialog.textContent).toContain('all its data')
    const confirm = () => within(dialog).getByRole('button', { name: 'Delete cluster' }) as HTMLButtonElement
    const name = within(dialog).getByRole('textbox', { name: 'Cluster name to confirm' })
    expect(confirm().disabled).toBe(true)
    fireEvent.change(name, { target: { value: 'order' } })
    expect(confirm().disabled).toBe(true)
    fireEvent.change(name, { target: { value: 'Orders' } })
    expect(confirm().disabled).toBe(true)
    fireEvent.change(name, { target: { value: 'orders' } })
    expect(confirm().disabled).toBe(false)
    expect(fetchMock).not.toHaveBeenCalled()

    fireEvent.click(confirm())
    await waitFor(() => expect(onReleasing).toHaveBeenCalledWith('job-9'))
    expect(sent(fetchMock, 'DELETE').map(([url]) => url)).toEqual(['/v2/clusters/c1'])
    const link = await screen.findByRole('link', { name: 'Deleting cluster orders… (task job-9)' })
    expect(link.getAttribute('href')).toBe('/clusters/c1/jobs/job-9')
  })

  it('says an external cluster is only forgotten, and follows it out on 204', async () => {
    serve({ 'DELETE /v2/clusters/c1': [204, null] })
    const onForgotten = vi.fn()
    renderButtons(testCluster({ provider: 'external' }), { onForgotten })
    fireEvent.click(button('Delete'))
    const dialog = await screen.findByRole('dialog', { name: 'Delete cluster orders?' })
    expect(dialog.textContent).toContain('the Kafka cluster itself and its data are not touched')
    fireEvent.change(within(dialog).getByRole('textbox', { name: 'Cluster name to confirm' }), {
      target: { value: 'orders' },
    })
    fireEvent.click(within(dialog).getByRole('button', { name: 'Delete cluster' }))
    await waitFor(() => expect(onForgotten).toHaveBeenCalled())
    expect(await screen.findByText('Cluster orders removed from Ferry')).toBeTruthy()
  })

  it('keeps the refusal in the dialog', async () => {
    serve({
      'DELETE /v2/clusters/c1': [
        409,
        { code: 'CLUSTER_CAN_NOT_DELETED', message: 'orders is busy with task job-3.', requestId: 'r' },
      ],
    })
    renderButtons(testCluster({ state: 'ACTIVE' }))
    fireEvent.click(button('Delete'))
    const dialog = await screen.findByRole('dialog', { name: 'Delete cluster orders?' })
    fireEvent.change(within(dialog).getByRole('textbox', { name: 'Cluster name to confirm' }), {
      target: { value: 'orders' },
    })
    fireEvent.click(within(dialog).getByRole('button', { name: 'Delete cluster' }))
    expect(await within(dialog).findByText('orders is busy with task job-3.')).toBeTruthy()
  })

  it('is greyed, saying why, while the cluster is on its way somewhere', () => {
    renderButtons(testCluster({ state: 'UPDATING' }))
    const remove = screen.getByRole('button', {
      name: 'Delete',
      description:
        'A cluster can be deleted only when it is active, stopped or failed to deploy, with no operation running',
    }) as HTMLButtonElement
    expect(remove.disabled).toBe(true)
  })
})

describe('Add nodes', () => {
  const twoZones = testCluster({ numberOfBrokerNodes: 4, logicalZones: ['zone-a', 'zone-b'] })
  const catalogue = {
    kafkaVersions: [],
    nodeTypes: [],
    zones: ['zone-a', 'zone-b', 'zone-c'],
    maxNodes: 12,
    availableMemoryMb: 8192,
    freeDiskGb: 100,
  }

  async function openModal() {
    fireEvent.click(button('Add nodes'))
    return screen.findByRole('dialog', { name: 'Add nodes to orders' })
  }

  it('refuses a total that is not a multiple of the zones, then sends the target and the reassignment', async () => {
    const fetchMock = serve({
      'GET /v2/providers/local/catalogue': [200, catalogue],
      'PUT /v2/clusters/c1/increase-broker-count': [202, { clusterId: 'c1', jobId: 'job-5' }],
    })
    renderButtons(twoZones)
    const dialog = await openModal()
    const total = within(dialog).getByRole('spinbutton', {
      name: 'Target number of nodes',
    }) as HTMLInputElement
    expect(total.value).toBe('6')
    expect(dialog.textContent).toContain('3 per zone × 2 zones')

    fireEvent.change(total, { target: { value: '7' } })
    fireEvent.click(within(dialog).getByRole('button', { name: 'Submit' }))
    expect(await within(dialog).findByText(/must be a multiple of the 2 zones/)).toBeTruthy()
    expect(sent(fetchMock, 'PUT')).toHaveLength(0)

    fireEvent.change(total, { target: { value: '8' } })
    expect(await within(dialog).findByText('4 per zone × 2 zones')).toBeTruthy()
    fireEvent.click(within(dialog).getByRole('checkbox', { name: 'Move partitions onto the new nodes' }))
    fireEvent.click(within(dialog).getByRole('button', { name: 'Submit' }))

    await waitFor(() => expect(sent(fetchMock, 'PUT')).toHaveLength(1))
    const [url, init] = sent(fetchMock, 'PUT')[0] ?? []
    expect(url).toBe('/v2/clusters/c1/increase-broker-count')
    expect(JSON.parse(String(init?.body))).toEqual({ numberOfBrokerNodes: 8, reassignPartitions: true })
    expect(await screen.findByRole('link', { name: 'Adding nodes, 8 in all… (task job-5)' })).toBeTruthy()
  })

  it("shows the server's objection on the field", async () => {
    serve({
      'GET /v2/providers/local/catalogue': [200, catalogue],
      'PUT /v2/clusters/c1/increase-broker-count': [
        409,
        {
          code: 'UPDATE_CLUSTER_FORBIDDEN',
          message: 'A local cluster has at most 12 nodes.',
          requestId: 'r',
          fields: { numberOfBrokerNodes: 'At most 12.' },
        },
      ],
    })
    renderButtons(twoZones)
    const dialog = await openModal()
    fireEvent.click(within(dialog).getByRole('button', { name: 'Submit' }))
    expect(await within(dialog).findByText('At most 12.')).toBeTruthy()
  })

  it('is greyed, saying why, unless the cluster is active and run by Ferry', () => {
    renderButtons(testCluster({ state: 'SUSPENDED' }))
    const add = screen.getByRole('button', {
      name: 'Add nodes',
      description: 'Nodes can be added only to an active cluster',
    }) as HTMLButtonElement
    expect(add.disabled).toBe(true)
    cleanup()
    renderButtons(testCluster({ provider: 'external' }))
    expect(
      screen.getByRole('button', {
        name: 'Add nodes',
        description: 'Ferry only connects to an existing cluster; it cannot add nodes to it',
      }),
    ).toBeTruthy()
  })
})
