import { spawn } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { describeCluster } from '../../kafka/describe-cluster.ts'
import { DEFAULT_KAFKA_VERSION } from './kafka-dist.ts'
import { type LocalClusterState, LocalProvider } from './local-provider.ts'
import { isAlive } from './node-process.ts'

const dataDir = mkdtempSync(join(tmpdir(), 'ferry-local-provider-'))
const provider = new LocalProvider({ dataDir, stopTimeoutMs: 10_000 })
const created: LocalClusterState[] = []

afterAll(async () => {
  await Promise.allSettled(created.map((s) => provider.destroy(s)))
  rmSync(dataDir, { recursive: true, force: true })
})

/** Java processes whose command line mentions `dir`, i.e. the brokers of one cluster. */
function javaProcessesUnder(dir: string): number[] {
  return readdirSync('/proc')
    .filter((p) => /^\d+$/.test(p))
    .filter((p) => {
      try {
        const argv = readFileSync(`/proc/${p}/cmdline`, 'utf8').split('\0')
        return argv[0]?.endsWith('java') && argv.some((a) => a.includes(dir))
      } catch {
        return false
      }
    })
    .map(Number)
}

async function pids(state: LocalClusterState): Promise<number[]> {
  return (await provider.nodeStatus(state)).flatMap((n) => (n.pid === null ? [] : [n.pid]))
}

describe('LocalProvider', () => {
  it('runs a 1-node cluster with SASL and ACLs, logging into its broker.log, lists it, and stops it', async () => {
    const state = await provider.create({
      clusterId: 'one-node',
      kafkaVersion: DEFAULT_KAFKA_VERSION,
      nodes: 1,
      listeners: ['SASL_PLAINTEXT'],
      aclEnabled: true,
    })
    created.push(state)
    const info = await describeCluster(provider.connectionFor(state), { timeoutMs: 5000 })
    expect(info.kafkaClusterId).toBe(state.kafkaClusterId)
    expect(info.brokers.map((b) => b.nodeId)).toEqual([1])
    const nodeDir = join(provider.clusterDir('one-node'), 'node-1')
    expect(readFileSync(join(nodeDir, 'broker.log'), 'utf8')).toMatch(/KafkaConfig values/)
    // Every log line lands in broker.log: no stray directory named after an unresolved placeholder.
    expect(readdirSync(nodeDir).filter((name) => name.includes('$'))).toEqual([])

    const running = await pids(state)
    expect(running).toHaveLength(1)
    await provider.stop(state)
    for (const pid of running) expect(await isAlive(pid)).toBe(false)
    expect(javaProcessesUnder(provider.clusterDir('one-node'))).toEqual([])
  })

  it('runs the 3.9 line as well, with SSL, logging into its rolling broker.log', async () => {
    const state = await provider.create({
      clusterId: 'kafka-39',
      kafkaVersion: '3.9.1',
      nodes: 1,
      listeners: ['SSL'],
      aclEnabled: false,
    })
    created.push(state)
    const info = await describeCluster(provider.connectionFor(state), { timeoutMs: 5000 })
    expect(info.brokers.map((b) => b.nodeId)).toEqual([1])
    const log = readFileSync(join(provider.clusterDir('kafka-39'), 'node-1', 'broker.log'), 'utf8')
    expect(log).toMatch(/Kafka version: 3\.9\.1/)
    await provider.destroy(state)
  })

  it('runs a 3-node cluster with racks and TLS, lists every node, and stops it', async () => {
    const state = await provider.create({
      clusterId: 'three-nodes',
      kafkaVersion: DEFAULT_KAFKA_VERSION,
      nodes: 3,
      listeners: ['PLAINTEXT', 'SSL'],
      aclEnabled: false,
      racks: ['a', 'b', 'c'],
    })
    created.push(state)
    const info = await describeCluster(provider.connectionFor(state, 'SSL'), { timeoutMs: 5000 })
    expect(info.brokers.map((b) => [b.nodeId, b.rack])).toEqual([
      [1, 'a'],
      [2, 'b'],
      [3, 'c'],
    ])
    expect([1, 2, 3]).toContain(info.controllerId)
    // Every broker names the same active controller, whichever one is asked.
    for (const node of state.nodes) {
      const asked = await describeCluster(
        { bootstrapServers: [`${node.host}:${node.clientPorts.PLAINTEXT}`], securityProtocol: 'PLAINTEXT' },
        { timeoutMs: 5000 },
      )
      expect(asked.controllerId).toBe(info.controllerId)
    }

    const running = await pids(state)
    expect(running).toHaveLength(3)
    await provider.stop(state)
    for (const pid of running) expect(await isAlive(pid)).toBe(false)
    expect(javaProcessesUnder(provider.clusterDir('three-nodes'))).toEqual([])
  })

  it('adopts the brokers of an API server killed with SIGKILL, without starting duplicates', async () => {
    const fixture = join(import.meta.dirname, 'adopt-child.fixture.ts')
    const child = spawn(process.execPath, ['--import', 'tsx', fixture, dataDir, 'orphaned'], {
      stdio: ['ignore', 'pipe', 'inherit'],
      env: { ...process.env, FERRY_TEST_KAFKA_VERSION: DEFAULT_KAFKA_VERSION },
    })
    const state = await new Promise<LocalClusterState>((resolve, reject) => {
      let out = ''
      child.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString()
        const line = out.split('\n').find((l) => l.startsWith('{'))
        if (line) resolve(JSON.parse(line))
      })
      child.once('exit', (code) => reject(new Error(`child exited with ${code} before printing the state`)))
    })
    created.push(state)
    child.kill('SIGKILL')
    await new Promise((resolve) => child.once('exit', resolve))

    const clusterDir = provider.clusterDir('orphaned')
    const before = javaProcessesUnder(clusterDir)
    expect(before).toHaveLength(1)

    const fresh = new LocalProvider({ dataDir, stopTimeoutMs: 10_000 })
    expect(await fresh.adopt(state)).toEqual({ running: [1], dead: [], unresponsive: [] })
    await fresh.start(state)
    expect(javaProcessesUnder(clusterDir)).toEqual(before)

    const info = await describeCluster(fresh.connectionFor(state), { timeoutMs: 5000 })
    expect(info.brokers.map((b) => b.nodeId)).toEqual([1])

    await fresh.destroy(state)
    expect(javaProcessesUnder(clusterDir)).toEqual([])
  })
})
