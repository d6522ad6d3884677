import { type AlarmRecord, alarmHistoryRepository } from '../../store/alarm-history-repository.ts'
import { alarmPoliciesRepository, type EvaluatedPolicy } from '../../store/alarm-policies-repository.ts'
import type { ClustersRepository } from '../../store/clusters-repository.ts'
import type { Db } from '../../store/database.ts'
import { sortableId } from '../../store/sortable-id.ts'
import { evaluateCondition } from './alarm-condition.ts'
import type { ChannelRecipients } from './channel-recipients.ts'
import { latestValue, type QueryMetric } from './latest-value.ts'
import { alarmBody } from './webhook-body.ts'
import type { WebhookNotifier } from './webhook-notifier.ts'

export interface AlarmEvaluatorDeps {
  db: Db
  clusters: ClustersRepository
  query: QueryMetric
  recipients: ChannelRecipients
  notifier: WebhookNotifier
  log: { error(obj: unknown, msg: string): void }
  /** How far back a point still counts as the metric's present value. */
  lookbackMs: number
  clock?: () => number
}

/**
 * Evaluates enabled policies against the metrics' newest values, keeps each policy's standing in the store,
 * opens and closes alarm records and notifies the policies' channels of both. Evaluations and policy changes
 * run one at a time, so a change never lands between an evaluation's read and its write.
 */
export function alarmEvaluator({
  db,
  clusters,
  query,
  recipients,
  notifier,
  log,
  lookbackMs,
  clock = Date.now,
}: AlarmEvaluatorDeps) {
  let queue: Promise<unknown> = Promise.resolve()

  function exclusive<T>(work: () => Promise<T>): Promise<T> {
    const result = queue.then(work)
    queue = result.catch(() => {})
    return result
  }

  async function notify(alarm: AlarmRecord, policy: EvaluatedPolicy) {
    const cluster = await clusters.get(alarm.clusterId)
    notifier.send(await recipients(policy.channelIds), alarmBody(alarm, policy.scope, cluster?.name ?? null))
  }

  async function readValue(policy: EvaluatedPolicy, now: number): Promise<number | null> {
    try {
      return await latestValue(query, policy, now, lookbackMs)
    } catch (err) {
      log.error(err, `Alarm policy ${policy.name}: reading ${policy.metric} failed`)
      return null
    }
  }

  async function evaluateOne(policy: EvaluatedPolicy, now: number) {
    const value = await readValue(policy, now)
    const nowIso = new Date(now).toISOString()
    const pendingSince = policy.pendingSince === null ? null : Date.parse(policy.pendingSince)
    const change = await db.transaction().execute(async (trx) => {
      const history = alarmHistoryRepository(trx)
      const open = await history.open(policy.policyId)
      const step = evaluateCondition(policy, { pendingSince, open: open !== undefined }, value, now)
      await alarmPoliciesRepository(trx).saveStanding(policy.policyId, {
        state: step.state,
        lastValue: value,
        lastEvaluated: nowIso,
        pendingSince: step.pendingSince === null ? null : new Date(step.pendingSince).toISOString(),
      })
      if (step.transition === 'FIRE' && value !== null) {
        const fired: AlarmRecord = {
          alarmId: sortableId(now),
          policyId: policy.policyId,
          policyName: policy.name,
          clusterId: policy.clusterId,
          metric: policy.metric,
          severity: policy.severity,
          state: 'FIRING',
          firedValue: value,
          resolvedValue: null,
          threshold: policy.threshold,
          comparator: policy.comparator,
          firedTime: nowIso,
          resolvedTime: null,
        }
        await history.insert(fired)
        return fired
      }
      if (step.transition === 'RESOLVE' && open) {
        await history.resolve(open.alarmId, value, nowIso)
        return { ...open, state: 'RESOLVED' as const, resolvedValue: value, resolvedTime: nowIso }
      }
      return null
    })
    if (change) await notify(change, policy)
  }

  return {
    exclusive,

    /** One evaluation of every enabled policy; a policy that fails does not stop the rest. */
    evaluate(): Promise<void> {
      return exclusive(async () => {
        const now = clock()
        for (const policy of await alarmPoliciesRepository(db).enabled()) {
          await evaluateOne(policy, now).catch((err) =>
            log.error(err, `Alarm policy ${policy.name}: evaluation failed`),
          )
        }
      })
    },

    /**
     * Resolves the policy's open alarm, if any, with the last value it saw, and notifies its channels: a
     * deleted or disabled policy would otherwise leave its receivers an alarm that never ends. Call within
     * `exclusive`.
     */
    async resolveOpen(policy: EvaluatedPolicy) {
      const history = alarmHistoryRepository(db)
      const open = await history.open(policy.policyId)
      if (!open) return
      const nowIso = new Date(clock()).toISOString()
      await history.resolve(open.alarmId, policy.lastValue, nowIso)
      await notify(
        { ...open, state: 'RESOLVED', resolvedValue: policy.lastValue, resolvedTime: nowIso },
        policy,
      )
    },
  }
}

export type AlarmEvaluator = ReturnType<typeof alarmEvaluator>
