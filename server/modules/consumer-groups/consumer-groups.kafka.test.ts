import { Admin } from '@platformatic/kafka'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { consumeAndCommit, createTopic, produce } from '../../test/kafka-clients.ts'
import { startTestApp } from '../../test/test-app.ts'

const kafka = inject('sharedKafka3')
const bootstrap = kafka.nodes.map((n) => `127.0.0.1:${n.clientPorts.PLAINTEXT}`).join(',')
const topic = `cg-orders-${Date.now()}`
const group = `cg-billing-${Date.now()}`
const PARTITIONS = 3
const PER_PARTITION = 10
const producedFrom = Date.now() - 3_600_000
const producedLater = Date.now() - 600_000
const LATER = 5

let t: Awaited<ReturnType<typeof startTestApp>>
let clusterId: string
let consumer: Awaited<ReturnType<typeof consumeAndCommit>> | null = null

beforeAll(async () => {
  t = await startTestApp()
  clusterId = await t.registerCluster(kafka, 'groups-three')
  await createTopic(bootstrap, topic, PARTITIONS, 3)
  await produce(bootstrap, topic, PARTITIONS, PER_PARTITION, producedFrom)
  consumer = await consumeAndCommit(bootstrap, group, topic, PARTITIONS * PER_PARTITION)
  // Records the running group has not read yet: the lag, 10 minutes old.
  await produce(bootstrap, topic, PARTITIONS, LATER, producedLater)
})
afterAll(async () => {
  await consumer?.stop()
  await t.close()
})

const url = (path = '') => `/v2/clusters/${clusterId}/consumer-groups${path}`
const get = (path: string) => t.app.inject({ method: 'GET', url: path })
const reset = (body: Record<string, unknown>, name = group) =>
  t.app.inject({ method: 'POST', url: url(`/${name}/offsets`), payload: { topicName: topic, ...body } })

async function adminCommitted(): Promise<number[]> {
  const admin = new Admin({ clientId: 'check', bootstrapBrokers: bootstrap.split(',') })
  try {
    const [listed] = await admin.listConsumerGroupOffsets({ groups: [group] })
    const partitions = listed?.topics.find((x) => x.name === topic)?.partitions ?? []
    return partitions
      .sort((a, b) => a.partitionIndex - b.partitionIndex)
      .map((p) => Number(p.committedOffset))
  } finally {
    await admin.close()
  }
}

async function apiCommitted(): Promise<number[]> {
  const detail = (await get(url(`/${group}`))).json()
  return detail.partitions.map((p: { committedOffset: number }) => p.committedOffset)
}

describe('a running consumer group', () => {
  it('is listed with its members, assignor, topic and lag, and found by a fuzzy search', async () => {
    const res = await get(`${url()}?groupName=${group.slice(3, 14).toUpperCase()}`)
    expect(res.statusCode).toBe(200)
    const body = res.json()
    expect(body.total).toBe(1)
    expect(body.groups).toEqual([
      expect.objectContaining({
        groupName: group,
        state: 'STABLE',
        protocolType: 'consumer',
        memberCount: 1,
        topics: [topic],
        totalLag: PARTITIONS * LATER,
      }),
    ])
    expect(body.groups[0].protocol).not.toBe('')
    const none = (await get(`${url()}?groupName=no-such-group-anywhere`)).json()
    expect(none).toMatchObject({ groups: [], total: 0 })
  })

  it('shows per partition its consumer, offsets, lag and how old the first unconsumed record is', async () => {
    const res = await get(url(`/${group}`))
    expect(res.statusCode).toBe(200)
    const { partitions } = res.json()
    expect(partitions).toHaveLength(PARTITIONS)
    for (const [partitionId, p] of partitions.entries()) {
      expect(p).toMatchObject({
        topicName: topic,
        partitionId,
        clientId: 'ferry-test-consumer',
        committedOffset: PER_PARTITION,
        maxOffset: PER_PARTITION + LATER,
        lag: LATER,
        // The first unconsumed record is the first of the later batch, stamped producedLater.
        firstUnconsumedTime: new Date(producedLater).toISOString(),
      })
      expect(p.consumerId).toBeTruthy()
      expect(p.host).toMatch(/127\.0\.0\.1/)
      expect(p.timeLagMs).toBeGreaterThanOrEqual(600_000)
      expect(p.timeLagMs).toBeLessThan(600_000 + 120_000)
    }
  })

  it('lists its topics, and the topic lists it with its lag', async () => {
    expect((await get(url(`/${group}/topics`))).json()).toEqual({ topics: [topic] })
    const res = await get(`/v2/clusters/${clusterId}/topics/${topic}/consumer-groups`)
    expect(res.json()).toEqual({ groups: [{ groupName: group, state: 'STABLE', lag: PARTITIONS * LATER }] })
  })

  it('refuses a reset and a delete while it has members, but previews a reset', async () => {
    const refused = await reset({ partitions: [0], resetStrategy: 'toearliest' })
    expect(refused.statusCode).toBe(409)
    expect(refused.json()).toMatchObject({ code: 'CONSUMER_GROUP_NOT_EMPTY' })
    expect(refused.json().message).toMatch(/1 active member/)
    const del = await t.app.inject({ method: 'DELETE', url: url(`/${group}`) })
    expect(del.statusCode).toBe(409)
    expect(del.json()).toMatchObject({ code: 'CONSUMER_GROUP_NOT_EMPTY' })
    const preview = await reset({ partitions: [0, 1, 2], resetStrategy: 'tolatest', dryRun: true })
    expect(preview.statusCode).toBe(200)
    expect(preview.json().partitions.map((p: { newOffset: number }) => p.newOffset)).toEqual([15, 15, 15])
  })
})

describe('a stopped consumer group', () => {
  beforeAll(async () => {
    await consumer?.stop()
    consumer = null
  })

  it('resets with each strategy, clamped to the log, and the committed offsets follow', async () => {
    const before = await adminCommitted()

    const preview = await reset({ partitions: [0, 1, 2], resetStrategy: 'toearliest', dryRun: true })
    expect(preview.json()).toEqual({
      groupName: group,
      topicName: topic,
      dryRun: true,
      partitions: before.map((oldOffset, partitionId) => ({ partitionId, oldOffset, newOffset: 0 })),
    })
    expect(await adminCommitted()).toEqual(before)

    expect((await reset({ partitions: [0, 1, 2], resetStrategy: 'toearliest' })).statusCode).toBe(200)
    expect(await adminCommitted()).toEqual([0, 0, 0])

    await reset({ partitions: [0, 1], resetStrategy: 'tolatest' })
    expect(await adminCommitted()).toEqual([15, 15, 0])

    await reset({ partitions: [2], resetStrategy: 'tooffset', resetValue: '7' })
    expect(await apiCommitted()).toEqual([15, 15, 7])
    await reset({ partitions: [2], resetStrategy: 'tooffset', resetValue: '999' })
    expect(await adminCommitted()).toEqual([15, 15, 15])

    await reset({ partitions: [0, 1], resetStrategy: 'shiftby', resetValue: '-4' })
    expect(await adminCommitted()).toEqual([11, 11, 15])
    await reset({ partitions: [0], resetStrategy: 'shiftby', resetValue: '+2' })
    await reset({ partitions: [1], resetStrategy: 'shiftby', resetValue: '-100' })
    expect(await apiCommitted()).toEqual([13, 0, 15])

    // Record 5 of every partition has timestamp producedFrom + 5 s.
    const at = new Date(producedFrom + 5000).toISOString()
    await reset({ partitions: [0, 1, 2], resetStrategy: 'todatetime', resetValue: at })
    expect(await adminCommitted()).toEqual([5, 5, 5])
    await reset({ partitions: [0], resetStrategy: 'todatetime', resetValue: '2099-01-01T00:00:00Z' })
    expect(await adminCommitted()).toEqual([15, 5, 5])

    const listed = (await get(`${url()}?groupName=${group}`)).json().groups[0]
    expect(listed).toMatchObject({ state: 'EMPTY', memberCount: 0, totalLag: 20 })
  })

  it('answers bad strategies and values with 400 and the field', async () => {
    const strategy = await reset({ partitions: [0], resetStrategy: 'tomorrow' })
    expect(strategy.statusCode).toBe(400)
    expect(strategy.json()).toMatchObject({
      code: 'ERROR_PARAMS',
      fields: { resetStrategy: expect.any(String) },
    })

    for (const [resetStrategy, resetValue] of [
      ['tooffset', undefined],
      ['tooffset', '-3'],
      ['shiftby', 'ten'],
      ['todatetime', 'yesterday'],
    ]) {
      const res = await reset({ partitions: [0], resetStrategy, resetValue })
      expect(res.statusCode).toBe(400)
      expect(res.json()).toMatchObject({
        code: 'CONSUMER_OPERATE_RESET_STRATEGY_INVALID_ERROR',
        fields: { resetValue: expect.any(String) },
      })
      expect(res.json().message).toContain(resetStrategy)
    }

    const partitions = await reset({ partitions: [0, 7], resetStrategy: 'toearliest' })
    expect(partitions.statusCode).toBe(400)
    expect(partitions.json().fields.partitions).toMatch(/0 to 2; 7 do not exist/)
    const noneChosen = await reset({ partitions: [], resetStrategy: 'toearliest' })
    expect(noneChosen.json().fields.partitions).toBe('Choose at least one partition.')
    const noTopic = await reset({ topicName: 'no-such-topic', partitions: [0], resetStrategy: 'toearliest' })
    expect(noTopic.json()).toMatchObject({ code: 'ERROR_PARAMS', fields: { topicName: expect.any(String) } })
    const noGroup = await reset({ partitions: [0], resetStrategy: 'toearliest' }, 'no-such-group')
    expect(noGroup.statusCode).toBe(404)
    expect(noGroup.json().code).toBe('CONSUMER_GROUP_NOT_FOUND')
  })

  it('deletes the empty group, after which it is gone', async () => {
    const res = await t.app.inject({ method: 'DELETE', url: url(`/${group}`) })
    expect(res.statusCode).toBe(200)
    expect(res.json()).toEqual({ groupName: group })
    expect((await get(`${url()}?groupName=${group}`)).json().total).toBe(0)
    const again = await t.app.inject({ method: 'DELETE', url: url(`/${group}`) })
    expect(again.statusCode).toBe(404)
    expect(again.json().code).toBe('CONSUMER_GROUP_NOT_FOUND')
    expect((await get(url(`/${group}`))).statusCode).toBe(404)
  })
})
