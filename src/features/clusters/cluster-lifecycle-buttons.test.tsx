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
import { ClusterLifecycleButtons } from './cluster-lifecycle-buttons.tsx'

const cluster = (change: Partial<ClusterDetail>): ClusterDetail => ({
  clusterId: 'c1',
  name: 'orders',
  type: 'PROVISIONED',
  mode: 'HP',
  state: 'ACTIVE',
  stateReason: null,
  provider: 'local',
  kafkaVersion: '4.1.0',
  numberOfBrokerNodes: 3,
  logicalZones: [],
  authenticationModes: ['NONE'],
  aclEnabled: false,
  publicIpEnabled: false,
  tags: [],
  createTime: '2024-01-02T03:04:05.000Z',
  kafkaClusterId: 'k1',
  connection: {
    bootstrapServers: 'localhost:9092',
    securityProtocol: 'PLAINTEXT',
    saslMechanism: null,
    username: null,
    hasCaCertificate: false,
  },
  ...change,
})

function renderButtons(detail: ClusterDetail) {
  const router = createMemoryRouter(
    [
      {
        path: '/clusters/:clusterId',
        element: (
          <App>
            <ClusterLifecycleButtons cluster={detail} />
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

const button = (name: string) => screen.getByRole('button', { name }) as HTMLButtonElement

beforeAll(() => i18n.changeLanguage('en-US'))
afterEach(() => {
  cleanup()
  vi.unstubAllGlobals()
})

describe('ClusterLifecycleButtons', () => {
  it('disables Stop for a stopped cluster, saying why, and offers Start', () => {
    renderButtons(cluster({ state: 'SUSPENDED' }))
    const stop = screen.getByRole('button', {
      name: 'Stop',
      description: 'Only an active cluster can be stopped',
    })
    expect((stop as HTMLButtonElement).disabled).toBe(true)
    expect(button('Start').disabled).toBe(false)
  })

  it('disables both for a cluster Ferry only connects to', () => {
    renderButtons(cluster({ provider: 'external' }))
    const stop = screen.getByRole('button', {
      name: 'Stop',
      description: 'Ferry only connects to an existing cluster; it cannot stop it',
    })
    expect((stop as HTMLButtonElement).disabled).toBe(true)
    expect(button('Start').disabled).toBe(true)
  })

  it('stops an active local cluster once confirmed, and links to the task', async () => {
    const fetchMock = answerWith(202, { clusterId: 'c1', jobId: 'job-7' })
    renderButtons(cluster({ state: 'ACTIVE' }))
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
    renderButtons(cluster({ state: 'ACTIVE' }))
    fireEvent.click(button('Stop'))
    fireEvent.click(await screen.findByRole('button', { name: 'Stop cluster' }))
    expect(await screen.findByText('The cluster is not ACTIVE.')).toBeTruthy()
  })
})
