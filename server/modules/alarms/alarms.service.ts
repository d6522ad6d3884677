import type { z } from 'zod'
import type { ListAlarmHistoryQuerySchema } from '../../../contract/alarms.ts'
import { alarmChannelsRepository } from '../../store/alarm-channels-repository.ts'
import { alarmHistoryRepository } from '../../store/alarm-history-repository.ts'
import type { ClustersRepository } from '../../store/clusters-repository.ts'
import type { Db } from '../../store/database.ts'
import { eventPoliciesRepository } from '../../store/event-policies-repository.ts'
import type { SecretBox } from '../../store/secrets.ts'
import { alarmChannelsService } from './alarm-channels.service.ts'
import { alarmEvaluator } from './alarm-evaluator.ts'
import { alarmPoliciesService } from './alarm-policies.service.ts'
import { channelRecipients } from './channel-recipients.ts'
import { eventForwarder } from './event-forwarder.ts'
import { eventPoliciesService } from './event-policies.service.ts'
import type { QueryMetric } from './latest-value.ts'
import { RETRY_DELAYS_MS, webhookNotifier } from './webhook-notifier.ts'

export interface AlarmsDeps {
  db: Db
  secrets: SecretBox
  clusters: ClustersRepository
  query: QueryMetric
  log: { error(obj: unknown, msg: string): void }
  /** How far back a metric point still counts as its present value: a few collection intervals. */
  lookbackMs: number
  retryDelaysMs?: number[]
  clock?: () => number
}

/** Alarm policies, webhook channels, alarm history and event policies, with the evaluator and the sender. */
export function alarmsService({
  db,
  secrets,
  clusters,
  query,
  log,
  lookbackMs,
  retryDelaysMs = RETRY_DELAYS_MS,
  clock,
}: AlarmsDeps) {
  const channels = alarmChannelsRepository(db)
  const notifier = webhookNotifier({ log, retryDelaysMs })
  const recipients = channelRecipients(channels, secrets)
  const evaluator = alarmEvaluator({ db, clusters, query, recipients, notifier, log, lookbackMs, clock })
  const history = alarmHistoryRepository(db)
  return {
    policies: alarmPoliciesService({ db, clusters, channels, evaluator }),
    channels: alarmChannelsService({ channels, secrets }),
    eventPolicies: eventPoliciesService({ policies: eventPoliciesRepository(db), clusters, channels }),
    history: (q: z.output<typeof ListAlarmHistoryQuerySchema>) => history.page(q),
    /** Run after each metrics collection round: evaluates every enabled policy. */
    evaluate: evaluator.evaluate,
    /** The events repository's listener: forwards each event to the event policies it matches. */
    onEvent: eventForwarder({ policies: eventPoliciesRepository(db), clusters, recipients, notifier, log }),
    /** Lets the evaluation under way finish, then drops the retries still waiting. */
    async close() {
      await evaluator.exclusive(async () => {})
      await notifier.close()
    },
  }
}

export type AlarmsService = ReturnType<typeof alarmsService>
