import type { z } from 'zod'
import type { AlarmStateSchema, Comparator } from '../../../contract/alarms.ts'

function holds(value: number, comparator: Comparator, threshold: number): boolean {
  switch (comparator) {
    case 'GT':
      return value > threshold
    case 'GTE':
      return value >= threshold
    case 'LT':
      return value < threshold
    case 'LTE':
      return value <= threshold
  }
}

export interface Condition {
  comparator: Comparator
  threshold: number
  durationSeconds: number
}

export interface Standing {
  /** Epoch ms since the condition has held without firing yet; null when it does not hold. */
  pendingSince: number | null
  /** Whether the policy has an alarm that has fired and not resolved. */
  open: boolean
}

export interface Step {
  state: z.infer<typeof AlarmStateSchema>
  pendingSince: number | null
  /** FIRE opens an alarm, RESOLVE closes the open one; null changes no alarm. */
  transition: 'FIRE' | 'RESOLVE' | null
}

/**
 * One evaluation of a policy: `value` is what the metric shows now over the policy's scope, null without data.
 * Missing data neither fires nor resolves: a stopped cluster has not fixed its lag, it has only gone quiet.
 */
export function evaluateCondition(
  condition: Condition,
  standing: Standing,
  value: number | null,
  now: number,
): Step {
  if (value === null) return { state: 'NO_DATA', pendingSince: null, transition: null }
  if (!holds(value, condition.comparator, condition.threshold))
    return { state: 'OK', pendingSince: null, transition: standing.open ? 'RESOLVE' : null }
  const since = standing.pendingSince ?? now
  if (standing.open) return { state: 'FIRING', pendingSince: since, transition: null }
  if (now - since >= condition.durationSeconds * 1000)
    return { state: 'FIRING', pendingSince: since, transition: 'FIRE' }
  return { state: 'OK', pendingSince: since, transition: null }
}
