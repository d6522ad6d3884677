import { randomBytes } from 'node:crypto'
import { Admin } from '@platformatic/kafka'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import type { StoragePolicy } from '../../../contract/provisioned.ts'
import { AdminPool } from '../../kafka/admin-pool.ts'
import { brokerUsage } from '../../kafka/broker-usage.ts'
import { clustersRepository } from '../../store/clusters-repository.ts'
import { eventsRepository } from '../../store/events-repository.ts'
import { createSecretBox } from '../../store/secrets.ts'
import { createTopic, produce } from '../../test/kafka-clients.ts'
import { startTestApp } from '../../test/test-app.ts'
import { clusterAccess } from '../clusters/cluster-access.ts'
import { watermarkController } from './watermark-controller.ts'

const kafka = inject('sharedKafka')
const node = kafka.nodes[0]
const bootstrap = `127.0.0.1:${node?.clientPorts.PLAINTEXT}`
const run = Date.now()
const DAY = 86_400_000
const KB = 1024
const MB = 1024 * KB
// Records of about 10 KB, written a month ago: 3 MB, 1 MB, and one smaller than the minimum bytes kept.
const RECORD_PADDING = 10_000
const topics = { big: `wm-big-${run}`, small: `wm-small-${run}`, tiny: `wm-tiny-${run}` }
const records = { big: 300, small: 100, tiny: 20 }
const autoDelete = {
  diskUsedThresholdPercent: 75,
  logMinRetentionMs: 7 * DAY,
  logMinRetentionBytes: 256 * KB,
}

let t: Awaited<ReturnType<typeof startTestApp>>
let clusterId: string
let pool: AdminPool
let controller: ReturnType<typeof watermarkController>
let check: Admin

beforeAll(async () => {
  t = await startTestApp()
  clusterId = await t.registerCluster(kafka, 'watermark')
  const clusters = clustersRepository(t.db)
  pool = new AdminPool()
  // A PLAINTEXT cluster has no sealed password, so any key opens it.
  const access = clusterAccess(clusters, createSecretBox(randomBytes(32)), pool)
  const events = eventsRepository(t.db)
  controller = watermarkController({
    clusters,
    access,
    events,
    log: { info() {}, error() {} },
    intervalMs: 60_000,
  })
  check = new Admin({ clientId: 'watermark-check', bootstrapBrokers: [bootstrap] })
  for (const [key, name] of Object.entries(topics)) {
    await createTopic(bootstrap, name, 1)
    await produce(bootstrap, name, 1, records[key as keyof typeof topics], run - 30 * DAY, RECORD_PADDING)
  }
})
afterAll(async () => {
  await controller.stop()
  await check.close()
  await pool.close()
  await t.close()
})

async function setPolicy(policy: StoragePolicy['autoDelete']) {
  await clustersRepository(t.db).update(clusterId, {
    provisioned: {
      nodeType: 'local',
      numberOfBrokerNodesPerZone: 1,
      storageMeta: { storageType: 'LOCAL_DISK', storageSize: 1, numberOfDisk: 1 },
      storagePolicyEnabled: true,
      storagePolicy: { type: 'AUTO_DELETE', autoDelete: policy },
      configMeta: { context: {} },
    },
  })
}

/** Each topic's log start offset, as a consumer reading from the beginning would find it. */
async function logStarts() {
  const listed = await check.listOffsets({
    topics: Object.values(topics).map((name) => ({
      name,
      partitions: [{ partitionIndex: 0, timestamp: -2n }],
    })),
  })
  const start = (name: string) => Number(listed.find((l) => l.name === name)?.partitions[0]?.offset)
  return { big: start(topics.big), small: start(topics.small), tiny: start(topics.tiny) }
}

/** Everything on the broker's disk, other tests' topics included. */
async function usedBytes() {
  const usage = (await brokerUsage(check)).get(node?.nodeId ?? -1)
  return (usage?.logDirs ?? []).reduce((sum, dir) => sum + dir.usedBytes, 0)
}

async function watermarkEvents() {
  const res = await t.app.inject({
    method: 'GET',
    url: `/v2/clusters/${clusterId}/events?type=DISK_WATERMARK_EXCEEDED`,
  })
  expect(res.statusCode, res.body).toBe(200)
  return res.json().events as { level: string; message: string }[]
}

describe('a node over its disk threshold', () => {
  // A budget the data exceeds by 2 MB over the 75% threshold.
  let capacityBytes: number

  it('loses its oldest records, more from the bigger topic, until it is back under the threshold', async () => {
    await setPolicy(autoDelete)
    capacityBytes = Math.ceil(((await usedBytes()) - 2 * MB) / 0.75)
    const plan = await controller.evaluate(clusterId, { capacityBytes })

    const starts = await logStarts()
    expect(starts.big).toBeGreaterThan(starts.small)
    expect(starts.big / starts.small).toBeCloseTo(3, 0)
    // About 2 MB of 10 KB records went.
    expect((starts.big + starts.small) * RECORD_PADDING).toBeGreaterThan(1.9 * MB)
    expect((starts.big + starts.small) * RECORD_PADDING).toBeLessThan(2.3 * MB)
    expect(plan?.nodes).toEqual([expect.objectContaining({ nodeId: node?.nodeId, staysAbove: false })])
  })

  it('keeps at least the minimum bytes of every partition', async () => {
    const starts = await logStarts()
    expect((records.big - starts.big) * RECORD_PADDING).toBeGreaterThanOrEqual(256 * KB)
    expect((records.small - starts.small) * RECORD_PADDING).toBeGreaterThanOrEqual(256 * KB)
    expect(starts.tiny).toBe(0)
  })

  it('records one event saying what it deleted', async () => {
    const events = await watermarkEvents()
    expect(events).toHaveLength(1)
    expect(events[0]?.level).toBe('WARNING')
    expect(events[0]?.message).toMatch(
      new RegExp(
        `^Node ${node?.nodeId} used \\d+% of its [\\d.]+ MB budget \\(threshold 75%\\): deleted the oldest records ` +
          `of 2 partitions of 2 topics, about 2(\\.\\d)? MB \\(${topics.big} 1\\.\\d MB, ${topics.small} \\d+ KB\\)\\.$`,
      ),
    )
  })

  it('deletes nothing more while Kafka has not yet freed the deleted records from disk', async () => {
    const before = await logStarts()
    expect(await controller.evaluate(clusterId, { capacityBytes })).toBeNull()
    expect(await logStarts()).toEqual(before)
    expect(await watermarkEvents()).toHaveLength(1)
  })

  it('keeps every record newer than the minimum retention time, and says the node stays above', async () => {
    await setPolicy({ ...autoDelete, logMinRetentionMs: 60 * DAY })
    const before = await logStarts()
    const plan = await controller.evaluate(clusterId, { capacityBytes: MB })
    expect(plan?.deletions).toEqual([])
    expect(await logStarts()).toEqual(before)

    const events = await watermarkEvents()
    expect(events).toHaveLength(2)
    expect(events[0]?.message).toMatch(
      /^Node \d+ used \d+% of its 1 MB budget \(threshold 75%\): nothing could be deleted without going below the minimum retention \(the last 60 days, and 256 KB per partition\), so node \d+ stays above the threshold\.$/,
    )

    // Said once, not again on every run.
    await controller.evaluate(clusterId, { capacityBytes: MB })
    expect(await watermarkEvents()).toHaveLength(2)
  })
})
