// Message query scan rate on a real 1-node cluster: a topic of 6 partitions and 1,000,000 JSON messages of
// about 1 KB, scanned by Ferry without a filter and with a CEL filter matching 1%, against a bare consumer of
// the same client library reading the same topic, which is the limit. Also Ferry's RSS growth while scanning.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Admin, Consumer, Producer } from '@platformatic/kafka'
import type { QueryMessages } from '../../contract/messages.ts'
import { defaultQuerySettings } from '../../server/modules/messages/messages.service.ts'
import { DEFAULT_KAFKA_VERSION } from '../../server/providers/local/kafka-dist.ts'
import { LocalProvider } from '../../server/providers/local/local-provider.ts'
import { startTestApp } from '../../server/test/test-app.ts'

const PARTITIONS = 6
const BATCH = 1000

function payload(i: number): Buffer {
  return Buffer.from(
    JSON.stringify({ id: i, user: `user-${i % 1000}`, amount: (i * 37) % 10_000, note: 'x'.repeat(900) }),
  )
}

async function fill(bootstrap: string, topic: string, count: number) {
  const admin = new Admin({ clientId: 'bench', bootstrapBrokers: [bootstrap] })
  await admin.createTopics({ topics: [topic], partitions: PARTITIONS, replicas: 1 })
  await admin.close()
  const producer = new Producer({ clientId: 'bench', bootstrapBrokers: [bootstrap], acks: 1 })
  try {
    for (let start = 0; start < count; start += BATCH) {
      const messages = []
      for (let i = start; i < Math.min(count, start + BATCH); i++)
        messages.push({ topic, partition: i % PARTITIONS, key: Buffer.from(`k${i}`), value: payload(i) })
      await producer.send({ messages })
    }
  } finally {
    await producer.close()
  }
}

/** The limit: the same client library's consumer reading every message once, nothing else. */
async function bareConsumer(bootstrap: string, topic: string, count: number) {
  const consumer = new Consumer({
    clientId: 'bench',
    groupId: `bench-${Date.now()}`,
    bootstrapBrokers: [bootstrap],
  })
  const started = performance.now()
  const stream = await consumer.consume({ topics: [topic], mode: 'earliest', autocommit: false })
  let read = 0
  for await (const _message of stream) {
    if (++read >= count) break
  }
  const seconds = (performance.now() - started) / 1000
  await consumer.close(true)
  return { messages: read, seconds: +seconds.toFixed(2), perSecond: Math.round(read / seconds) }
}

export async function messageScanBench(count: number) {
  const dir = mkdtempSync(join(tmpdir(), 'ferry-bench-messages-'))
  const provider = new LocalProvider({ dataDir: dir })
  // Budgets as large as the topic, so one query reads all of it.
  const t = await startTestApp({
    querySettings: { ...defaultQuerySettings, scanMessages: count * 2, scanSeconds: 3600 },
  })
  const state = await provider.create({
    clusterId: 'bench-messages',
    kafkaVersion: DEFAULT_KAFKA_VERSION,
    nodes: 1,
    listeners: ['PLAINTEXT'],
    aclEnabled: false,
  })
  try {
    const node = state.nodes[0]
    if (!node) throw new Error('the bench cluster has no node')
    const bootstrap = `${node.host}:${node.clientPorts.PLAINTEXT}`
    const topic = 'bench-messages'
    const filled = performance.now()
    await fill(bootstrap, topic, count)
    const fillSeconds = +((performance.now() - filled) / 1000).toFixed(1)
    const clusterId = await t.registerCluster(state, 'bench-messages')

    // Ferry's own work: the scan, the filter and the JSON of every event, streamed to a sink.
    const ferryScan = async (query: Partial<QueryMessages>) => {
      const run = await t.services.messages.prepareQuery(
        clusterId,
        topic,
        {
          keyScan: 'all',
          limit: count,
          maxBytes: Number.MAX_SAFE_INTEGER,
          ...query,
        } as QueryMessages,
        'bench',
      )
      const baseline = process.memoryUsage().rss
      let peak = baseline
      const sampler = setInterval(() => {
        peak = Math.max(peak, process.memoryUsage().rss)
      }, 50)
      let scanned = 0
      let matched = 0
      let sent = 0
      const started = performance.now()
      await run(async (event) => {
        sent += JSON.stringify(event).length
        if (event.type === 'end') ({ scanned, matched } = event)
      }, new AbortController().signal)
      const seconds = (performance.now() - started) / 1000
      clearInterval(sampler)
      return {
        scanned,
        matched,
        seconds: +seconds.toFixed(2),
        perSecond: Math.round(scanned / seconds),
        streamedMiB: +(sent / 1024 / 1024).toFixed(1),
        rssGrowthMiB: Math.round((peak - baseline) / 1024 / 1024),
      }
    }

    // No filter: a key that no message has, so every message is read and compared, and none is sent.
    const noFilter = await ferryScan({ startOffset: 0, key: 'no-such-key' })
    const celOnePercent = await ferryScan({ startOffset: 0, filter: 'value.id % 100 == 7' })
    const bare = await bareConsumer(bootstrap, topic, count)
    return {
      messages: count,
      partitions: PARTITIONS,
      messageBytes: payload(0).length,
      fillSeconds,
      ferryNoFilter: noFilter,
      ferryCelOnePercent: celOnePercent,
      bareConsumer: bare,
      ratioNoFilter: +(noFilter.perSecond / bare.perSecond).toFixed(2),
      ratioCel: +(celOnePercent.perSecond / bare.perSecond).toFixed(2),
    }
  } finally {
    await t.close()
    await provider.destroy(state)
    rmSync(dir, { recursive: true, force: true })
  }
}
