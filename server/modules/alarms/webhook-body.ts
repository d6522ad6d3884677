import type { z } from 'zod'
import type { AlarmRecordSchema } from '../../../contract/alarms.ts'
import type { ClusterEvent } from '../../../contract/events.ts'
import { metricDefinition } from '../../../contract/metrics.ts'
import { type AlarmScope, consolePath } from './alarm-scope.ts'

type AlarmRecord = z.infer<typeof AlarmRecordSchema>

/** The JSON bodies Ferry POSTs to webhooks; the README's "Alarm webhooks" section documents them. */

const SIGNS = { GT: '>', GTE: '≥', LT: '<', LTE: '≤' } as const

function scopeText(scope: AlarmScope): string {
  return scope.level === 'cluster' ? 'the cluster' : `${scope.level} ${scope.value}`
}

/** An alarm that fired or resolved; `value` is the one that fired it, or the last seen before it resolved. */
export function alarmBody(alarm: AlarmRecord, scope: AlarmScope, clusterName: string | null) {
  const value = alarm.state === 'FIRING' ? alarm.firedValue : alarm.resolvedValue
  const condition = `${alarm.metric} of ${scopeText(scope)} is ${value ?? 'unknown'}`
  return {
    kind: 'alarm' as const,
    // Chat webhooks (Slack, Mattermost) show `text`; other receivers read the fields.
    text:
      `[${alarm.severity}] ${alarm.state}: ${alarm.policyName} on ${clusterName ?? alarm.clusterId} — ` +
      `${condition} (threshold ${SIGNS[alarm.comparator]} ${alarm.threshold})`,
    state: alarm.state,
    alarmId: alarm.alarmId,
    policy: { policyId: alarm.policyId, name: alarm.policyName },
    cluster: { clusterId: alarm.clusterId, name: clusterName },
    metric: alarm.metric,
    unit: metricDefinition(alarm.metric)?.unit ?? null,
    scope,
    value,
    threshold: alarm.threshold,
    comparator: alarm.comparator,
    severity: alarm.severity,
    firedTime: alarm.firedTime,
    resolvedTime: alarm.resolvedTime,
    link: consolePath(alarm.clusterId, scope),
  }
}

/** A lifecycle event an event policy forwards. */
export function eventBody(
  event: ClusterEvent,
  policy: { policyId: string; name: string },
  clusterName: string | null,
) {
  return {
    kind: 'event' as const,
    text: `[${event.level}] ${event.type} on ${clusterName ?? event.clusterId}: ${event.message}`,
    policy: { policyId: policy.policyId, name: policy.name },
    cluster: { clusterId: event.clusterId, name: clusterName },
    event,
    link: `/clusters/${encodeURIComponent(event.clusterId)}/events`,
  }
}

/** What "Send test" posts. */
export function testBody(channel: { channelId: string; name: string }, now: Date) {
  return {
    kind: 'test' as const,
    text: `Ferry test notification for channel ${channel.name}.`,
    channel,
    time: now.toISOString(),
  }
}
