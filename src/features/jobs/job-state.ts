import type { JobState } from '../../../contract/jobs.ts'

/**
 * States a job leaves on its own; while one is shown, the page polls. A SUSPENDED (paused) job
 * waits for someone to resume it, so it is not polled.
 */
const active: ReadonlySet<JobState> = new Set(['NEW', 'PENDING', 'RUNNING'])

export function isActive(state: JobState): boolean {
  return active.has(state)
}

const colors: Record<JobState, string> = {
  NEW: 'default',
  PENDING: 'gold',
  RUNNING: 'processing',
  SUSPENDED: 'warning',
  CANCELLED: 'default',
  FINISHED: 'success',
  FAILED: 'error',
}

/** An antd Tag colour for a job or operation state. */
export function jobStateColor(state: JobState): string {
  return colors[state]
}

/** An antd Steps status for an operation. */
export function stepStatus(state: JobState): 'wait' | 'process' | 'finish' | 'error' {
  if (state === 'FINISHED') return 'finish'
  if (state === 'FAILED') return 'error'
  if (state === 'RUNNING') return 'process'
  return 'wait'
}

/** An antd Progress status: the bar moves while running and turns red on failure. */
export function progressStatus(state: JobState): 'active' | 'success' | 'exception' | 'normal' {
  if (state === 'FINISHED') return 'success'
  if (state === 'FAILED') return 'exception'
  if (state === 'RUNNING') return 'active'
  return 'normal'
}
