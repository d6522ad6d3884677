// @vitest-environment jsdom
import '../../shared/jsdom-antd.ts'
import '../../app/i18n.ts'
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react'
import { App } from 'antd'
import { createMemoryRouter, RouterProvider } from 'react-router'
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import type { ClusterDetail } from '../../../contract/clusters.ts'
import { i18n } from '../../app/i18n.ts'
import { NodesCard } from './nodes-card.tsx'

const node = (brokerId: number) => ({
  brokerId,
  host: 'localhost',
  port: 9090 + brokerId,
  rack: null,
  state: 'ALIVE',
  isController: brokerId === 1,
  partitionCount: 3,
  leaderCount: 1,
  // A 10 GiB budget with 8 GiB used: past the default 75% watermark.
  capacityBytes: 10 * 1024 ** 3,
  logDirs: [{ path: '/data', usedBytes: 8 * 1024 ** 3, totalBytes: 200 * 1024 ** 3, usableBytes: null }],
})

/** Three brokers, and a restart of any of them answered with its job. */
function serve() {
  const fetchMock = vi.fn(async (url: string, init?: RequestInit) => {
    if (init?.method === 'PUT')
      return new Response(JSON.stringify({ clusterId: 'c1', jobId: 'job-4' }), { status: 202 })
    if (url.startsWith('/v2/clusters/c1/nodes'))
      return new Response(
        JSON.stringify({
          nodes: [1, 2, 3].map(node),
          marker: null,
          maxKeys: 1000,
          isTruncated: false,
          nextMarker: null,
        }),
        { status: 200 },
      )
    return new Response(JSON.stringify({ code: 'NOT_FOUND', message: url, requestId: 'r' }), { status: 404 })
  })
  vi.stubGlobal('fetch', fetchMock)
  return fetchMock
}

function renderCard(cluster: Pick<ClusterDetail, 'clusterId' | 'provider' | 'state'>) {
  const router = createMemoryRouter(
    [
      {
        path: '/clusters/:clusterId',
        element: (
          <App>
            <NodesCard cluster={cluster} poll={false} />
          </App>
        ),
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

const restartOf = (id: number) => screen.findByRole('button', { name: `Restart node ${id}` })

beforeAll(() => i18n.changeLanguage('en-US'))
afterEach(() => {
  cleanup()
  vi.unstubAllGlobals()
})

describe('Restart node', () => {
  it('restarts the chosen broker once confirmed, and links to the task', async () => {
    const fetchMock = serve()
    renderCard({ clusterId: 'c1', provider: 'local', state: 'ACTIVE' })
    fireEvent.click(await restartOf(2))
    expect(await screen.findByText(/Clients briefly lose their connection to this node/)).toBeTruthy()
    expect(screen.getByText('Restart node 2?')).toBeTruthy()
    const puts = () => fetchMock.mock.calls.filter(([, init]) => init?.method === 'PUT')
    expect(puts()).toHaveLength(0)

    fireEvent.click(screen.getByRole('button', { name: 'Restart now' }))
    await waitFor(() => expect(puts()).toHaveLength(1))
    expect(puts()[0]?.[0]).toBe('/v2/clusters/c1/nodes/2/restart')
    const link = await screen.findByRole('link', { name: 'Restarting node 2… (task job-4)' })
    expect(link.getAttribute('href')).toBe('/clusters/c1/jobs/job-4')
  })

  it('is greyed, saying why, while the cluster is not active', async () => {
    serve()
    renderCard({ clusterId: 'c1', provider: 'local', state: 'REBOOTING' })
    await restartOf(1)
    const restart = screen.getByRole('button', {
      name: 'Restart node 3',
      description: 'Only the nodes of an active cluster can be restarted',
    }) as HTMLButtonElement
    expect(restart.disabled).toBe(true)
  })

  it('is greyed for a cluster Ferry only connects to', async () => {
    serve()
    renderCard({ clusterId: 'c1', provider: 'external', state: 'ACTIVE' })
    const restart = (await restartOf(1)) as HTMLButtonElement
    expect(restart.disabled).toBe(true)
    expect(
      screen.getByRole('button', {
        name: 'Restart node 1',
        description: 'Ferry only connects to an existing cluster; it cannot restart its nodes',
      }),
    ).toBeTruthy()
  })
})

describe('Disk budget', () => {
  it('shows each node’s use against its budget, not against the whole disk', async () => {
    serve()
    renderCard({ clusterId: 'c1', provider: 'local', state: 'ACTIVE' })
    expect(await screen.findAllByText('8.0 GiB of 10.0 GiB budget')).toHaveLength(3)
    expect(screen.getAllByRole('progressbar')[0]?.getAttribute('aria-valuenow')).toBe('80')
  })
})
