import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { clustersRepository, newStoredCluster } from '../../store/clusters-repository.ts'
import { eventsRepository } from '../../store/events-repository.ts'
import { startTestApp } from '../../test/test-app.ts'
import { startWebhookReceiver, type WebhookReceiver } from './webhook-receiver.fixture.ts'

let t: Awaited<ReturnType<typeof startTestApp>>
let receiver: WebhookReceiver
const CLUSTER = 'alarm-routes-cluster'

beforeAll(async () => {
  t = await startTestApp()
  receiver = await startWebhookReceiver()
  // The routes only need the cluster to exist in the store; no broker is asked anything.
  await clustersRepository(t.db).insert(
    newStoredCluster({ clusterId: CLUSTER, name: 'orders', provider: 'external', state: 'ACTIVE' }),
  )
})
afterAll(async () => {
  await receiver.close()
  await t.close()
})

const call = (method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, payload?: object) =>
  t.app.inject({ method, url: `/v2/alarms${url}`, payload })

async function createChannel(body: object = {}) {
  const res = await call('POST', '/channels', { name: 'ops', type: 'WEBHOOK', url: receiver.url, ...body })
  expect(res.statusCode).toBe(201)
  return res.json()
}

const lagPolicy = (overrides: object = {}) => ({
  name: 'billing lag',
  clusterId: CLUSTER,
  metric: 'group_lag',
  scope: { level: 'group', value: 'billing' },
  comparator: 'GT',
  threshold: 1000,
  durationSeconds: 60,
  severity: 'MAJOR',
  ...overrides,
})

describe('webhook channels', () => {
  it('keep their token sealed and never return it, and keep it when a change leaves it out', async () => {
    const channel = await createChannel({ token: 'hunter2' })
    expect(channel).toEqual({
      channelId: expect.any(String),
      name: 'ops',
      type: 'WEBHOOK',
      url: receiver.url,
      hasToken: true,
      createTime: expect.any(String),
    })
    const row = await t.db
      .selectFrom('alarm_channels')
      .selectAll()
      .where('channel_id', '=', channel.channelId)
      .executeTakeFirstOrThrow()
    expect(row.token_sealed).not.toContain('hunter2')

    const renamed = await call('PUT', `/channels/${channel.channelId}`, {
      name: 'on-call',
      type: 'WEBHOOK',
      url: receiver.url,
    })
    expect(renamed.json()).toMatchObject({ name: 'on-call', hasToken: true })
    const listed = (await call('GET', '/channels')).json().channels
    expect(listed).toContainEqual(expect.objectContaining({ channelId: channel.channelId, name: 'on-call' }))
    expect(JSON.stringify(listed)).not.toContain('hunter2')

    const tested = await call('POST', `/channels/${channel.channelId}/test`)
    expect(tested.json()).toEqual({ delivered: true, status: 200, error: null })
    const got = await receiver.waitFor((b) => b.kind === 'test' && b.channel.channelId === channel.channelId)
    expect(got.headers.authorization).toBe('Bearer hunter2')
    expect(got.body.channel.name).toBe('on-call')
  })

  it('refuse a URL that is not http(s)', async () => {
    const res = await call('POST', '/channels', { name: 'x', type: 'WEBHOOK', url: 'ftp://example.com/' })
    expect(res.statusCode).toBe(400)
    expect(res.json().fields).toHaveProperty('url')
  })

  it('report what the receiver answered to a test: its status, a refused connection', async () => {
    const channel = await createChannel()
    receiver.answer(500)
    const failed = await call('POST', `/channels/${channel.channelId}/test`)
    expect(failed.json()).toEqual({ delivered: false, status: 500, error: null })

    const closed = await startWebhookReceiver()
    await closed.close()
    const nowhere = await createChannel({ url: closed.url })
    const refused = await call('POST', `/channels/${nowhere.channelId}/test`)
    expect(refused.json()).toEqual({ delivered: false, status: null, error: 'Connection refused.' })
  })

  it('report a receiver that does not answer within 5 s', async () => {
    const hung = await startWebhookReceiver()
    hung.hang()
    try {
      const channel = await createChannel({ url: hung.url })
      const started = Date.now()
      const res = await call('POST', `/channels/${channel.channelId}/test`)
      expect(res.json()).toEqual({ delivered: false, status: null, error: 'No answer within 5 s.' })
      expect(Date.now() - started).toBeGreaterThanOrEqual(4_900)
    } finally {
      await hung.close()
    }
  })

  it('are 404 when unknown', async () => {
    expect((await call('POST', '/channels/nope/test')).statusCode).toBe(404)
    expect((await call('DELETE', '/channels/nope')).json()).toMatchObject({ code: 'NOT_FOUND' })
  })
})

describe('alarm policies', () => {
  it('are created with no data yet, read, listed by cluster and changed', async () => {
    const channel = await createChannel()
    const res = await call('POST', '/policies', lagPolicy({ channelIds: [channel.channelId] }))
    expect(res.statusCode).toBe(201)
    const policy = res.json()
    expect(policy).toMatchObject({
      ...lagPolicy(),
      channelIds: [channel.channelId],
      enabled: true,
      state: 'NO_DATA',
      lastValue: null,
      lastEvaluated: null,
    })
    expect((await call('GET', `/policies/${policy.policyId}`)).json()).toEqual(policy)
    const listed = (await call('GET', `/policies?clusterId=${CLUSTER}&state=NO_DATA`)).json()
    expect(listed.policies.map((p: { policyId: string }) => p.policyId)).toContain(policy.policyId)
    expect((await call('GET', '/policies?clusterId=another')).json().policies).toEqual([])

    const changed = await call(
      'PUT',
      `/policies/${policy.policyId}`,
      lagPolicy({ threshold: 5, enabled: false }),
    )
    expect(changed.json()).toMatchObject({ threshold: 5, enabled: false, channelIds: [], state: 'NO_DATA' })
  })

  it('page newest first', async () => {
    const first = (await call('POST', '/policies', lagPolicy({ name: 'first' }))).json()
    const second = (await call('POST', '/policies', lagPolicy({ name: 'second' }))).json()
    const page = (await call('GET', '/policies?maxKeys=1')).json()
    expect(page).toMatchObject({ isTruncated: true, policies: [{ policyId: second.policyId }] })
    const next = (await call('GET', `/policies?maxKeys=1&marker=${page.nextMarker}`)).json()
    expect(next.policies).toEqual([expect.objectContaining({ policyId: first.policyId })])
  })

  it('refuse a cluster that does not exist', async () => {
    const res = await call('POST', '/policies', lagPolicy({ clusterId: 'no-such-cluster' }))
    expect(res.statusCode).toBe(404)
    expect(res.json()).toMatchObject({ code: 'CLUSTER_NOT_FOUND' })
  })

  it('refuse a scope level the metric has no label for, on that field', async () => {
    const res = await call('POST', '/policies', lagPolicy({ metric: 'bytes_in' }))
    expect(res.statusCode).toBe(400)
    expect(res.json()).toMatchObject({
      code: 'ERROR_PARAMS',
      fields: { 'scope.level': 'bytes_in has no group label: watch it over cluster, node, topic.' },
    })
  })

  it('refuse a channel that does not exist, on channelIds', async () => {
    const res = await call('POST', '/policies', lagPolicy({ channelIds: ['gone'] }))
    expect(res.statusCode).toBe(400)
    expect(res.json().fields).toEqual({ channelIds: 'No channel with ID gone.' })
  })

  it('refuse a value for the whole cluster, and an unknown metric', async () => {
    const scoped = await call('POST', '/policies', lagPolicy({ scope: { level: 'cluster', value: 'x' } }))
    expect(scoped.statusCode).toBe(400)
    expect(scoped.json().fields).toHaveProperty(['scope.value'])
    const unknown = await call('POST', '/policies', lagPolicy({ metric: 'coffee_level' }))
    expect(unknown.json().fields).toHaveProperty('metric')
  })

  it('are deleted, and stop notifying a deleted channel', async () => {
    const channel = await createChannel()
    const kept = await createChannel()
    const policy = (
      await call('POST', '/policies', lagPolicy({ channelIds: [channel.channelId, kept.channelId] }))
    ).json()
    expect((await call('DELETE', `/channels/${channel.channelId}`)).statusCode).toBe(204)
    expect((await call('GET', `/policies/${policy.policyId}`)).json().channelIds).toEqual([kept.channelId])
    expect((await call('DELETE', `/policies/${policy.policyId}`)).statusCode).toBe(204)
    expect((await call('GET', `/policies/${policy.policyId}`)).json()).toMatchObject({ code: 'NOT_FOUND' })
  })
})

describe('alarm history', () => {
  it('is empty before anything fired, and filters by cluster', async () => {
    expect((await call('GET', `/history?clusterId=${CLUSTER}`)).json()).toEqual({
      alarms: [],
      marker: null,
      maxKeys: 100,
      isTruncated: false,
      nextMarker: null,
    })
  })
})

describe('event policies', () => {
  it('forward the events they match by cluster, level and type to their channels', async () => {
    const channel = await createChannel()
    const res = await call('POST', '/event-policies', {
      name: 'faults of orders',
      clusterId: CLUSTER,
      levels: ['FAULT'],
      channelIds: [channel.channelId],
    })
    expect(res.statusCode).toBe(201)
    const policy = res.json()
    expect(policy).toMatchObject({ clusterId: CLUSTER, levels: ['FAULT'], eventTypes: [], enabled: true })
    // Events recorded as the job runner records them, with the alarms' listener the services attach.
    const events = eventsRepository(t.db, { onRecord: t.services.alarms.onEvent })
    await events.record({ clusterId: CLUSTER, type: 'CLUSTER_STOP_STARTED', message: 'a notice' })
    await events.record({
      clusterId: 'elsewhere',
      type: 'CLUSTER_STOP_SUCCEEDED',
      message: 'another cluster',
    })
    await events.record({ clusterId: CLUSTER, type: 'CLUSTER_STOP_SUCCEEDED', message: 'the fault' })
    const got = await receiver.waitFor((b) => b.kind === 'event' && b.policy.policyId === policy.policyId)
    expect(got.body).toMatchObject({
      cluster: { clusterId: CLUSTER, name: 'orders' },
      event: { clusterId: CLUSTER, level: 'FAULT', type: 'CLUSTER_STOP_SUCCEEDED', message: 'the fault' },
    })
    await new Promise((resolve) => setTimeout(resolve, 300))
    const forwarded = receiver.received.filter((r) => r.body.policy?.policyId === policy.policyId)
    expect(forwarded.map((r) => r.body.event.message)).toEqual(['the fault'])
  })

  it('are listed, changed, refused with an unknown cluster or channel, and deleted', async () => {
    const channel = await createChannel()
    const body = { name: 'everything', clusterId: null, channelIds: [channel.channelId] }
    const policy = (await call('POST', '/event-policies', body)).json()
    expect((await call('GET', '/event-policies')).json().policies).toContainEqual(policy)
    const changed = await call('PUT', `/event-policies/${policy.policyId}`, {
      ...body,
      eventTypes: ['CLUSTER_CREATE_FAILED'],
    })
    expect(changed.json()).toMatchObject({ eventTypes: ['CLUSTER_CREATE_FAILED'] })
    const noCluster = await call('POST', '/event-policies', { ...body, clusterId: 'nope' })
    expect(noCluster.json()).toMatchObject({ code: 'CLUSTER_NOT_FOUND' })
    const noChannel = await call('POST', '/event-policies', { ...body, channelIds: ['gone'] })
    expect(noChannel.json().fields).toEqual({ channelIds: 'No channel with ID gone.' })
    const none = await call('POST', '/event-policies', { ...body, channelIds: [] })
    expect(none.json().fields).toEqual({ channelIds: 'Choose at least one channel.' })
    expect((await call('DELETE', `/event-policies/${policy.policyId}`)).statusCode).toBe(204)
    expect((await call('DELETE', `/event-policies/${policy.policyId}`)).statusCode).toBe(404)
  })

  it('go when their only channel is deleted', async () => {
    const channel = await createChannel()
    const policy = (
      await call('POST', '/event-policies', {
        name: 'lonely',
        clusterId: null,
        channelIds: [channel.channelId],
      })
    ).json()
    await call('DELETE', `/channels/${channel.channelId}`)
    const left = (await call('GET', '/event-policies')).json().policies
    expect(left.map((p: { policyId: string }) => p.policyId)).not.toContain(policy.policyId)
  })
})

describe('the API reference', () => {
  it('documents the alarm routes', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/v2/openapi.json' })
    expect(res.statusCode).toBe(200)
    expect(Object.keys(res.json().paths)).toEqual(
      expect.arrayContaining([
        '/v2/alarms/policies/{policyId}',
        '/v2/alarms/channels/{channelId}/test',
        '/v2/alarms/history',
        '/v2/alarms/event-policies/{policyId}',
      ]),
    )
  })
})
