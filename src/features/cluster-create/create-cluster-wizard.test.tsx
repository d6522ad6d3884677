// @vitest-environment jsdom
import '../../shared/jsdom-antd.ts'
import '../../app/i18n.ts'
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import { App } from 'antd'
import { createMemoryRouter, RouterProvider } from 'react-router'
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { LOCAL_NODE_TYPES, type LocalCatalogue } from '../../../contract/cluster-create.ts'
import { i18n } from '../../app/i18n.ts'
import { CreateClusterWizard } from './create-cluster-wizard.tsx'

const catalogue: LocalCatalogue = {
  kafkaVersions: [
    { version: '4.1.2', available: true },
    { version: '3.9.1', available: false },
  ],
  nodeTypes: LOCAL_NODE_TYPES.map((spec) => ({ ...spec })),
  zones: ['zone-a', 'zone-b', 'zone-c'],
  maxNodes: 9,
  availableMemoryMb: 2000,
  freeDiskGb: 500,
}

const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status })

/** Serves the catalogue, and answers each create with the next of `answers`. */
function serve(...answers: Array<() => Response>) {
  const fetchMock = vi.fn(async (url: string, init?: RequestInit) => {
    if (url === '/v2/providers/local/catalogue') return json(200, catalogue)
    if (url === '/v2/clusters' && init?.method === 'POST') {
      const answer = answers.shift()
      if (answer) return answer()
    }
    return json(500, { code: 'INTERNAL_ERROR', message: `unexpected ${init?.method ?? 'GET'} ${url}` })
  })
  vi.stubGlobal('fetch', fetchMock)
  return fetchMock
}

function creates(fetchMock: ReturnType<typeof serve>) {
  return fetchMock.mock.calls.filter(([url, init]) => url === '/v2/clusters' && init?.method === 'POST')
}

async function renderWizard() {
  const router = createMemoryRouter(
    [
      {
        path: '/clusters/create',
        element: (
          <App>
            <CreateClusterWizard />
          </App>
        ),
      },
      { path: '/clusters/:clusterId', element: <p>detail page</p> },
    ],
    { initialEntries: ['/clusters/create'] },
  )
  render(
    <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  )
  await screen.findByLabelText('Cluster name')
  return router
}

/** A button by its text. getByRole would compute every element's accessible name: seconds a call in jsdom. */
function button(name: string | RegExp): HTMLElement {
  const label = screen.getByText(name, { selector: 'button span' })
  return label.closest('button') as HTMLElement
}

const step = (key: string) => screen.getByTestId(`step-${key}`)

async function expectStep(key: string) {
  await waitFor(() => expect(step(key).hidden).toBe(false))
}

async function next(to: string) {
  fireEvent.click(button('Next'))
  await expectStep(to)
}

function fill(label: string, value: string, within_: HTMLElement = document.body) {
  fireEvent.change(within(within_).getByLabelText(label), { target: { value } })
}

/** The error antd shows under the form field holding `control`. */
function fieldErrorOf(control: HTMLElement) {
  return control.closest('.ant-form-item')?.querySelector('.ant-form-item-explain-error')?.textContent ?? ''
}

/** From an untouched wizard to the confirmation, with the defaults everywhere but the name. */
async function toConfirmation(name = 'orders') {
  fill('Cluster name', name)
  await next('deployment')
  await next('storage')
  await next('access')
  await next('tags')
  await next('confirm')
}

beforeAll(() => i18n.changeLanguage('en-US'))
afterEach(() => {
  cleanup()
  vi.unstubAllGlobals()
})

describe('CreateClusterWizard', () => {
  it('keeps Next from leaving a step until its fields are valid, saying why under the field', async () => {
    serve()
    await renderWizard()
    fireEvent.click(button('Next'))
    expect(await screen.findByText('Enter a cluster name.')).toBeTruthy()
    expect(step('basics').hidden).toBe(false)

    fill('Cluster name', 'orders prod')
    expect(await screen.findByText('Use letters, digits, “_”, “-” and “.” only.')).toBeTruthy()
    fill('Cluster name', 'orders-prod')

    // A setting Ferry writes itself is refused where it is typed, with the contract's words.
    fireEvent.click(button('Add setting'))
    fill('Setting name', 'listeners')
    fill('Setting value', 'PLAINTEXT://:9092')
    await waitFor(() =>
      expect(fieldErrorOf(screen.getByLabelText('Setting name'))).toBe(
        'Ferry sets this one itself for every node.',
      ),
    )
    fireEvent.click(button('Next'))
    await new Promise((resolve) => setTimeout(resolve, 100))
    expect(step('basics').hidden).toBe(false)

    fill('Setting name', 'log.retention.hours')
    await next('deployment')
  })

  it('offers only the Kafka versions this server has', async () => {
    serve()
    await renderWizard()
    const fetched = screen.getByLabelText('4.1.2') as HTMLInputElement
    const missing = screen.getByLabelText('3.9.1 (not fetched)') as HTMLInputElement
    expect(fetched.checked).toBe(true)
    expect(missing.disabled).toBe(true)
    expect(screen.getByText(/npm run fetch-kafka -- 3\.9\.1/)).toBeTruthy()
  })

  it('asks high availability for 2 or 3 zones, and high performance for one', async () => {
    serve()
    await renderWizard()
    fill('Cluster name', 'orders')
    await next('deployment')
    fireEvent.click(screen.getByLabelText('zone-b'))
    fireEvent.click(screen.getByLabelText('zone-c'))
    fireEvent.click(button('Next'))
    await waitFor(() =>
      expect(fieldErrorOf(screen.getByLabelText('zone-a'))).toBe(
        'High availability spreads over 2 or 3 zones.',
      ),
    )
    expect(step('deployment').hidden).toBe(false)

    fireEvent.click(screen.getByLabelText('High performance'))
    await waitFor(() => expect(fieldErrorOf(screen.getByLabelText('zone-a'))).toBe(''))
    expect((screen.getByLabelText('zone-a') as HTMLInputElement).type).toBe('radio')
    await next('storage')
  })

  it('checks the total of nodes against what the server allows, on the step itself', async () => {
    serve()
    await renderWizard()
    fill('Cluster name', 'orders')
    await next('deployment')
    fill('Nodes per zone', '4')
    expect(screen.getByTestId('total-nodes').textContent).toContain('12 nodes in all over 3 zone(s)')
    await waitFor(() =>
      expect(fieldErrorOf(screen.getByLabelText('Nodes per zone'))).toBe(
        '12 nodes in all is more than the 9 this server allows.',
      ),
    )
  })

  it('fills the spec and nodes per zone from the sizing helper', async () => {
    serve()
    await renderWizard()
    fill('Cluster name', 'orders')
    await next('deployment')
    fireEvent.click(button(/Sizing helper/))
    fill('Peak traffic', '200')
    // 200 MB/s over 3 zones within 9 nodes: local.small would need 21; nine medium nodes (12,672 MB) take less
    // memory than six large ones (15,360 MB).
    const advice = await screen.findByTestId('sizing-advice')
    expect(advice.textContent).toBe('local.medium, 3 per zone × 3 zone(s) = 9 nodes')
    fireEvent.click(button('Apply'))

    await waitFor(() =>
      expect((screen.getByLabelText('local.medium') as HTMLInputElement).checked).toBe(true),
    )
    expect((screen.getByLabelText('Nodes per zone') as HTMLInputElement).value).toBe('3')
    expect(screen.getByTestId('total-nodes').textContent).toContain('9 nodes in all')
  })

  it('shows the cross-field access rules in place before anything is sent', async () => {
    serve()
    await renderWizard()
    fill('Cluster name', 'orders')
    await next('deployment')
    await next('storage')
    await next('access')
    fireEvent.click(screen.getByLabelText('Permission control (ACL)'))
    await waitFor(() =>
      expect(fieldErrorOf(screen.getByLabelText('None (no authentication)'))).toMatch(
        /^With permission control on, every client must sign in with SASL/,
      ),
    )
    fireEvent.click(screen.getByLabelText('Public access'))
    await waitFor(() =>
      expect(fieldErrorOf(screen.getByLabelText('Public access'))).toBe(
        'Public access needs SASL/SCRAM or SASL/PLAIN, so that strangers cannot connect.',
      ),
    )

    fireEvent.click(screen.getByLabelText('None (no authentication)'))
    fireEvent.click(screen.getByLabelText('SASL/SCRAM'))
    await waitFor(() => expect(fieldErrorOf(screen.getByLabelText('Public access'))).toBe(''))
    expect(fieldErrorOf(screen.getByLabelText('SASL/SCRAM'))).toBe('')

    const user = screen.getByLabelText('First SASL/SCRAM user (optional)')
    fill('Username', 'alice', user)
    fill('Password', 'short', user)
    fireEvent.click(button('Next'))
    await waitFor(() =>
      expect(fieldErrorOf(within(user).getByLabelText('Password'))).toBe('At least 8 characters.'),
    )
    fill('Password', 'Alice2026!', user)
    fill('Confirm password', 'Alice2026?', user)
    fireEvent.click(button('Next'))
    await waitFor(() =>
      expect(fieldErrorOf(within(user).getByLabelText('Confirm password'))).toBe(
        'The passwords do not match.',
      ),
    )
    fill('Confirm password', 'Alice2026!', user)
    await next('tags')
  })

  it('shows the resources the cluster will take, and warns when the server has too little', async () => {
    serve()
    await renderWizard()
    await toConfirmation()
    // Three local.small nodes of 768 MB, 20 GB each, PLAINTEXT plus three ports of Ferry's own per node.
    expect(screen.getByTestId('resource-memory').textContent).toBe(
      '2304 MB (2.3 GiB) of 2000 MB (2.0 GiB) available',
    )
    expect(screen.getByTestId('resource-disk').textContent).toBe('60 GB of 500 GB free')
    expect(screen.getByTestId('resource-ports').textContent).toBe('12')
    expect(screen.getByTestId('memory-short').textContent).toContain('needs 2304 MB of memory')
    expect(screen.queryByTestId('disk-short')).toBeNull()
    expect(step('confirm').textContent).toContain('KAFKA-Cluster')
  })

  it('puts server field errors on their fields, on the first step that has one', async () => {
    const fetchMock = serve(
      () =>
        json(400, {
          code: 'ERROR_PARAMS',
          message: 'Invalid request',
          requestId: 'r1',
          fields: {
            'provisioned.numberOfBrokerNodesPerZone': 'Fewer nodes, please.',
            'tags.0.tagKey': 'Not this key.',
          },
        }),
      () =>
        json(409, {
          code: 'CLUSTER_NAME_ALREADY_EXISTS',
          message: 'A cluster named orders exists.',
          requestId: 'r2',
          fields: { name: 'A cluster named orders exists.' },
        }),
    )
    await renderWizard()
    await toConfirmation()
    fireEvent.click(button('Create cluster'))
    await expectStep('deployment')
    await waitFor(() =>
      expect(fieldErrorOf(screen.getByLabelText('Nodes per zone'))).toBe('Fewer nodes, please.'),
    )
    expect(fieldErrorOf(screen.getByLabelText('Tag key'))).toBe('Not this key.')
    expect(screen.queryByTestId('create-cluster-error')).toBeNull()

    await next('storage')
    await next('access')
    await next('tags')
    fill('Tag key', 'team')
    await next('confirm')
    fireEvent.click(button('Create cluster'))
    await expectStep('basics')
    await waitFor(() =>
      expect(fieldErrorOf(screen.getByLabelText('Cluster name'))).toBe('A cluster named orders exists.'),
    )

    const sent = creates(fetchMock)
    expect(sent).toHaveLength(2)
    const keys = sent.map(([, init]) => new Headers(init?.headers).get('idempotency-key'))
    expect(keys[0]).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
    expect(keys[1]).toBe(keys[0])
    expect(JSON.parse(String(sent[1]?.[1]?.body)).tags).toEqual([{ tagKey: 'team', tagValue: '' }])
  })

  it('shows a refusal without fields as a banner on the confirmation', async () => {
    serve(() =>
      json(409, {
        code: 'RESOURCE_FAILED',
        message: 'The cluster needs 2304 MB of memory; 2000 MB is available.',
        requestId: 'r3',
      }),
    )
    await renderWizard()
    await toConfirmation()
    fireEvent.click(button('Create cluster'))
    const banner = await screen.findByTestId('create-cluster-error')
    expect(banner.textContent).toContain('2000 MB is available')
    expect(banner.textContent).toContain('r3')
    expect(step('confirm').hidden).toBe(false)
  })

  it("sends the choices and opens the new cluster's page once accepted", async () => {
    const fetchMock = serve(() => json(202, { clusterId: 'c1', jobId: 'j1' }))
    const router = await renderWizard()
    fill('Cluster name', 'orders')
    fireEvent.click(button('Add setting'))
    fill('Setting name', 'log.retention.hours')
    fill('Setting value', '24')
    await next('deployment')
    await next('storage')
    fireEvent.click(screen.getByLabelText('Disk watermark handling'))
    await screen.findByLabelText('Disk usage threshold')
    await next('access')
    await next('tags')
    await next('confirm')
    fireEvent.click(button('Create cluster'))
    await waitFor(() => expect(router.state.location.pathname).toBe('/clusters/c1'))

    const body = JSON.parse(String(creates(fetchMock)[0]?.[1]?.body))
    expect(body).toEqual({
      provider: 'local',
      name: 'orders',
      mode: 'HA',
      type: 'PROVISIONED',
      provisioned: {
        kafkaVersion: '4.1.2',
        nodeType: 'local.small',
        logicalZones: ['zone-a', 'zone-b', 'zone-c'],
        numberOfBrokerNodesPerZone: 1,
        numberOfBrokerNodes: 3,
        storageMeta: { storageType: 'LOCAL_DISK', storageSize: 20, numberOfDisk: 1 },
        authentications: [{ mode: 'NONE' }],
        aclEnabled: false,
        publicIpEnabled: false,
        storagePolicyEnabled: true,
        storagePolicy: {
          type: 'AUTO_DELETE',
          autoDelete: {
            diskUsedThresholdPercent: 75,
            logMinRetentionMs: 3_600_000,
            logMinRetentionBytes: 134_217_728,
          },
        },
        configMeta: { context: { 'log.retention.hours': '24' } },
      },
      tags: [{ tagKey: 'KAFKA-Cluster', tagValue: '' }],
    })
  })
})
