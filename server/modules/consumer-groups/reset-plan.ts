import { type ResetStrategy, ResetValueSchemas } from '../../../contract/consumer-groups.ts'

export interface PartitionPosition {
  partition: number
  /** null when the group has no committed offset on the partition. */
  committed: number | null
  earliest: number
  latest: number
  /** For todatetime: the first offset at or after the time; null when no record is that recent. */
  atTime?: number | null
}

export type ResetTarget =
  | { strategy: 'toearliest' | 'tolatest' }
  | { strategy: 'tooffset' | 'shiftby'; value: number }
  | { strategy: 'todatetime' }

export interface PlannedOffset {
  partitionId: number
  oldOffset: number | null
  newOffset: number
}

const clamp = (value: number, low: number, high: number) => Math.min(Math.max(value, low), high)

/**
 * New offset per partition, always inside [earliest, latest]: a target outside the log would make the
 * consumer fall back to its auto.offset.reset policy, which is not what the person asked for.
 */
export function planReset(target: ResetTarget, positions: PartitionPosition[]): PlannedOffset[] {
  return positions.map((p) => {
    let wanted: number
    switch (target.strategy) {
      case 'toearliest':
        wanted = p.earliest
        break
      case 'tolatest':
        wanted = p.latest
        break
      case 'tooffset':
        wanted = target.value
        break
      case 'shiftby':
        // Without a committed offset there is nothing to shift from; the log start is the safe base.
        wanted = (p.committed ?? p.earliest) + target.value
        break
      case 'todatetime':
        // No record at or after the time: everything is older, so the group starts after the last one.
        wanted = p.atTime ?? p.latest
        break
    }
    return {
      partitionId: p.partition,
      oldOffset: p.committed,
      newOffset: clamp(wanted, p.earliest, p.latest),
    }
  })
}

/** Checks `resetValue` against the strategy; answers the target or the problem to show on the field. */
export function parseResetTarget(
  strategy: ResetStrategy,
  value: string | undefined,
): { target: ResetTarget; time?: Date } | { problem: string } {
  if (strategy === 'toearliest' || strategy === 'tolatest') return { target: { strategy } }
  const checked = ResetValueSchemas[strategy].safeParse(value ?? '')
  if (!checked.success) return { problem: checked.error.issues[0]?.message ?? 'Invalid value.' }
  if (strategy === 'todatetime') return { target: { strategy }, time: new Date(checked.data) }
  const number = Number(checked.data)
  if (!Number.isSafeInteger(number)) return { problem: 'The number is too large.' }
  return { target: { strategy, value: number } }
}

/** Lag of one partition: log end minus committed, never negative (a commit can race ahead of a read). */
export function partitionLag(committed: number | null, logEnd: number | null): number | null {
  if (committed === null || logEnd === null) return null
  return Math.max(0, logEnd - committed)
}

/** Age of the first unconsumed record, or 0 when nothing is waiting. */
export function timeLagMs(lag: number | null, firstUnconsumed: number | null, now: number): number | null {
  if (lag === 0) return 0
  if (lag === null || firstUnconsumed === null) return null
  return Math.max(0, now - firstUnconsumed)
}
