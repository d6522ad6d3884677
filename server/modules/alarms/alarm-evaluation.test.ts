import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { MetricResult } from '../../../contract/metrics.ts'
import { clustersRepository, newStoredCluster } from '../../store/clusters-repository.ts'
import { type Db, openDatabase } from '../../store/database.ts'
import { createSecretBox } from '../../store/secrets.ts'
import { type AlarmsService, alarmsService } from './alarms.service.ts'
import type { QueryMetric } from './latest-value.ts'
import { startWebhookReceiver, type WebhookReceiver } from './webhook-receiver.fixture.ts'

const GROUP = 'billing'
const MINUTE = 60_000

let dir: string
let db: Db
let receiver: WebhookReceiver
let alarms: AlarmsService
let now: number
/** The lag of each partition of the group as the metrics answer it; empty: no data. */
let partitionLags: number[]
const errors: string[] = []
const secrets = createSecretBox(Buffer.alloc(32, 7))

// The metrics module as the evaluator sees it: the group's series, one per partition, the newest point 5 s old.
const query: QueryMetric = async (_clusterId, metric, q): Promise<MetricResult> => ({
  metric,
  unit: 'count',
  step: q.step,
  resolution: 'raw',
  series:
    q.group === GROUP
      ? partitionLags.map((lag, partition) => ({
          labels: { partition: String(partition) },
          points: [
            [now - 35_000, 0],
            [now - 5_000, lag],
          ],
        }))
      : [],
})

function startAlarms() {
  return alarmsService({
    db,
    secrets,
    clusters: clustersRepository(db),
    query,
    log: { error: (_obj, msg) => errors.push(msg) },
    lookbackMs: 2 * MINUTE,
    retryDelaysMs: [50, 50],
    clock: () => now,
  })
}

// Each test on a fresh store, so that no earlier test's policy fires into it.
beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ferry-alarms-'))
  db = await openDatabase(dir)
  await clustersRepository(db).insert(
    newStoredCluster({ clusterId: 'c1', name: 'orders', provider: 'external', state: 'ACTIVE' }),
  )
  receiver = await startWebhookReceiver()
  alarms = startAlarms()
  now = Date.parse('2026-01-01T00:00:00Z')
  partitionLags = [0, 0]
  errors.length = 0
})
afterEach(async () => {
  await alarms.close()
  await receiver.close()
  await db.destroy()
  rmSync(dir, { recursive: true, force: true })
})

async function lagPolicy(durationSeconds: number) {
  const channel = await alarms.channels.create({
    name: 'ops',
    type: 'WEBHOOK',
    url: receiver.url,
    token: 's3cret',
  })
  return alarms.policies.create({
    name: `billing lag ${durationSeconds}s`,
    clusterId: 'c1',
    metric: 'group_lag',
    scope: { level: 'group', value: GROUP },
    comparator: 'GT',
    threshold: 100,
    durationSeconds,
    severity: 'MAJOR',
    channelIds: [channel.channelId],
    enabled: true,
  })
}

/** One evaluation `seconds` after the previous one. */
async function evaluateAfter(seconds: number) {
  now += seconds * 1000
  await alarms.evaluate()
}

const stateOf = async (policyId: string) => (await alarms.policies.get(policyId)).state
const history = async (policyId: string) => (await alarms.history({ policyId, maxKeys: 100 })).alarms
const firing = (body: { kind: string; state: string }) => body.kind === 'alarm' && body.state === 'FIRING'
const resolved = (body: { kind: string; state: string }) => body.kind === 'alarm' && body.state === 'RESOLVED'

describe('an alarm policy', () => {
  it('has no data until evaluated, then compares the sum of the group’s partitions', async () => {
    const policy = await lagPolicy(0)
    expect(policy).toMatchObject({ state: 'NO_DATA', lastValue: null, lastEvaluated: null })
    partitionLags = [30, 40]
    await evaluateAfter(30)
    expect(await alarms.policies.get(policy.policyId)).toMatchObject({
      state: 'OK',
      lastValue: 70,
      lastEvaluated: new Date(now).toISOString(),
    })
  })

  it('with no duration fires at the first evaluation over the threshold, and resolves when back under', async () => {
    const policy = await lagPolicy(0)
    partitionLags = [150, 50]
    await evaluateAfter(30)
    expect(await stateOf(policy.policyId)).toBe('FIRING')
    const fired = await receiver.waitFor(firing)
    expect(fired.headers.authorization).toBe('Bearer s3cret')
    expect(fired.body).toMatchObject({
      policy: { policyId: policy.policyId, name: policy.name },
      cluster: { clusterId: 'c1', name: 'orders' },
      metric: 'group_lag',
      scope: { level: 'group', value: GROUP },
      value: 200,
      threshold: 100,
      comparator: 'GT',
      severity: 'MAJOR',
      firedTime: new Date(now).toISOString(),
      resolvedTime: null,
    })
    const firedTime = new Date(now).toISOString()

    partitionLags = [0, 0]
    await evaluateAfter(30)
    expect(await stateOf(policy.policyId)).toBe('OK')
    const done = await receiver.waitFor(resolved)
    expect(done.body).toMatchObject({ value: 0, firedTime, resolvedTime: new Date(now).toISOString() })
    expect(await history(policy.policyId)).toEqual([
      expect.objectContaining({
        state: 'RESOLVED',
        firedValue: 200,
        resolvedValue: 0,
        firedTime,
        resolvedTime: new Date(now).toISOString(),
      }),
    ])
  })

  it('fires only once the condition has held for its duration, counted afresh after a dip', async () => {
    const policy = await lagPolicy(60)
    partitionLags = [500, 0]
    await evaluateAfter(30)
    await evaluateAfter(30)
    partitionLags = [50, 0]
    await evaluateAfter(30)
    partitionLags = [500, 0]
    await evaluateAfter(30)
    await evaluateAfter(30)
    expect(await stateOf(policy.policyId)).toBe('OK')
    expect(await history(policy.policyId)).toEqual([])
    await evaluateAfter(30)
    expect(await stateOf(policy.policyId)).toBe('FIRING')
    expect(await history(policy.policyId)).toEqual([
      expect.objectContaining({ state: 'FIRING', firedValue: 500, firedTime: new Date(now).toISOString() }),
    ])
    // Holding on notifies no one again.
    await evaluateAfter(30)
    await receiver.waitFor(firing)
    expect(receiver.received).toHaveLength(1)
  })

  it('without data is NO_DATA and keeps its open alarm, neither firing again nor resolving', async () => {
    const policy = await lagPolicy(0)
    partitionLags = [300]
    await evaluateAfter(30)
    await receiver.waitFor(firing)
    partitionLags = []
    await evaluateAfter(30)
    expect(await alarms.policies.get(policy.policyId)).toMatchObject({ state: 'NO_DATA', lastValue: null })
    expect(await history(policy.policyId)).toEqual([expect.objectContaining({ state: 'FIRING' })])
    partitionLags = [400]
    await evaluateAfter(30)
    expect(await stateOf(policy.policyId)).toBe('FIRING')
    expect(await history(policy.policyId)).toHaveLength(1)
    expect(receiver.received).toHaveLength(1)
  })

  it('after a restart neither fires again nor forgets its open alarm', async () => {
    const policy = await lagPolicy(0)
    partitionLags = [300]
    await evaluateAfter(30)
    await receiver.waitFor(firing)
    await alarms.close()
    alarms = startAlarms()
    await evaluateAfter(30)
    expect(await stateOf(policy.policyId)).toBe('FIRING')
    partitionLags = [0]
    await evaluateAfter(30)
    await receiver.waitFor(resolved)
    expect(receiver.received.map((r) => r.body.state)).toEqual(['FIRING', 'RESOLVED'])
    expect(await history(policy.policyId)).toEqual([expect.objectContaining({ state: 'RESOLVED' })])
  })

  it('resolves its open alarm when deleted, and its history stays', async () => {
    const policy = await lagPolicy(0)
    partitionLags = [300]
    await evaluateAfter(30)
    await alarms.policies.delete(policy.policyId)
    const done = await receiver.waitFor(resolved)
    expect(done.body).toMatchObject({ value: 300, policy: { policyId: policy.policyId } })
    expect(await history(policy.policyId)).toEqual([
      expect.objectContaining({ state: 'RESOLVED', resolvedValue: 300 }),
    ])
  })

  it('tries a failing channel again without holding up evaluation, and logs each failure', async () => {
    const policy = await lagPolicy(0)
    receiver.answer(500, 503)
    partitionLags = [300]
    await evaluateAfter(30)
    expect(await stateOf(policy.policyId)).toBe('FIRING')
    await receiver.waitFor(firing)
    for (const start = Date.now(); receiver.received.length < 3 && Date.now() - start < 5_000; )
      await new Promise((resolve) => setTimeout(resolve, 20))
    expect(receiver.received.map((r) => r.body.state)).toEqual(['FIRING', 'FIRING', 'FIRING'])
    expect(errors).toEqual([
      'Webhook ops failed (HTTP 500); trying again in 0.05 s.',
      'Webhook ops failed (HTTP 503); trying again in 0.05 s.',
    ])
  })
})
