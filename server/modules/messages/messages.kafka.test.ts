import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import type { KafkaMessage, QueryEvent } from '../../../contract/messages.ts'
import { keyPartition } from '../../kafka/murmur2.ts'
import { createTopic, produce, produceKeyed } from '../../test/kafka-clients.ts'
import { startTestApp } from '../../test/test-app.ts'
import { defaultQuerySettings } from './messages.service.ts'

const kafka = inject('sharedKafka3')
const bootstrap = kafka.nodes.map((n) => `127.0.0.1:${n.clientPorts.PLAINTEXT}`).join(',')
const run = Date.now()
const topic = `msg-events-${run}`
const T0 = Date.parse('2026-01-05T10:00:00Z')
const COUNT = 60

let t: Awaited<ReturnType<typeof startTestApp>>
let clusterId: string
let placed: Awaited<ReturnType<typeof produceKeyed>>

const value = (i: number) => JSON.stringify({ n: i, amount: i * 10, kind: i % 3 === 0 ? 'refund' : 'sale' })

beforeAll(async () => {
  t = await startTestApp()
  clusterId = await t.registerCluster(kafka, 'messages-three')
  await createTopic(bootstrap, topic, 3, 1)
  placed = await produceKeyed(
    bootstrap,
    topic,
    Array.from({ length: COUNT }, (_, i) => ({
      key: `user-${i % 10}`,
      value: value(i),
      headers: { source: i % 2 ? 'web' : 'app' },
      timestamp: T0 + i * 60_000,
    })),
  )
})
afterAll(async () => {
  await t.close()
})

/** Runs a query through the app and parses its JSON lines. */
async function query(body: Record<string, unknown>, remoteAddress = '127.0.0.1') {
  const res = await t.app.inject({
    method: 'POST',
    remoteAddress,
    url: `/v2/clusters/${clusterId}/topics/${topic}/messages/query`,
    payload: body,
  })
  if (res.statusCode !== 200) return { status: res.statusCode, error: res.json(), events: [], messages: [] }
  const events: QueryEvent[] = res.body
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line))
  const messages = events.flatMap((e) => (e.type === 'message' ? [e.message] : []))
  const end = events.at(-1)
  return { status: 200, events, messages, end: end?.type === 'end' ? end : undefined, error: undefined }
}

const ns = (messages: KafkaMessage[]) =>
  messages.map((m) => JSON.parse(m.value ?? '{}').n as number).sort((a, b) => a - b)
const expectedNs = (keep: (i: number) => boolean) => [...Array(COUNT).keys()].filter(keep)

describe('finding messages', () => {
  it('from an offset of one partition, with key, headers and timestamp as written', async () => {
    const onPartition = placed.filter((p) => p.partition === 1).sort((a, b) => a.offset - b.offset)
    const { messages, end } = await query({ partition: 1, startOffset: 2, limit: 3 })
    expect(messages.map((m) => m.offset)).toEqual([2, 3, 4])
    const first = onPartition[2]
    expect(messages[0]).toMatchObject({
      partition: 1,
      key: first?.key,
      value: first?.value,
      headers: [{ key: 'source', value: first?.headers?.source }],
      timestamp: new Date(first?.timestamp ?? 0).toISOString(),
      timestampType: 'CreateTime',
    })
    expect(end).toMatchObject({ reason: 'limit', matched: 3 })
  })

  it('in a time range over every partition', async () => {
    const { messages, end } = await query({
      startTime: new Date(T0 + 20 * 60_000).toISOString(),
      endTime: new Date(T0 + 29 * 60_000).toISOString(),
      limit: 100,
    })
    expect(ns(messages)).toEqual(expectedNs((i) => i >= 20 && i <= 29))
    expect(end).toMatchObject({ reason: 'exhausted', resume: null })
  })

  it('by key, in the partition the producer actually wrote that key to', async () => {
    const written = placed.filter((p) => p.key === 'user-3')
    const { events, messages } = await query({ key: 'user-3', limit: 100 })
    const start = events[0]
    expect(start?.type === 'start' && start.probablePartition).toBe(written[0]?.partition)
    expect(ns(messages)).toEqual(expectedNs((i) => i % 10 === 3))
  })

  it('the newest N of the whole topic, newest first', async () => {
    const { messages } = await query({ newest: 5 })
    expect(messages.map((m) => JSON.parse(m.value ?? '{}').n)).toEqual([59, 58, 57, 56, 55])
  })

  it('with a CEL filter on value fields and headers, exactly the matching messages', async () => {
    const { messages, end } = await query({
      startOffset: 0,
      limit: 1000,
      filter: 'value.kind == "refund" && headers["source"] == "web" && value.amount >= 100',
    })
    expect(ns(messages)).toEqual(expectedNs((i) => i % 3 === 0 && i % 2 === 1 && i * 10 >= 100))
    expect(end).toMatchObject({ scanned: COUNT, reason: 'exhausted' })
  })

  it('refuses a malformed filter with its position before reading anything', async () => {
    const { status, error } = await query({ startOffset: 0, filter: 'value.amount > ' })
    expect(status).toBe(400)
    expect(error.fields.filter).toMatch(/column 16/)
    const unknown = await query({ startOffset: 0, filter: 'amount > 3' })
    expect(unknown.error.fields.filter).toMatch(/Unknown variable: amount/)
  })

  it('refuses a partition the topic does not have', async () => {
    const { status, error } = await query({ partition: 9, startOffset: 0 })
    expect(status).toBe(404)
    expect(error).toMatchObject({
      code: 'TOPIC_PARTITION_NOT_EXIST',
      fields: { partition: expect.any(String) },
    })
  })
})

describe('a cluster’s query settings', () => {
  const settingsUrl = () => `/v2/clusters/${clusterId}/message-query-settings`
  const putSettings = (body: Record<string, unknown>) =>
    t.app.inject({ method: 'PUT', url: settingsUrl(), payload: body })

  it('stop a query over its budget where it was, and resuming finds the rest, nothing missed or repeated', async () => {
    const defaults = (await t.app.inject({ method: 'GET', url: settingsUrl() })).json()
    expect(defaults).toMatchObject({ defaultLimit: 20, maxLimit: 1000, scanMessages: 1_000_000 })
    expect((await putSettings({ ...defaults, scanMessages: 25 })).statusCode).toBe(200)
    try {
      const found: KafkaMessage[] = []
      let body: Record<string, unknown> = { startOffset: 0, limit: 1000 }
      const reasons: string[] = []
      for (let round = 0; round < 10; round++) {
        const { messages, end } = await query(body)
        found.push(...messages)
        reasons.push(end?.reason ?? 'none')
        if (!end?.resume) break
        expect(end.scanned).toBe(25)
        body = { resume: end.resume, limit: 1000 }
      }
      expect(reasons).toEqual(['scanMessages', 'scanMessages', 'exhausted'])
      const ids = found.map((m) => `${m.partition}:${m.offset}`)
      expect(new Set(ids).size).toBe(ids.length)
      expect(ns(found)).toEqual(expectedNs(() => true))
    } finally {
      await putSettings(defaults)
    }
  })

  it('apply their result limits and minimum interval, and refuse inconsistent values', async () => {
    const defaults = (await t.app.inject({ method: 'GET', url: settingsUrl() })).json()
    const bad = await putSettings({ ...defaults, defaultLimit: 50, maxLimit: 10 })
    expect(bad.statusCode).toBe(400)
    expect(bad.json().fields).toHaveProperty('defaultLimit')

    await putSettings({ ...defaults, defaultLimit: 4, maxLimit: 10, minIntervalSeconds: 60 })
    try {
      // A caller that has not queried yet; the interval is counted per caller.
      const first = await query({ startOffset: 0 }, '10.0.0.7')
      expect(first.error).toBeUndefined()
      expect(first.messages).toHaveLength(4)
      const soon = await query({ startOffset: 0 }, '10.0.0.7')
      expect(soon.status).toBe(429)
      expect(soon.error.code).toBe('QUERY_TOO_FREQUENT')
      expect((await query({ startOffset: 0 }, '10.0.0.8')).status).toBe(200)
      await putSettings({ ...defaults, maxLimit: 10 })
      const tooMany = await query({ startOffset: 0, limit: 11 })
      expect(tooMany.error).toMatchObject({
        code: 'ERROR_PARAMS',
        fields: { limit: expect.stringContaining('10') },
      })
    } finally {
      await putSettings(defaults)
    }
  })
})

describe('a query cancelled by its client', () => {
  it('stops on the server, and frees its place for the next query', async () => {
    const big = `msg-big-${run}`
    await createTopic(bootstrap, big, 1, 1)
    // 600 records of 10 KB answer ~14 MB of JSON, far more than the socket buffers: the server waits for the reader.
    await produce(bootstrap, big, 1, 600, T0, 10_000)
    const one = await startTestApp({ querySettings: { ...defaultQuerySettings, concurrentQueries: 1 } })
    try {
      const oneCluster = await one.registerCluster(kafka, 'messages-cancel')
      const address = await one.app.listen({ port: 0, host: '127.0.0.1' })
      // Over real HTTP, not through the test app's inject: the calls carry a token themselves.
      const authorization = `Bearer ${await one.tokenFor('admin', 'full-control')}`
      const url = `${address}/v2/clusters/${oneCluster}/topics/${big}/messages/query`
      const running = async (): Promise<unknown[]> => {
        const res = await fetch(`${address}/v2/clusters/${oneCluster}/messages/queries`, {
          headers: { authorization },
        })
        return ((await res.json()) as { queries: unknown[] }).queries
      }
      const controller = new AbortController()
      const res = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization },
        body: JSON.stringify({ startOffset: 0, limit: 1000 }),
        signal: controller.signal,
      })
      const reader = res.body?.getReader()
      await reader?.read()
      expect(await running()).toHaveLength(1)

      const second = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization },
        body: JSON.stringify({ startOffset: 0 }),
      })
      expect(second.status).toBe(429)
      expect(((await second.json()) as { code: string }).code).toBe('TOO_MANY_QUERIES')

      controller.abort()
      await expect.poll(running, { timeout: 5000 }).toHaveLength(0)
    } finally {
      await one.close()
    }
  })
})

describe('producing', () => {
  it('sends a message to the key’s partition and it is found there', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: `/v2/clusters/${clusterId}/topics/${topic}/messages`,
      payload: { key: 'api-key', value: '{"n": 1000}', headers: [{ key: 'via', value: 'ferry' }] },
    })
    expect(res.statusCode, res.body).toBe(201)
    const sent = res.json()
    expect(sent.partition).toBe(keyPartition(Buffer.from('api-key'), 3))
    const { messages } = await query({ partition: sent.partition, startOffset: sent.offset, limit: 1 })
    expect(messages[0]).toMatchObject({
      key: 'api-key',
      value: '{"n": 1000}',
      headers: [{ key: 'via', value: 'ferry' }],
    })
  })
})
