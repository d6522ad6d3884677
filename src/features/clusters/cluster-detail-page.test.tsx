// @vitest-environment jsdom
import '../../shared/jsdom-antd.ts'
import '../../app/i18n.ts'
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react'
import { App } from 'antd'
import { createMemoryRouter, Outlet, RouterProvider } from 'react-router'
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import type { ClusterDetail } from '../../../contract/clusters.ts'
import { i18n } from '../../app/i18n.ts'
import { ClusterDetailPage } from './cluster-detail-page.tsx'
import { testCluster } from './test-cluster.ts'

const orders = testCluster({
  mode: 'HA',
  numberOfBrokerNodes: 4,
  logicalZones: ['zone-a', 'zone-b'],
  provisioned: {
    nodeType: 'local.medium',
    numberOfBrokerNodesPerZone: 2,
    storageMeta: { storageType: 'LOCAL_DISK', storageSize: 20, numberOfDisk: 1 },
    storagePolicyEnabled: true,
    storagePolicy: {
      type: 'AUTO_DELETE',
      autoDelete: {
        diskUsedThresholdPercent: 80,
        logMinRetentionMs: 3_600_000,
        logMinRetentionBytes: 1_048_576,
      },
    },
    configMeta: { context: { 'log.retention.hours': '24' } },
  },
})

/**
 * The cluster as the server tells it, one answer after another (the last repeats); a delete answers 202.
 * Everything else the page asks (nodes, endpoints...) is answered 404, which those cards show in place.
 */
function serve(details: Array<ClusterDetail | null>) {
  let asked = 0
  const fetchMock = vi.fn(async (url: string, init?: RequestInit) => {
    const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status })
    if (init?.method === 'DELETE') return json(202, { clusterId: 'c1', jobId: 'job-8' })
    if (url === '/v2/clusters/c1') {
      const cluster = details[Math.min(asked++, details.length - 1)]
      return cluster
        ? json(200, { cluster })
        : json(404, { code: 'CLUSTER_NOT_FOUND', message: 'gone', requestId: 'r' })
    }
    return json(404, { code: 'NOT_FOUND', message: url, requestId: 'r' })
  })
  vi.stubGlobal('fetch', fetchMock)
  return fetchMock
}

function renderPage() {
  const router = createMemoryRouter(
    [
      {
        // The app's App (messages) sits inside the router, so a message may hold a link.
        element: (
          <App>
            <Outlet />
          </App>
        ),
        children: [
          { path: '/clusters/:clusterId', element: <ClusterDetailPage /> },
          { path: '/clusters', element: <p>The cluster list</p> },
        ],
      },
    ],
    { initialEntries: ['/clusters/c1'] },
  )
  render(
    <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  )
}

beforeAll(() => i18n.changeLanguage('en-US'))
afterEach(() => {
  cleanup()
  vi.unstubAllGlobals()
})

describe('ClusterDetailPage', () => {
  it('shows how Ferry provisioned the cluster', async () => {
    serve([orders])
    renderPage()
    const card = await screen.findByTestId('provisioned')
    expect(card.textContent).toContain('local.medium')
    expect(card.textContent).toContain('2 per zone × 2 zones')
    expect(card.textContent).toContain('20 GB')
    expect(card.textContent).toContain('From 80% disk used; each partition keeps at least 1 h and 1.0 MiB')
    expect(card.textContent).toContain('log.retention.hours=24')
  })

  it('follows a deleted cluster while it is released, then returns to the list once it is gone', async () => {
    serve([orders, { ...orders, state: 'UPDATING' }, null])
    renderPage()
    fireEvent.click(await screen.findByRole('button', { name: 'Delete' }))
    const dialog = await screen.findByRole('dialog', { name: 'Delete cluster orders?' })
    fireEvent.change(within(dialog).getByRole('textbox', { name: 'Cluster name to confirm' }), {
      target: { value: 'orders' },
    })
    fireEvent.click(within(dialog).getByRole('button', { name: 'Delete cluster' }))

    expect(await screen.findByText(/The cluster is being deleted/)).toBeTruthy()
    expect(await screen.findByText('The cluster list', {}, { timeout: 15_000 })).toBeTruthy()
    expect(await screen.findByText('Cluster orders deleted')).toBeTruthy()
  })
})
