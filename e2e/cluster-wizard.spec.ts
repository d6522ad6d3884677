import { Admin, type AdminOptions } from '@platformatic/kafka'
import { expect, type Page, test } from '@playwright/test'
import { ClusterDetailPage } from './pages/cluster-detail-page.ts'
import { ClusterListPage } from './pages/cluster-list-page.ts'
import { CreateClusterWizard } from './pages/create-cluster-wizard.ts'
import { apiFetch } from './support/api.ts'

const alice = { username: 'alice', password: 'Alice2026!' }

/** Where a client reaches the cluster with `protocol`, as Ferry's API tells it. */
async function bootstrapServers(clusterId: string, protocol: string): Promise<string[]> {
  const res = await apiFetch(`/clusters/${clusterId}/access-endpoints`)
  expect(res.status).toBe(200)
  const { accessEndpoints } = (await res.json()) as {
    accessEndpoints: { securityProtocol: string; endpoints: string }[]
  }
  const endpoints = accessEndpoints.find((e) => e.securityProtocol === protocol)?.endpoints
  if (!endpoints) throw new Error(`no ${protocol} endpoint in ${JSON.stringify(accessEndpoints)}`)
  return endpoints.split(',')
}

/** The brokers a metadata request answers with, as seen by a client with these options. */
async function brokerIds(options: Omit<AdminOptions, 'clientId'>): Promise<number[]> {
  // No retries: a refused client should fail now, not after a minute of back-off.
  const admin = new Admin({ clientId: 'ferry-e2e-wizard', connectTimeout: 10_000, retries: 0, ...options })
  try {
    const metadata = await admin.metadata({ topics: [] })
    return [...metadata.brokers.keys()].sort((a, b) => a - b)
  } finally {
    await admin.close().catch(() => {})
  }
}

let createdId: string | undefined

// Whatever happened, the cluster goes: its brokers would hold ports and memory for the next specs.
test.afterEach(async () => {
  if (!createdId) return
  const clusterId = createdId
  createdId = undefined
  test.setTimeout(5 * 60_000)
  // A cluster still deploying cannot be deleted yet (409): ask again until it has settled.
  await expect
    .poll(async () => (await apiFetch(`/clusters/${clusterId}`, { method: 'DELETE' })).status, {
      timeout: 180_000,
      intervals: [2_000],
    })
    .not.toBe(409)
  await expect
    .poll(async () => (await apiFetch(`/clusters/${clusterId}`)).status, {
      timeout: 120_000,
      intervals: [1_000],
    })
    .toBe(404)
})

/** Waits for the task the link names (“… (task <id>)”) to finish, through the API, and says how it ended. */
async function taskOutcome(page: Page, clusterId: string, link: RegExp): Promise<string> {
  const text = (await page.getByRole('link', { name: link }).textContent()) ?? ''
  const jobId = /task (\w+)/.exec(text)?.[1]
  expect(jobId, text).toBeTruthy()
  let state = ''
  await expect
    .poll(
      async () => {
        const res = await apiFetch(`/clusters/${clusterId}/jobs/${jobId}`)
        state = ((await res.json()) as { job: { state: string } }).job.state
        return state === 'FINISHED' || state === 'FAILED'
      },
      { timeout: 180_000, intervals: [1_000] },
    )
    .toBe(true)
  return state
}

test('a cluster created through the wizard serves SASL/SCRAM clients, and is stopped, started, restarted, grown and deleted from the console', async ({
  page,
}) => {
  // Three brokers start from nothing, then stop, start, restart and grow: allow them their minutes on 2 cores.
  test.setTimeout(12 * 60_000)
  const name = `wizard-${Date.now().toString(36)}`

  const list = new ClusterListPage(page)
  await list.open()
  // The button's name starts with its icon's ("plus Create cluster").
  await page.getByRole('button', { name: 'Create cluster' }).click()
  const wizard = new CreateClusterWizard(page)
  await expect(wizard.step('basics').getByLabel('Cluster name')).toBeVisible()

  await wizard.basics({ name })
  await wizard.next('deployment')
  // One zone, so that one node can be added later (a cluster grows by whole zones).
  await wizard.deployment({
    mode: 'High performance',
    zones: ['zone-a'],
    nodeType: 'local.small',
    nodesPerZone: 3,
  })
  await expect(page.getByTestId('total-nodes')).toContainText('3 nodes in all over 1 zone(s)')
  await wizard.next('storage')
  await wizard.next('access')
  await wizard.access({
    modes: ['SASL/SCRAM'],
    firstUser: { mode: 'SASL/SCRAM', ...alice },
    acl: true,
  })
  await wizard.next('tags')
  await wizard.next('confirm')

  await expect(wizard.summary('Cluster name')).toHaveText(name)
  await expect(wizard.summary('Zones')).toHaveText('zone-a')
  await expect(wizard.summary('Nodes in all')).toHaveText('3')
  await expect(wizard.summary('Authentication')).toHaveText('SASL/SCRAM')
  await expect(wizard.summary('First users')).toHaveText('SASL/SCRAM: alice')
  await expect(wizard.summary('Permission control (ACL)')).toHaveText('On')
  // local.small takes 768 MB a node; SASL_PLAINTEXT plus Ferry's three ports per node.
  await expect(wizard.resource('memory')).toContainText('2304 MB')
  await expect(wizard.resource('ports')).toHaveText('12')

  const created = page.waitForResponse(
    (res) => res.url().endsWith('/v2/clusters') && res.request().method() === 'POST',
  )
  await wizard.create()
  const answer = await created
  expect(answer.status()).toBe(202)
  const { clusterId } = (await answer.json()) as { clusterId: string }
  createdId = clusterId

  await expect(page).toHaveURL(`/clusters/${clusterId}`)
  await expect(page.getByRole('heading', { name })).toBeVisible()
  // The header's tag; the overview card below repeats it.
  await expect(page.getByTestId('cluster-state').first()).toHaveText('Active', { timeout: 180_000 })

  const bootstrapBrokers = await bootstrapServers(clusterId, 'SASL_PLAINTEXT')
  expect(await brokerIds({ bootstrapBrokers, sasl: { mechanism: 'SCRAM-SHA-512', ...alice } })).toHaveLength(
    3,
  )
  // The listener wants a SASL handshake first: a client without one is cut off.
  await expect(brokerIds({ bootstrapBrokers, connectTimeout: 5_000, timeout: 5_000 })).rejects.toThrow(
    /Connection closed/,
  )

  const state = page.getByTestId('cluster-state').first()
  const asAlice = { bootstrapBrokers, sasl: { mechanism: 'SCRAM-SHA-512' as const, ...alice } }

  // Stop: clients can no longer connect. Start: they can again.
  await page.getByRole('button', { name: 'Stop', exact: true }).click()
  await page.getByRole('button', { name: 'Stop cluster' }).click()
  await expect(state).toHaveText('Stopped', { timeout: 120_000 })
  await expect(brokerIds({ ...asAlice, connectTimeout: 3_000, timeout: 3_000 })).rejects.toThrow()
  await page.getByRole('button', { name: 'Start', exact: true }).click()
  await expect(state).toHaveText('Active', { timeout: 180_000 })
  expect(await brokerIds(asAlice)).toEqual([1, 2, 3])

  // Restart node 2: the task ends, and all three nodes are alive again.
  await page.getByRole('button', { name: 'Restart node 2' }).click()
  await page.getByRole('button', { name: 'Restart now' }).click()
  expect(await taskOutcome(page, clusterId, /Restarting node 2… \(task \w+\)/)).toBe('FINISHED')
  await expect(state).toHaveText('Active')
  const detail = new ClusterDetailPage(page)
  await expect(detail.nodeRows().getByTestId('node-state')).toHaveText(
    ['In service', 'In service', 'In service'],
    {
      timeout: 30_000,
    },
  )

  // Add a node: a fourth broker joins, and clients see it.
  await page.getByRole('button', { name: 'Add nodes' }).click()
  const grow = page.getByRole('dialog', { name: `Add nodes to ${name}` })
  await grow.getByRole('spinbutton', { name: 'Target number of nodes' }).fill('4')
  await grow.getByRole('button', { name: 'Submit' }).click()
  expect(await taskOutcome(page, clusterId, /Adding nodes, 4 in all… \(task \w+\)/)).toBe('FINISHED')
  await expect(state).toHaveText('Active')
  await expect(detail.nodeRows()).toHaveCount(4, { timeout: 30_000 })
  expect(await brokerIds(asAlice)).toEqual([1, 2, 3, 4])

  // Delete, confirmed by typing the name: the console goes back to the list, and the cluster is gone.
  await page.getByRole('button', { name: 'Delete', exact: true }).click()
  const remove = page.getByRole('dialog', { name: `Delete cluster ${name}?` })
  await remove.getByRole('textbox', { name: 'Cluster name to confirm' }).fill(name)
  await remove.getByRole('button', { name: 'Delete cluster' }).click()
  await expect(page).toHaveURL('/clusters', { timeout: 120_000 })
  await expect(page.getByRole('link', { name, exact: true })).toHaveCount(0)
  expect((await apiFetch(`/clusters/${clusterId}`)).status).toBe(404)
  createdId = undefined
  await expect(brokerIds({ ...asAlice, connectTimeout: 3_000, timeout: 3_000 })).rejects.toThrow()
})
