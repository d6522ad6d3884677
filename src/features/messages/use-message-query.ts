import { useCallback, useEffect, useReducer, useRef } from 'react'
import type { RouteInput } from '../../../contract/http.ts'
import type { KafkaMessage, PartitionPosition, QueryEvent, StopReason } from '../../../contract/messages.ts'
import { routes } from '../../../contract/routes.ts'
import { ApiError } from '../../shared/api-client.ts'
import { streamApi } from '../../shared/api-stream.ts'

export type QueryBody = RouteInput<typeof routes.queryMessages>['body']

/** Continue appends; past this many rows the table stops growing (and says so) so the tab stays light. */
export const maxRows = 5000

export interface QueryRun {
  topicName: string
  body: QueryBody
}

export interface Progress {
  scanned: number
  matched: number
  bytes: number
  elapsedMs: number
  positions: PartitionPosition[]
}

export interface QueryEnd extends Progress {
  reason: StopReason
  resume: PartitionPosition[] | null
}

export interface QueryState {
  status: 'idle' | 'running' | 'ended' | 'failed'
  /** The query as asked, without `resume`: Continue adds it, "Search all partitions" changes `keyScan`. */
  run: QueryRun | null
  messages: KafkaMessage[]
  /** `partition:offset` of every kept row, so a continued query never lists a message twice. */
  seen: ReadonlySet<string>
  /** Matches left out of the table once it held `maxRows`. */
  dropped: number
  progress: Progress | null
  /** Each partition's offset when this request started: the zero of its progress bar. */
  origin: ReadonlyMap<number, number>
  probablePartition: number | null
  end: QueryEnd | null
  error: Error | null
}

export type QueryAction =
  /** `append`: a continuation of `state.run`, whose rows stay. */
  | { type: 'begin'; run: QueryRun; append: boolean }
  | { type: 'events'; events: QueryEvent[] }
  | { type: 'cancelled' }
  | { type: 'closed' }
  | { type: 'failed'; error: Error }

export const initialQueryState: QueryState = {
  status: 'idle',
  run: null,
  messages: [],
  seen: new Set(),
  dropped: 0,
  progress: null,
  origin: new Map(),
  probablePartition: null,
  end: null,
  error: null,
}

const rowId = (message: { partition: number; offset: number }) => `${message.partition}:${message.offset}`

/**
 * Where a cancelled scan can pick up: the last reported positions, moved past any match that arrived
 * after that report. Partitions already read to their end are left out; null when none is left.
 */
export function resumeAfterCancel(
  positions: PartitionPosition[],
  messages: KafkaMessage[],
): PartitionPosition[] | null {
  const next = new Map(positions.map((p) => [p.partition, { ...p }]))
  for (const message of messages) {
    const position = next.get(message.partition)
    if (position && message.offset + 1 > position.offset) position.offset = message.offset + 1
  }
  const left = [...next.values()].filter((p) => p.offset < p.endOffset)
  return left.length === 0 ? null : left
}

function applyEvent(state: QueryState, event: Exclude<QueryEvent, { type: 'message' }>): QueryState {
  switch (event.type) {
    case 'start':
      return {
        ...state,
        probablePartition: event.probablePartition ?? state.probablePartition,
        origin: new Map(event.positions.map((p) => [p.partition, p.offset])),
        progress: { scanned: 0, matched: 0, bytes: 0, elapsedMs: 0, positions: event.positions },
      }
    case 'progress': {
      const { type: _, ...progress } = event
      return { ...state, progress }
    }
    case 'end': {
      const { type: _, ...end } = event
      const { reason: _reason, resume: _resume, ...progress } = end
      return { ...state, status: 'ended', end, progress }
    }
    case 'error':
      return {
        ...state,
        status: 'failed',
        error: new ApiError({ code: event.code, message: event.message, status: 200 }),
      }
    default:
      // A line type this console does not know yet (a newer server): skipped, not fatal.
      return state
  }
}

export function queryReducer(state: QueryState, action: QueryAction): QueryState {
  switch (action.type) {
    case 'begin':
      return action.append
        ? { ...state, status: 'running', end: null, error: null, progress: null }
        : { ...initialQueryState, status: 'running', run: action.run }
    case 'events': {
      if (state.status !== 'running') return state
      const seen = new Set(state.seen)
      // One copy of the rows per batch, not per message.
      const before = state.messages
      let next: QueryState = { ...state, messages: [...before] }
      for (const event of action.events) {
        if (event.type === 'message') {
          const id = rowId(event.message)
          if (seen.has(id)) continue
          if (next.messages.length >= maxRows) {
            next.dropped++
            continue
          }
          seen.add(id)
          next.messages.push(event.message)
        } else next = applyEvent(next, event)
        if (next.status !== 'running') break
      }
      return { ...next, seen }
    }
    case 'cancelled': {
      if (state.status !== 'running') return state
      const progress = state.progress ?? { scanned: 0, matched: 0, bytes: 0, elapsedMs: 0, positions: [] }
      return {
        ...state,
        status: 'ended',
        progress,
        end: {
          ...progress,
          reason: 'cancelled',
          resume: resumeAfterCancel(progress.positions, state.messages),
        },
      }
    }
    case 'closed':
      // The stream ended without an end or error line: the server or a proxy dropped it.
      return state.status === 'running'
        ? {
            ...state,
            status: 'failed',
            error: new ApiError({
              code: 'STREAM_CLOSED',
              message: 'The server closed the connection before the query ended.',
              status: 0,
            }),
          }
        : state
    case 'failed':
      return state.status === 'running' ? { ...state, status: 'failed', error: action.error } : state
  }
}

/**
 * Runs message queries as streams; `onRejected` hears each ApiError, e.g. to show `fields` on the form. Lines arrive faster than a screen redraws, so they are buffered
 * and applied once per animation frame.
 */
export function useMessageQuery(clusterId: string, onRejected?: (error: ApiError) => void) {
  const [state, dispatch] = useReducer(queryReducer, initialQueryState)
  const rejected = useRef(onRejected)
  rejected.current = onRejected
  const controller = useRef<AbortController | null>(null)
  const buffer = useRef<QueryEvent[]>([])
  const frame = useRef<number | null>(null)

  const flush = useCallback(() => {
    if (frame.current !== null) cancelAnimationFrame(frame.current)
    frame.current = null
    const events = buffer.current
    buffer.current = []
    if (events.length > 0) dispatch({ type: 'events', events })
  }, [])

  const start = useCallback(
    (run: QueryRun, resume?: PartitionPosition[]) => {
      controller.current?.abort()
      if (frame.current !== null) cancelAnimationFrame(frame.current)
      frame.current = null
      buffer.current = []
      const own = new AbortController()
      controller.current = own
      dispatch({ type: 'begin', run, append: resume !== undefined })
      streamApi(
        routes.queryMessages,
        {
          params: { clusterId, topicName: run.topicName },
          body: resume ? { ...run.body, resume } : run.body,
        },
        (event) => {
          buffer.current.push(event)
          if (frame.current === null) frame.current = requestAnimationFrame(flush)
        },
        { signal: own.signal },
      ).then(
        () => {
          if (controller.current !== own) return
          flush()
          dispatch({ type: 'closed' })
        },
        (error: unknown) => {
          // An aborted query was cancelled or replaced; whoever aborted it has said so already.
          if (own.signal.aborted || controller.current !== own) return
          flush()
          dispatch({ type: 'failed', error: error instanceof Error ? error : new Error(String(error)) })
          if (error instanceof ApiError) rejected.current?.(error)
        },
      )
    },
    [clusterId, flush],
  )

  const search = useCallback((run: QueryRun) => start(run), [start])

  const cancel = useCallback(() => {
    controller.current?.abort()
    flush()
    dispatch({ type: 'cancelled' })
  }, [flush])

  const resume = state.end?.resume ?? null
  const run = state.run
  const proceed = useCallback(() => {
    if (run && resume) start(run, resume)
  }, [run, resume, start])

  useEffect(() => () => controller.current?.abort(), [])

  return { state, search, cancel, proceed }
}
