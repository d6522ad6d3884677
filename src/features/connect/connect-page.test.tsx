// @vitest-environment jsdom
import '../../shared/jsdom-antd.ts'
import '../../app/i18n.ts'
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { cleanup, fireEvent, render, screen } from '@testing-library/react'
import { App } from 'antd'
import { createMemoryRouter, RouterProvider } from 'react-router'
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import type { ClusterDetail } from '../../../contract/clusters.ts'
import { i18n } from '../../app/i18n.ts'
import { ConnectPage } from './connect-page.tsx'

const orders = {
  clusterId: 'c1',
  name: 'orders',
  type: 'PROVISIONED',
  mode: 'HP',
  state: 'ACTIVE',
  stateReason: null,
  provider: 'local',
  kafkaVersion: '4.1.2',
  numberOfBrokerNodes: 1,
  logicalZones: ['zone-a'],
  authenticationModes: ['SASL_SCRAM', 'SSL'],
  aclEnabled: false,
  publicIpEnabled: false,
  tags: [],
  createTime: '2026-01-02T03:04:05.000Z',
  kafkaClusterId: 'k1',
  connection: {
    bootstrapServers: '127.0.0.1:9093',
    securityProtocol: 'SASL_PLAINTEXT',
    saslMechanism: 'SCRAM-SHA-512',
    username: 'ferry-admin',
    hasCaCertificate: false,
  },
  provisioned: null,
} satisfies ClusterDetail

const pem = '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n'

/** The cluster, its two endpoints, its CA (or a refusal), and no topics. */
function serve({ ca = true } = {}) {
  const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status })
  const fetchMock = vi.fn(async (url: string) => {
    if (url === '/v2/clusters/c1') return json(200, { cluster: orders })
    if (url === '/v2/clusters/c1/access-endpoints')
      return json(200, {
        accessEndpoints: [
          { securityProtocol: 'SASL_PLAINTEXT', endpoints: '127.0.0.1:9093' },
          { securityProtocol: 'SSL', endpoints: '127.0.0.1:9097' },
        ],
      })
    if (url === '/v2/clusters/c1/ca-certificate')
      return ca
        ? new Response(pem, { status: 200, headers: { 'content-type': 'application/x-pem-file' } })
        : json(404, { code: 'CA_CERTIFICATE_NOT_FOUND', message: 'Cluster orders has no CA', requestId: 'r' })
    return json(404, { code: 'NOT_FOUND', message: url, requestId: 'r' })
  })
  vi.stubGlobal('fetch', fetchMock)
  return fetchMock
}

function renderPage(path = '/clusters/c1/connect') {
  const router = createMemoryRouter([{ path: '/clusters/:clusterId/connect', element: <ConnectPage /> }], {
    initialEntries: [path],
  })
  render(
    <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
      <App>
        <RouterProvider router={router} />
      </App>
    </QueryClientProvider>,
  )
  return router
}

beforeAll(() => i18n.changeLanguage('en-US'))
afterEach(() => {
  cleanup()
  vi.unstubAllGlobals()
})

describe('ConnectPage', () => {
  it('shows the Python program for the first endpoint, following the user name typed in', async () => {
    serve()
    renderPage()
    const code = await screen.findByTestId('snippet-python')
    expect(code.textContent).toContain('"bootstrap_servers": ["127.0.0.1:9093"],')
    expect(code.textContent).toContain('"sasl_mechanism": "SCRAM-SHA-512",')
    expect(code.textContent).toContain('"sasl_plain_username": "<username>",')
    expect(code.textContent).toContain('"sasl_plain_password": "<password>",')
    expect(screen.getByText('pip install kafka-python')).toBeTruthy()

    fireEvent.change(screen.getByLabelText('User name'), { target: { value: 'alice' } })
    expect(screen.getByTestId('snippet-python').textContent).toContain('"sasl_plain_username": "alice",')
  })

  it('switches to the SSL endpoint and another language through the address, with the CA to download', async () => {
    serve()
    const router = renderPage()
    await screen.findByTestId('snippet-python')
    fireEvent.click(screen.getByRole('radio', { name: 'SSL' }))
    fireEvent.click(screen.getByRole('tab', { name: 'Java' }))
    const java = await screen.findByTestId('snippet-java')
    expect(java.textContent).toContain('config.put("security.protocol", "SSL");')
    expect(java.textContent).toContain('config.put("ssl.truststore.location", "orders-ca.pem");')
    expect(java.textContent).not.toContain('sasl')
    expect(screen.queryByLabelText('User name')).toBeNull()
    expect(router.state.location.search).toBe('?protocol=SSL&lang=java')

    const saved: Blob[] = []
    URL.createObjectURL = (blob: Blob) => {
      saved.push(blob)
      return 'blob:ca'
    }
    URL.revokeObjectURL = () => {}
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {})
    fireEvent.click(screen.getByRole('button', { name: /Download orders-ca\.pem/ }))
    await vi.waitFor(() => expect(click).toHaveBeenCalled())
    expect((click.mock.contexts[0] as HTMLAnchorElement).download).toBe('orders-ca.pem')
    expect([saved[0]?.type, saved[0]?.size]).toEqual(['application/x-pem-file', pem.length])
    click.mockRestore()
  })

  it('says why the CA download failed', async () => {
    serve({ ca: false })
    renderPage('/clusters/c1/connect?protocol=SSL')
    fireEvent.click(await screen.findByRole('button', { name: /Download orders-ca\.pem/ }))
    expect(await screen.findByText('Cluster orders has no CA')).toBeTruthy()
  })
})
