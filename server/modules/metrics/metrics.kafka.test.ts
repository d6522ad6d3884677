import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { METRICS, type MetricResult } from '../../../contract/metrics.ts'
import { commitOffsets, createTopic, produce, produceSteadily } from '../../test/kafka-clients.ts'
import { startTestApp } from '../../test/test-app.ts'
import { DEFAULT_RETENTION } from './metric-query.ts'

// Rounds every 2 s, so that a test sees several within its produce window.
const INTERVAL_S = 2
const run = Date.now()

let t: Awaited<ReturnType<typeof startTestApp>>
let clusterId: string
let bootstrap: string

beforeAll(async () => {
  t = await startTestApp({ metrics: { intervalSeconds: INTERVAL_S, ...DEFAULT_RETENTION } })
  // Ferry's own `local` cluster: one real node with the exporter agent, as on a first start.
  await t.services.provisionDefault()
  clusterId = (await get('/v2/clusters')).clusters[0].clusterId
  const { accessEndpoints } = await get(`/v2/clusters/${clusterId}/access-endpoints`)
  bootstrap = accessEndpoints.find(
    (e: { securityProtocol: string }) => e.securityProtocol === 'PLAINTEXT',
  ).endpoints
})
afterAll(async () => {
  await t.services.jobsIdle()
  await t.services.local.shutdown()
  await t.close()
})

async function get(url: string) {
  const res = await t.app.inject({ method: 'GET', url })
  if (res.statusCode !== 200) throw new Error(`GET ${url}: ${res.statusCode} ${res.body}`)
  return res.json()
}

async function metric(id: string, name: string, q: Record<string, string | number>): Promise<MetricResult> {
  const params = new URLSearchParams(Object.entries(q).map(([k, v]): [string, string] => [k, String(v)]))
  return get(`/v2/clusters/${id}/metrics/${name}?${params}`)
}

const points = (result: MetricResult) => result.series.flatMap((s) => s.points)
const average = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length

describe('throughput of a local node', () => {
  it('shows the produce rate in the exporter’s and the protocol’s series within a round', async () => {
    const topic = `metrics-rate-${run}`
    await createTopic(bootstrap, topic, 3)
    const window = { start: Date.now(), end: Date.now() + 60_000, step: INTERVAL_S }
    const producing = produceSteadily(bootstrap, topic, { perSecond: 200, seconds: 20, bytes: 1024 })
    // The first round after records arrive shows them: a rate needs the scrape before and the one after.
    const startedAt = Date.now()
    let firstSeen: number | null = null
    while (firstSeen === null && Date.now() - startedAt < 15_000) {
      await new Promise((resolve) => setTimeout(resolve, 250))
      const seen = points(await metric(clusterId, 'messages_in', { ...window, end: Date.now() }))
      if (seen.some(([, v]) => v > 0)) firstSeen = Date.now()
    }
    expect(firstSeen).not.toBeNull()
    expect((firstSeen ?? 0) - startedAt).toBeLessThan(2 * INTERVAL_S * 1000 + 2000)

    const { sent, startedAt: from, endedAt: to } = await producing
    const rate = (sent * 1000) / (to - from)
    expect(rate).toBeGreaterThan(150)
    // Rounds wholly inside the produce window: the first and last cover time without records.
    await t.services.metrics.collectOnce()
    const inside = { start: from + 2 * INTERVAL_S * 1000, end: to - INTERVAL_S * 1000, step: INTERVAL_S }
    const within20 = (value: number, expected: number) => {
      expect(value).toBeGreaterThan(expected * 0.8)
      expect(value).toBeLessThan(expected * 1.2)
    }
    const messages = points(await metric(clusterId, 'messages_in', inside)).map(([, v]) => v)
    const bytes = points(await metric(clusterId, 'bytes_in', inside)).map(([, v]) => v)
    const partitions = points(await metric(clusterId, 'partition_messages_in', inside)).map(([, v]) => v)
    expect(messages.length).toBeGreaterThanOrEqual(4)
    within20(average(messages), rate)
    // Each record is its 1 KB value plus Kafka's record and batch framing.
    within20(average(bytes), rate * 1024)
    within20(average(partitions), rate)

    // The topic's own series: one per topic, and the same rate as the node's.
    const byTopic = await metric(clusterId, 'messages_in', { ...inside, groupBy: 'topic' })
    expect(byTopic.series.map((s) => s.labels)).toEqual([{ topic }])
    within20(average(points(byTopic).map(([, v]) => v)), rate)
    const perPartition = await metric(clusterId, 'partition_messages_in', {
      ...inside,
      topic,
      groupBy: 'partition',
    })
    expect(perPartition.series.map((s) => s.labels.partition).sort()).toEqual(['0', '1', '2'])
  })

  it('lists every catalogue metric and which ones have data', async () => {
    const { metrics } = await get(`/v2/clusters/${clusterId}/metrics`)
    const hasData = Object.fromEntries(
      metrics.map((m: { name: string; hasData: boolean }) => [m.name, m.hasData]),
    )
    for (const name of [
      'bytes_in',
      'produce_requests',
      'jvm_heap_used',
      'process_cpu',
      'host_cpu',
      'host_disk',
    ])
      expect(hasData[name]).toBe(true)
    for (const name of ['partitions', 'leaders', 'topics', 'disk_used', 'topic_size', 'active_controller'])
      expect(hasData[name]).toBe(true)
    expect(metrics.map((m: { name: string }) => m.name)).toEqual(METRICS.map((m) => m.name))
  })

  it('answers the node’s JVM and host figures in their units', async () => {
    const last = Date.now()
    const range = { start: last - 20_000, end: last, step: INTERVAL_S }
    const latest = async (name: string) =>
      points(await metric(clusterId, name, range)).at(-1)?.[1] ?? Number.NaN
    expect(await latest('active_controller')).toBe(1)
    expect(await latest('jvm_heap_used')).toBeGreaterThan(10 * 1024 * 1024)
    for (const name of [
      'request_handler_idle',
      'network_processor_idle',
      'host_cpu',
      'host_memory',
      'host_disk',
    ]) {
      const value = await latest(name)
      expect(value).toBeGreaterThanOrEqual(0)
      expect(value).toBeLessThanOrEqual(100)
    }
  })
})

describe('consumer groups', () => {
  // From here on the tests run each round themselves, so that they know which rounds there were.
  beforeAll(() => t.services.metrics.stop())

  it('shows each partition’s lag as log end minus committed offset, and the consume rate', async () => {
    const topic = `metrics-lag-${run}`
    const group = `metrics-group-${run}`
    await createTopic(bootstrap, topic, 2)
    await produce(bootstrap, topic, 2, 100)
    await commitOffsets(bootstrap, group, topic, [30, 70])
    const first = await t.services.metrics.collectOnce()
    // The rounds a second apart at least, so that each has its own point at a 1 s step.
    await new Promise((resolve) => setTimeout(resolve, 1000))
    await commitOffsets(bootstrap, group, topic, [40, 90])
    const second = await t.services.metrics.collectOnce()
    const range = { start: first.time, end: second.time, step: 1, group }

    const lag = await metric(clusterId, 'group_lag', { ...range, groupBy: 'partition' })
    expect(lag.series.map((s) => [s.labels.partition, s.points.at(-1)?.[1]])).toEqual([
      ['0', 60],
      ['1', 10],
    ])
    expect(points(await metric(clusterId, 'group_lag', range)).at(-1)?.[1]).toBe(70)
    const committed = await metric(clusterId, 'group_committed_offset', { ...range, topic, partition: '1' })
    expect(points(committed).map(([, v]) => v)).toEqual([70, 90])
    // 30 records consumed across both partitions between the two rounds; each round reads a little after
    // it starts, so the time between its reads is close to, not exactly, the time between the rounds.
    const consumed = points(await metric(clusterId, 'group_consume_rate', range))
    expect(consumed).toHaveLength(1)
    const expected = (30 * 1000) / (second.time - first.time)
    expect(Math.abs((consumed[0]?.[1] ?? 0) - expected)).toBeLessThan(expected * 0.1)
  })

  it('tells how long ago the first unconsumed record was written, to within a round', async () => {
    const topic = `metrics-timelag-${run}`
    const group = `metrics-timelag-group-${run}`
    await createTopic(bootstrap, topic, 1)
    await produce(bootstrap, topic, 1, 50)
    await commitOffsets(bootstrap, group, topic, [50])
    const before = await t.services.metrics.collectOnce()
    await new Promise((resolve) => setTimeout(resolve, 3000))
    // Record 50, the group's next, is written after that round.
    const written = Date.now()
    await produce(bootstrap, topic, 1, 50)
    const after = await t.services.metrics.collectOnce()
    await new Promise((resolve) => setTimeout(resolve, 3000))
    const now = await t.services.metrics.collectOnce()
    const seconds = points(
      await metric(clusterId, 'group_lag_seconds', { start: after.time, end: now.time, step: 1, group }),
    ).at(-1)?.[1]
    expect(seconds).toBeGreaterThanOrEqual((now.time - after.time) / 1000)
    expect(seconds).toBeLessThanOrEqual((now.time - before.time) / 1000)
    expect(Math.abs((seconds ?? 0) - (now.time - written) / 1000)).toBeLessThan(
      (after.time - before.time) / 1000,
    )
  })
})

describe('storage analysis', () => {
  it('ranks each node’s topics by size, with their share of its bytes and its budget', async () => {
    const big = `metrics-big-${run}`
    const small = `metrics-small-${run}`
    await createTopic(bootstrap, big, 2)
    await createTopic(bootstrap, small, 1)
    await produce(bootstrap, big, 2, 200, Date.now(), 1024)
    await produce(bootstrap, small, 1, 20, Date.now(), 1024)
    const { nodes } = await get(`/v2/clusters/${clusterId}/storage-analysis`)
    expect(nodes).toHaveLength(1)
    const [node] = nodes
    // The default local cluster's budget: 10 GB per node.
    expect(node).toMatchObject({ brokerId: 1, capacityBytes: 10 * 1024 ** 3 })
    expect(node.logDirs).toHaveLength(1)
    expect(node.logDirs[0].usedBytes).toBe(node.usedBytes)
    const names = node.topics.map((x: { topicName: string }) => x.topicName)
    expect(names.indexOf(big)).toBeLessThan(names.indexOf(small))
    const sizes = node.topics.map((x: { sizeBytes: number }) => x.sizeBytes)
    expect(sizes).toEqual([...sizes].sort((a, b) => b - a))
    const bigEntry = node.topics.find((x: { topicName: string }) => x.topicName === big)
    expect(bigEntry.partitions).toBe(2)
    expect(bigEntry.sizeBytes).toBeGreaterThan(400 * 1024)
    expect(bigEntry.share).toBeCloseTo((bigEntry.sizeBytes / node.usedBytes) * 100, 5)
    const total = node.topics.reduce((sum: number, x: { share: number }) => sum + x.share, 0)
    expect(total).toBeCloseTo(100, 5)
  })
})

describe('metric sources', () => {
  it('shows a local cluster’s own exporters, and refuses to change them', async () => {
    const sources = await get(`/v2/clusters/${clusterId}/metric-sources`)
    expect(sources.prometheusUrl).toBeNull()
    expect(sources.exporters).toEqual([
      { brokerId: 1, url: expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+\/metrics$/) },
    ])
    const res = await t.app.inject({
      method: 'PUT',
      url: `/v2/clusters/${clusterId}/metric-sources`,
      payload: { exporters: [], prometheusUrl: null },
    })
    expect(res.statusCode).toBe(409)
    expect(res.json().code).toBe('UPDATE_CLUSTER_FORBIDDEN')
  })

  describe('of an external cluster', () => {
    const kafka = inject('sharedKafka')
    const node = kafka.nodes[0]
    const exporter = `http://127.0.0.1:${node?.metricsPort}/metrics`
    let external: string
    let federation: Server

    beforeAll(async () => {
      external = await t.registerCluster(kafka, `metrics-external-${run}`)
      // Prometheus's /federate answers what it scraped, labelled with the exporter it came from and
      // timestamped. This stands in for it over the shared broker's real exporter.
      federation = createServer(async (req, res) => {
        const match = new URL(req.url ?? '', 'http://x').searchParams.get('match[]')
        if (!req.url?.startsWith('/prom/federate') || !match?.includes('kafka_.*')) {
          res.writeHead(404).end()
          return
        }
        const text = await (await fetch(exporter)).text()
        const labelled = text
          .split('\n')
          .filter((line) => line !== '' && !line.startsWith('#'))
          .map((line) => {
            const instance = `instance="127.0.0.1:${node?.metricsPort}",job="kafka"`
            const withLabels = line.includes('{')
              ? line.replace('{', `{${instance},`)
              : line.replace(' ', `{${instance}} `)
            return `${withLabels} ${Date.now()}`
          })
        res.writeHead(200, { 'content-type': 'text/plain' }).end(`${labelled.join('\n')}\n`)
      })
      await new Promise<void>((resolve) => federation.listen(0, '127.0.0.1', resolve))
    })
    afterAll(() => new Promise<void>((resolve) => federation.close(() => resolve())))

    const heapOf = async () => {
      const end = Date.now()
      return points(await metric(external, 'jvm_heap_used', { start: end - 5_000, end, step: 1 }))
    }

    it('has no exporter metrics until it is told where they are, then reads the exporter URLs', async () => {
      expect(await get(`/v2/clusters/${external}/metric-sources`)).toEqual({
        exporters: [],
        prometheusUrl: null,
      })
      await t.services.metrics.collectOnce()
      expect(await heapOf()).toEqual([])
      const sources = { exporters: [{ brokerId: node?.nodeId, url: exporter }], prometheusUrl: null }
      const res = await t.app.inject({
        method: 'PUT',
        url: `/v2/clusters/${external}/metric-sources`,
        payload: sources,
      })
      expect(res.statusCode).toBe(200)
      expect(res.json()).toEqual(sources)
      expect(await get(`/v2/clusters/${external}/metric-sources`)).toEqual(sources)
      await t.services.metrics.collectOnce()
      const heap = await metric(external, 'jvm_heap_used', {
        start: Date.now() - 5_000,
        end: Date.now(),
        step: 1,
        groupBy: 'node',
      })
      expect(heap.series.map((s) => s.labels)).toEqual([{ node: String(node?.nodeId) }])
    })

    it('reads the brokers’ series from a Prometheus server’s federation, matched by the exporter’s host', async () => {
      const port = (federation.address() as AddressInfo).port
      const sources = { exporters: [], prometheusUrl: `http://127.0.0.1:${port}/prom` }
      const res = await t.app.inject({
        method: 'PUT',
        url: `/v2/clusters/${external}/metric-sources`,
        payload: sources,
      })
      expect(res.statusCode).toBe(200)
      await t.services.metrics.collectOnce()
      await new Promise((resolve) => setTimeout(resolve, 1000))
      const round = await t.services.metrics.collectOnce()
      // Only this round's samples: the one before is at least a second older.
      const range = { start: round.time, end: round.time + 1, step: 1 }
      expect(points(await metric(external, 'jvm_heap_used', range))).toHaveLength(1)
      // A counter's rate needs two federated readings: the second round has one.
      expect(points(await metric(external, 'process_cpu', range))).toHaveLength(1)
    })

    it('refuses two exporters for one broker', async () => {
      const twice = {
        exporters: [
          { brokerId: 1, url: exporter },
          { brokerId: 1, url: exporter },
        ],
        prometheusUrl: null,
      }
      const res = await t.app.inject({
        method: 'PUT',
        url: `/v2/clusters/${external}/metric-sources`,
        payload: twice,
      })
      expect(res.statusCode).toBe(400)
      expect(res.json().fields).toEqual({ 'exporters.1.brokerId': 'Each broker has one exporter URL.' })
    })
  })
})
