import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { commitOffsets, createTopic, produce } from '../../test/kafka-clients.ts'
import { startTestApp } from '../../test/test-app.ts'
import { DEFAULT_RETENTION } from '../metrics/metric-query.ts'
import { startWebhookReceiver, type WebhookReceiver } from './webhook-receiver.fixture.ts'

// Rounds every 2 s: each one evaluates the policies.
const INTERVAL_S = 2
const run = Date.now()
const topic = `alarm-lag-${run}`
const group = `alarm-billing-${run}`

let t: Awaited<ReturnType<typeof startTestApp>>
let receiver: WebhookReceiver
let clusterId: string
let bootstrap: string
let channelId: string
let eventPolicyId: string

async function call(method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) {
  const res = await t.app.inject({ method, url, payload })
  if (res.statusCode >= 300) throw new Error(`${method} ${url}: ${res.statusCode} ${res.body}`)
  return res.json()
}

beforeAll(async () => {
  receiver = await startWebhookReceiver()
  t = await startTestApp({ metrics: { intervalSeconds: INTERVAL_S, ...DEFAULT_RETENTION } })
  channelId = (
    await call('POST', '/v2/alarms/channels', {
      name: 'ops',
      type: 'WEBHOOK',
      url: receiver.url,
      token: 'tok-1',
    })
  ).channelId
  // Before the cluster exists: a policy on every cluster hears of its creation.
  eventPolicyId = (
    await call('POST', '/v2/alarms/event-policies', {
      name: 'clusters created',
      clusterId: null,
      eventTypes: ['CLUSTER_CREATE_SUCCEEDED'],
      channelIds: [channelId],
    })
  ).policyId
  // Ferry's own `local` cluster: one real node, as on a first start.
  await t.services.provisionDefault()
  clusterId = (await call('GET', '/v2/clusters')).clusters[0].clusterId
  const { accessEndpoints } = await call('GET', `/v2/clusters/${clusterId}/access-endpoints`)
  bootstrap = accessEndpoints.find(
    (e: { securityProtocol: string }) => e.securityProtocol === 'PLAINTEXT',
  ).endpoints
})
afterAll(async () => {
  await t.services.jobsIdle()
  await t.services.local.shutdown()
  await t.close()
  await receiver.close()
})

describe('notifications to a real webhook receiver', () => {
  it('forward a cluster lifecycle event an event policy matches', async () => {
    const got = await receiver.waitFor((b) => b.kind === 'event')
    expect(got.headers.authorization).toBe('Bearer tok-1')
    expect(got.body).toMatchObject({
      policy: { policyId: eventPolicyId, name: 'clusters created' },
      cluster: { clusterId, name: 'local' },
      event: { clusterId, type: 'CLUSTER_CREATE_SUCCEEDED', level: 'NOTICE' },
      link: `/clusters/${clusterId}/events`,
    })
    // Only the type it names: not the creation's start.
    expect(receiver.received.filter((r) => r.body.kind === 'event')).toHaveLength(1)
  })

  it('report a test as delivered', async () => {
    const result = await call('POST', `/v2/alarms/channels/${channelId}/test`)
    expect(result).toEqual({ delivered: true, status: 200, error: null })
    await receiver.waitFor((b) => b.kind === 'test' && b.channel.channelId === channelId)
  })

  it('fire a lag alarm within a round of the lag crossing its threshold, and resolve it when the lag is gone', async () => {
    await createTopic(bootstrap, topic, 2)
    // A group that has read nothing yet, stopped at the start of an empty topic: no lag.
    await commitOffsets(bootstrap, group, topic, [0, 0])
    const policy = await call('POST', '/v2/alarms/policies', {
      name: 'billing lag',
      clusterId,
      metric: 'group_lag',
      scope: { level: 'group', value: group },
      comparator: 'GT',
      threshold: 50,
      durationSeconds: 0,
      severity: 'CRITICAL',
      channelIds: [channelId],
    })
    await t.services.metrics.collectOnce()
    expect(await call('GET', `/v2/alarms/policies/${policy.policyId}`)).toMatchObject({
      state: 'OK',
      lastValue: 0,
    })

    // 40 records on each partition that the group has not read: a lag of 80.
    await produce(bootstrap, topic, 2, 40)
    const crossed = Date.now()
    const fired = await receiver.waitFor((b) => b.kind === 'alarm' && b.state === 'FIRING')
    expect(Date.now() - crossed).toBeLessThan(INTERVAL_S * 1000 + 3_000)
    expect(fired.body).toMatchObject({
      policy: { policyId: policy.policyId, name: 'billing lag' },
      cluster: { clusterId, name: 'local' },
      metric: 'group_lag',
      scope: { level: 'group', value: group },
      value: 80,
      threshold: 50,
      comparator: 'GT',
      severity: 'CRITICAL',
      resolvedTime: null,
      link: `/clusters/${clusterId}/consumer-groups/${group}`,
    })
    expect(await call('GET', `/v2/alarms/policies/${policy.policyId}`)).toMatchObject({
      state: 'FIRING',
      lastValue: 80,
    })
    const open = await call('GET', `/v2/alarms/history?policyId=${policy.policyId}&state=FIRING`)
    expect(open.alarms).toEqual([
      expect.objectContaining({
        alarmId: fired.body.alarmId,
        firedValue: 80,
        firedTime: fired.body.firedTime,
      }),
    ])

    // The group catches up.
    await commitOffsets(bootstrap, group, topic, [40, 40])
    const resolved = await receiver.waitFor((b) => b.kind === 'alarm' && b.state === 'RESOLVED')
    expect(resolved.body).toMatchObject({
      alarmId: fired.body.alarmId,
      value: 0,
      firedTime: fired.body.firedTime,
    })
    expect(await call('GET', `/v2/alarms/policies/${policy.policyId}`)).toMatchObject({
      state: 'OK',
      lastValue: 0,
    })
    const history = await call('GET', `/v2/alarms/history?clusterId=${clusterId}`)
    expect(history.alarms).toEqual([
      {
        alarmId: fired.body.alarmId,
        policyId: policy.policyId,
        policyName: 'billing lag',
        clusterId,
        metric: 'group_lag',
        severity: 'CRITICAL',
        state: 'RESOLVED',
        firedValue: 80,
        resolvedValue: 0,
        threshold: 50,
        comparator: 'GT',
        firedTime: fired.body.firedTime,
        resolvedTime: resolved.body.resolvedTime,
      },
    ])
    expect(Date.parse(resolved.body.resolvedTime)).toBeGreaterThan(Date.parse(fired.body.firedTime))
    // One FIRING and one RESOLVED, however many rounds ran meanwhile.
    const alarms = receiver.received.filter((r) => r.body.kind === 'alarm').map((r) => r.body.state)
    expect(alarms).toEqual(['FIRING', 'RESOLVED'])
  })
})
