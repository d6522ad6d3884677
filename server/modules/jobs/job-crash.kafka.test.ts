import { type ChildProcess, spawn } from 'node:child_process'
import { once } from 'node:events'
import { mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { afterAll, describe, expect, it } from 'vitest'
import { allocatePorts } from '../../providers/local/ports.ts'
import { brokerPids } from '../../test/broker-processes.ts'

/**
 * The API server is killed with SIGKILL at every step a 3-node creation stores (and just after the
 * brokers are spawned), then started again: each time the job must end FINISHED, the cluster ACTIVE with
 * exactly its three broker processes and its three data directories, and nothing left after deleting it.
 */
const dataDir = mkdtempSync(join(tmpdir(), 'ferry-crash-'))
const clustersDir = join(dataDir, 'clusters')
let server: ChildProcess | null = null
let base = ''
let token = ''
const ADMIN_PASSWORD = 'ferry-crash-admin-Pa55'

afterAll(async () => {
  await stopServer()
  rmSync(dataDir, { recursive: true, force: true })
})

async function startServer(faultAt?: string) {
  const [port] = await allocatePorts('127.0.0.1', 1)
  base = `http://127.0.0.1:${port}`
  server = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    stdio: 'ignore',
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      FERRY_DATA_DIR: dataDir,
      FERRY_LOCAL_CLUSTER: 'false',
      FERRY_STATIC_DIR: join(dataDir, 'no-console'),
      LOG_LEVEL: 'warn',
      FERRY_ADMIN_PASSWORD: ADMIN_PASSWORD,
      ...(faultAt && { FERRY_FAULT_KILL_AT: faultAt }),
    },
  })
  const deadline = Date.now() + 60_000
  while (Date.now() < deadline) {
    if (server.exitCode !== null || server.signalCode !== null) throw new Error('Ferry exited while starting')
    if (
      await fetch(`${base}/readyz`).then(
        (r) => r.ok,
        () => false,
      )
    )
      return signIn()
    await sleep(250)
  }
  throw new Error('Ferry did not get ready within 60 s')
}

/** A token of the administrator, made once; it outlives the server processes, as the store does. */
async function signIn() {
  if (token) return
  const login = await fetch(`${base}/v2/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'admin', password: ADMIN_PASSWORD }),
  })
  const cookies = login.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ')
  const { csrfToken } = (await login.json()) as { csrfToken: string }
  const made = await fetch(`${base}/v2/auth/tokens`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie: cookies, 'x-csrf-token': csrfToken },
    body: JSON.stringify({ name: 'crash test', roleId: 'full-control' }),
  })
  token = ((await made.json()) as { token: string }).token
}

async function stopServer() {
  if (!server || server.exitCode !== null || server.signalCode !== null) return
  const exited = once(server, 'exit')
  server.kill('SIGTERM')
  await exited
}

// biome-ignore lint/suspicious/noExplicitAny: answers are read as a user reads JSON, field by field
type Json = any

const api = async (method: string, path: string, body?: unknown): Promise<{ status: number; json: Json }> => {
  const res = await fetch(`${base}${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, ...(body ? { 'content-type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  })
  return { status: res.status, json: res.status === 204 ? null : await res.json() }
}

async function waitForJob(clusterId: string, jobId: string) {
  const deadline = Date.now() + 150_000
  for (;;) {
    const { json } = await api('GET', `/v2/clusters/${clusterId}/jobs/${jobId}`)
    if (json.job.state === 'FINISHED' || json.job.state === 'FAILED') return json.job
    if (Date.now() > deadline) throw new Error(`job still ${json.job.state} after 150 s`)
    await sleep(500)
  }
}

const OPERATIONS = [
  'INIT_DEPLOY_ENVIRONMENT',
  'CONFIG_KAFKA_SERVICE',
  'START_KAFKA_SERVICE',
  'UPDATE_METADATA_FOR_CLUSTER',
]
const CHECKPOINTS = [
  'RUNNING',
  ...OPERATIONS.flatMap((op) => [
    `${op}:RUNNING`,
    ...(op === 'START_KAFKA_SERVICE' ? [`${op}:SPAWNED`] : []),
    `${op}:FINISHED`,
  ]),
  'FINISHED',
].map((label) => `CREATE_KAFKA_CLUSTER:${label}`)

describe('a 3-node creation survives the API server being killed at any step', () => {
  it.each(CHECKPOINTS.map((label, i) => [label, i]))(
    'killed at %s',
    async (label, i) => {
      await startServer(label as string)
      const created = await api('POST', '/v2/clusters', {
        provider: 'local',
        name: `crash-${i}`,
        mode: 'HP',
        provisioned: {
          kafkaVersion: '4.1.2',
          nodeType: 'local.small',
          logicalZones: ['zone-a'],
          numberOfBrokerNodesPerZone: 3,
          storageMeta: { storageSize: 1 },
          authentications: [{ mode: 'NONE' }],
        },
      })
      expect(created.status).toBe(202)
      const { clusterId, jobId } = created.json
      const [, signal] = (await once(server as ChildProcess, 'exit')) as [number | null, string | null]
      expect(signal, 'the server died at the checkpoint').toBe('SIGKILL')

      await startServer()
      const job = await waitForJob(clusterId, jobId)
      expect(job.state, job.error ?? '').toBe('FINISHED')
      expect(job.operations.every((o: { state: string }) => o.state === 'FINISHED')).toBe(true)
      const { json } = await api('GET', `/v2/clusters/${clusterId}`)
      expect(json.cluster.state).toBe('ACTIVE')
      const nodes = (await api('GET', `/v2/clusters/${clusterId}/nodes`)).json.nodes
      expect(nodes.map((n: { state: string }) => n.state)).toEqual(['ALIVE', 'ALIVE', 'ALIVE'])
      // Neither orphaned nor doubled: one process per node, one directory per node.
      expect(brokerPids(clustersDir, clusterId)).toHaveLength(3)
      expect(
        readdirSync(join(clustersDir, clusterId))
          .filter((f) => f.startsWith('node-'))
          .sort(),
      ).toEqual(['node-1', 'node-2', 'node-3'])

      const removed = await api('DELETE', `/v2/clusters/${clusterId}`)
      expect(removed.status).toBe(202)
      await waitForJob(clusterId, removed.json.jobId)
      expect((await api('GET', `/v2/clusters/${clusterId}`)).status).toBe(404)
      expect(brokerPids(clustersDir, clusterId)).toEqual([])
      await stopServer()
    },
    240_000,
  )
})
