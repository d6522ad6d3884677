import { Admin } from '@platformatic/kafka'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { commitOffsets, consumeAndCommit, createTopic, produce } from '../../test/kafka-clients.ts'
import { startTestApp } from '../../test/test-app.ts'

const kafka = inject('sharedKafka3')
const bootstrap = kafka.nodes.map((n) => `127.0.0.1:${n.clientPorts.PLAINTEXT}`).join(',')
const run = Date.now()
const topic = `tp.orders.${run}`

let t: Awaited<ReturnType<typeof startTestApp>>
let clusterId: string

beforeAll(async () => {
  t = await startTestApp()
  clusterId = await t.registerCluster(kafka, 'topics-three')
  // A group commit makes the cluster create its internal __consumer_offsets topic.
  await createTopic(bootstrap, `tp-seed-${run}`, 1)
  await commitOffsets(bootstrap, `tp-seed-${run}`, `tp-seed-${run}`, [0])
})
afterAll(async () => {
  await t.close()
})

const url = (path = '') => `/v2/clusters/${clusterId}/topics${path}`
const get = (path: string) => t.app.inject({ method: 'GET', url: path })
const send = (method: 'POST' | 'PUT' | 'DELETE', path: string, payload?: Record<string, unknown>) =>
  t.app.inject({ method, url: path, ...(payload ? { payload } : {}) })

async function brokerView(name: string) {
  const admin = new Admin({ clientId: 'check', bootstrapBrokers: bootstrap.split(',') })
  try {
    const metadata = await admin.metadata({ topics: [name], forceUpdate: true })
    const [configs] = await admin.describeConfigs({
      resources: [
        { resourceType: 2, resourceName: name, configurationKeys: ['retention.ms', 'max.message.bytes'] },
      ],
    })
    return {
      partitions: metadata.topics.get(name)?.partitionsCount ?? 0,
      replicas: metadata.topics.get(name)?.partitions[0]?.replicas.length ?? 0,
      configs: Object.fromEntries((configs?.configs ?? []).map((c) => [c.name, c.value])),
    }
  } finally {
    await admin.close()
  }
}

describe('creating a topic', () => {
  it('creates it with its configs on the brokers', async () => {
    const res = await send('POST', url(), {
      topicName: topic,
      partitionNum: 3,
      replicationFactor: 3,
      otherConfigs: { 'retention.ms': '3600000', 'max.message.bytes': '2097152' },
    })
    expect(res.statusCode, res.body).toBe(201)
    expect(await brokerView(topic)).toEqual({
      partitions: 3,
      replicas: 3,
      configs: { 'retention.ms': '3600000', 'max.message.bytes': '2097152' },
    })
  })

  it('lists it at once with its figures, found by a fuzzy search', async () => {
    const res = await get(`${url()}?topicName=${encodeURIComponent(`ORDERS.${run}`)}`)
    expect(res.statusCode).toBe(200)
    expect(res.json().topics).toEqual([
      {
        topicName: topic,
        internal: false,
        partitionNum: 3,
        replicationFactor: 3,
        underReplicatedPartitions: 0,
        sizeBytes: 0,
        messageNum: 0,
        retentionMs: 3_600_000,
        cleanupPolicy: 'delete',
      },
    ])
  })

  it('checks without creating when asked to validate only', async () => {
    const name = `tp-dry-${run}`
    const res = await send('POST', url(), {
      topicName: name,
      partitionNum: 1,
      replicationFactor: 1,
      validateOnly: true,
    })
    expect(res.statusCode, res.body).toBe(201)
    expect(res.json()).toEqual({ topicName: name, validateOnly: true })
    expect((await get(url(`/${name}`))).statusCode).toBe(404)
  })

  it('puts bad names and out-of-range values on their fields', async () => {
    const badName = await send('POST', url(), { topicName: 'a b', partitionNum: 1, replicationFactor: 1 })
    expect(badName.statusCode).toBe(400)
    expect(badName.json().fields).toHaveProperty('topicName')

    const tooMany = await send('POST', url(), {
      topicName: `tp-many-${run}`,
      partitionNum: 501,
      replicationFactor: 1,
    })
    expect(tooMany.statusCode).toBe(400)
    expect(tooMany.json()).toMatchObject({
      code: 'TOPIC_PARTITION_ILLEGAL',
      fields: { partitionNum: expect.any(String) },
    })

    const rf = await send('POST', url(), { topicName: `tp-rf-${run}`, partitionNum: 1, replicationFactor: 4 })
    expect(rf.json()).toMatchObject({
      code: 'TOPIC_REPLICATION_FACTOR_LIMIT_EXCEEDED_ERROR',
      fields: { replicationFactor: expect.stringContaining('3 live broker') },
    })

    const range = await send('POST', url(), {
      topicName: `tp-range-${run}`,
      partitionNum: 1,
      replicationFactor: 1,
      otherConfigs: { 'retention.ms': '0', 'message.timestamp.type': 'Now' },
    })
    expect(range.statusCode).toBe(400)
    expect(Object.keys(range.json().fields).sort()).toEqual([
      'otherConfigs.message.timestamp.type',
      'otherConfigs.retention.ms',
    ])

    // Not one of the six: only the brokers can tell it is wrong.
    const brokerSays = await send('POST', url(), {
      topicName: `tp-broker-${run}`,
      partitionNum: 1,
      replicationFactor: 1,
      otherConfigs: { 'segment.bytes': 'lots' },
    })
    expect(brokerSays.statusCode).toBe(400)
    expect(brokerSays.json().fields['otherConfigs.segment.bytes']).toMatch(/segment.bytes/)
    expect((await get(url(`/tp-broker-${run}`))).statusCode).toBe(404)
  })

  it('refuses a name that exists, or collides once "." and "_" are equal', async () => {
    const same = await send('POST', url(), { topicName: topic, partitionNum: 1, replicationFactor: 1 })
    expect(same.statusCode).toBe(409)
    expect(same.json()).toMatchObject({
      code: 'TOPIC_ALREADY_EXIST',
      fields: { topicName: expect.any(String) },
    })

    const twin = topic.replaceAll('.', '_')
    const similar = await get(`${url()}?similarTo=${twin}`)
    expect(similar.json().topics.map((x: { topicName: string }) => x.topicName)).toEqual([topic])
    const collides = await send('POST', url(), { topicName: twin, partitionNum: 1, replicationFactor: 1 })
    expect(collides.statusCode).toBe(400)
    expect(collides.json().fields.topicName).toMatch(/collides/)
  })
})

describe('a topic with messages', () => {
  const group = `tp-reader-${run}`

  beforeAll(async () => {
    await produce(bootstrap, topic, 3, 4, Date.now() - 60_000)
  })

  it('counts its messages per partition with offsets and the last write time', async () => {
    // The high watermark moves once the followers have the records, a moment after the producer's ack.
    const total = async () => (await get(url(`/${topic}`))).json().topic.messageNum
    await expect.poll(total).toBe(12)
    const res = await get(url(`/${topic}/partitions/statuses?pageNo=1&pageSize=2`))
    expect(res.statusCode).toBe(200)
    const page = res.json()
    expect(page.total).toBe(3)
    expect(page.partitions).toHaveLength(2)
    for (const p of page.partitions) {
      expect(p).toMatchObject({ minOffset: 0, maxOffset: 4, messageNum: 4 })
      expect(p.replicas).toHaveLength(3)
      expect(p.inSyncReplicas.sort()).toEqual([...p.replicas].sort())
      expect(Date.parse(p.lastUpdateTime)).toBeGreaterThan(Date.now() - 120_000)
    }
    const last = (await get(url(`/${topic}/partitions/statuses?pageNo=2&pageSize=2`))).json()
    expect(last.partitions.map((p: { partitionId: number }) => p.partitionId)).toEqual([2])
  })

  it('shows the topic’s balance and totals', async () => {
    const detail = (await get(url(`/${topic}`))).json().topic
    expect(detail).toMatchObject({
      partitionNum: 3,
      replicationFactor: 3,
      brokersSpread: 100,
      brokersSkewed: 0,
      underReplicated: 0,
      messageNum: 12,
    })
    expect(detail.sizeBytes).toBeGreaterThan(0)
  })

  it('lists the groups reading it with their lag', async () => {
    const consumer = await consumeAndCommit(bootstrap, group, topic, 12)
    try {
      const res = await get(url(`/${topic}/consumer-groups`))
      expect(res.json().groups).toContainEqual(expect.objectContaining({ groupName: group, lag: 0 }))
    } finally {
      await consumer.stop()
    }
  })

  it('deletes records before an offset, per partition', async () => {
    const res = await send('POST', url(`/${topic}/delete-records`), {
      partitions: [
        { partitionId: 0, offset: 3 },
        { partitionId: 1, offset: -1 },
      ],
    })
    expect(res.statusCode, res.body).toBe(200)
    expect(res.json().partitions).toEqual([
      { partitionId: 0, lowWatermark: 3 },
      { partitionId: 1, lowWatermark: 4 },
    ])
    const partitions = (await get(url(`/${topic}/partitions/statuses`))).json().partitions
    expect(partitions.map((p: { messageNum: number }) => p.messageNum)).toEqual([1, 0, 4])

    const beyond = await send('POST', url(`/${topic}/delete-records`), {
      partitions: [{ partitionId: 7, offset: 1 }],
    })
    expect(beyond.statusCode).toBe(404)
    expect(beyond.json().code).toBe('TOPIC_PARTITION_NOT_EXIST')
  })
})

describe('changing a topic', () => {
  it('increases partitions, and refuses to decrease them', async () => {
    const grow = await send('PUT', url(`/${topic}`), { partitionNum: 5 })
    expect(grow.statusCode, grow.body).toBe(200)
    expect((await brokerView(topic)).partitions).toBe(5)
    expect((await get(url(`/${topic}`))).json().topic.partitionNum).toBe(5)

    const shrink = await send('PUT', url(`/${topic}`), { partitionNum: 2 })
    expect(shrink.statusCode).toBe(400)
    expect(shrink.json()).toMatchObject({
      code: 'TOPIC_REDUCE_PARTITION_IS_NOT_ALLOWED',
      fields: { partitionNum: expect.any(String) },
    })
  })

  it('edits a config with an incremental alter, keeping the others, and can remove it again', async () => {
    const res = await send('PUT', url(`/${topic}`), { otherConfigs: { 'retention.ms': '7200000' } })
    expect(res.statusCode, res.body).toBe(200)
    expect((await brokerView(topic)).configs).toEqual({
      'retention.ms': '7200000',
      'max.message.bytes': '2097152',
    })

    const configs = (await get(url(`/${topic}/configs`))).json().configs
    expect(configs.find((c: { name: string }) => c.name === 'retention.ms')).toMatchObject({
      value: '7200000',
      source: 'DYNAMIC_TOPIC',
      readOnly: false,
      sensitive: false,
    })
    expect(configs.find((c: { name: string }) => c.name === 'segment.bytes')).toMatchObject({
      source: 'DEFAULT',
    })

    await send('PUT', url(`/${topic}`), { otherConfigs: { 'retention.ms': null } })
    expect((await brokerView(topic)).configs['retention.ms']).toBe('604800000')
  })

  it('rejects a bad config on its field and changes nothing', async () => {
    const res = await send('PUT', url(`/${topic}`), {
      partitionNum: 6,
      otherConfigs: { 'min.insync.replicas': '2', 'segment.bytes': '-5' },
    })
    expect(res.statusCode).toBe(400)
    expect(res.json().fields).toHaveProperty(['otherConfigs.segment.bytes'])
    const view = await brokerView(topic)
    expect(view.partitions).toBe(5)
  })

  it('refuses every change while the cluster is not ACTIVE', async () => {
    await t.db
      .updateTable('clusters')
      .set({ state: 'SUSPENDED' })
      .where('cluster_id', '=', clusterId)
      .execute()
    try {
      for (const res of [
        await send('POST', url(), { topicName: `tp-x-${run}`, partitionNum: 1, replicationFactor: 1 }),
        await send('PUT', url(`/${topic}`), { partitionNum: 9 }),
        await send('DELETE', url(`/${topic}`)),
        await send('POST', url(`/${topic}/delete-records`), { partitions: [{ partitionId: 0, offset: -1 }] }),
      ]) {
        expect(res.statusCode).toBe(409)
        expect(res.json().code).toBe('CLUSTER_NOT_ACTIVE')
      }
    } finally {
      await t.db
        .updateTable('clusters')
        .set({ state: 'ACTIVE' })
        .where('cluster_id', '=', clusterId)
        .execute()
    }
  })
})

describe('deleting a topic', () => {
  it('deletes it from the brokers and the list', async () => {
    const res = await send('DELETE', url(`/${topic}`))
    expect(res.statusCode, res.body).toBe(200)
    const gone = await get(url(`/${topic}`))
    expect(gone.json().code, gone.body).toBe('TOPIC_NOT_EXIST')
    expect((await get(`${url()}?topicName=${topic}`)).json().total).toBe(0)
    const again = await send('DELETE', url(`/${topic}`))
    expect(again.statusCode).toBe(404)
  })

  it('keeps internal topics out of the list unless asked, and refuses to delete them', async () => {
    const shown = (await get(`${url()}?includeInternal=true&topicName=__consumer_offsets`)).json()
    expect(shown.topics).toEqual([
      expect.objectContaining({ topicName: '__consumer_offsets', internal: true }),
    ])
    expect((await get(`${url()}?topicName=__consumer_offsets`)).json().total).toBe(0)
    const res = await send('DELETE', url('/__consumer_offsets'))
    expect(res.statusCode).toBe(400)
  })
})
