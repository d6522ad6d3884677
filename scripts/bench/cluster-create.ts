// Creating local clusters through the API, as the wizard does: how long from POST /v2/clusters to ACTIVE with
// 1 and 3 nodes, and what each node spec takes in memory once its JVM has settled.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { LOCAL_NODE_TYPES } from '../../contract/cluster-create.ts'
import { DEFAULT_KAFKA_VERSION } from '../../server/providers/local/kafka-dist.ts'
import { brokerPids } from '../../server/test/broker-processes.ts'
import { startTestApp } from '../../server/test/test-app.ts'

type App = Awaited<ReturnType<typeof startTestApp>>

function rssMiB(pid: number): number {
  const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))
  return Math.round(Number(match?.[1] ?? 0) / 1024)
}

async function createAndMeasure(t: App, name: string, nodeType: string, nodes: number) {
  const started = performance.now()
  const res = await t.app.inject({
    method: 'POST',
    url: '/v2/clusters',
    payload: {
      provider: 'local',
      name,
      mode: 'HP',
      provisioned: {
        kafkaVersion: DEFAULT_KAFKA_VERSION,
        nodeType,
        logicalZones: ['zone-a'],
        numberOfBrokerNodesPerZone: nodes,
        storageMeta: { storageSize: 1 },
        authentications: [{ mode: 'NONE' }],
      },
    },
  })
  if (res.statusCode !== 202) throw new Error(`create ${name}: ${res.body}`)
  const { clusterId } = res.json()
  await t.services.jobsIdle()
  const activeMs = Math.round(performance.now() - started)
  const state = (await t.app.inject({ method: 'GET', url: `/v2/clusters/${clusterId}` })).json().cluster.state
  if (state !== 'ACTIVE') throw new Error(`${name} ended ${state}`)
  // Memory after the JVMs settle, not at the first answer.
  await sleep(5000)
  const rss = brokerPids(join(t.dataDir, 'clusters'), clusterId).map(rssMiB)
  await t.app.inject({ method: 'DELETE', url: `/v2/clusters/${clusterId}` })
  await t.services.jobsIdle()
  return { clusterId, activeMs, rss }
}

export async function clusterCreateBench() {
  const t = await startTestApp()
  try {
    const createToActive = []
    for (const nodes of [1, 3]) {
      const { activeMs, rss } = await createAndMeasure(t, `bench-${nodes}`, 'local.small', nodes)
      createToActive.push({
        nodes,
        nodeType: 'local.small',
        kafkaVersion: DEFAULT_KAFKA_VERSION,
        activeMs,
        rssMiB: rss,
      })
    }
    const memoryPerSpec = []
    for (const spec of LOCAL_NODE_TYPES) {
      const { rss } = await createAndMeasure(t, `bench-${spec.nodeType.replace('.', '-')}`, spec.nodeType, 1)
      memoryPerSpec.push({
        nodeType: spec.nodeType,
        heapMb: spec.heapMb,
        catalogueMemoryMb: spec.memoryMb,
        rssMiB: rss[0],
      })
    }
    return { createToActive, memoryPerSpec }
  } finally {
    await t.services.local.shutdown()
    await t.close()
  }
}
