import { describe, expect, it } from 'vitest'
import type { KafkaMessage, QueryEvent } from '../../../contract/messages.ts'
import {
  initialQueryState,
  maxRows,
  type QueryAction,
  type QueryState,
  queryReducer,
  resumeAfterCancel,
} from './use-message-query.ts'

const run = { topicName: 'orders', body: { startOffset: 0, limit: 2 } }

const message = (partition: number, offset: number): KafkaMessage => ({
  partition,
  offset,
  timestamp: '2024-01-01T00:00:00.000Z',
  timestampType: 'CreateTime',
  key: null,
  keyBase64: null,
  value: 'v',
  valueBase64: 'dg==',
  headers: [],
  size: 1,
})

const start: QueryEvent = {
  type: 'start',
  queryId: 'q1',
  positions: [
    { partition: 0, offset: 0, endOffset: 10 },
    { partition: 1, offset: 0, endOffset: 10 },
  ],
  probablePartition: null,
}

const counts = { scanned: 8, matched: 2, bytes: 2, elapsedMs: 30 }
const stopped = [
  { partition: 0, offset: 4, endOffset: 10 },
  { partition: 1, offset: 4, endOffset: 10 },
]

function reduce(actions: QueryAction[], from: QueryState = initialQueryState) {
  return actions.reduce(queryReducer, from)
}

describe('queryReducer', () => {
  it('follows a stream from start through messages and progress to its end', () => {
    const running = reduce([
      { type: 'begin', run, append: false },
      { type: 'events', events: [start, { type: 'message', message: message(0, 1) }] },
    ])
    expect(running.status).toBe('running')
    expect(running.progress?.positions).toHaveLength(2)
    expect(running.messages.map((m) => m.offset)).toEqual([1])

    const progressed = reduce(
      [
        {
          type: 'events',
          events: [
            { type: 'progress', ...counts, scanned: 5, positions: stopped },
            { type: 'message', message: message(1, 3) },
          ],
        },
      ],
      running,
    )
    expect(progressed.progress?.scanned).toBe(5)
    expect(progressed.messages).toHaveLength(2)

    const ended = reduce(
      [
        {
          type: 'events',
          events: [{ type: 'end', reason: 'limit', ...counts, positions: stopped, resume: stopped }],
        },
      ],
      progressed,
    )
    expect(ended.status).toBe('ended')
    expect(ended.end).toMatchObject({ reason: 'limit', resume: stopped, scanned: 8 })
    expect(ended.progress?.scanned).toBe(8)
  })

  it('keeps the rows on continue, skips ones it already has, and clears them on a new search', () => {
    const first = reduce([
      { type: 'begin', run, append: false },
      {
        type: 'events',
        events: [
          start,
          { type: 'message', message: message(0, 1) },
          { type: 'end', reason: 'limit', ...counts, positions: stopped, resume: stopped },
        ],
      },
    ])
    const continued = reduce(
      [
        { type: 'begin', run, append: true },
        {
          type: 'events',
          events: [
            { type: 'message', message: message(0, 1) },
            { type: 'message', message: message(0, 5) },
          ],
        },
      ],
      first,
    )
    expect(continued.status).toBe('running')
    expect(continued.end).toBeNull()
    expect(continued.messages.map((m) => `${m.partition}:${m.offset}`)).toEqual(['0:1', '0:5'])

    const fresh = reduce([{ type: 'begin', run, append: false }], continued)
    expect(fresh.messages).toEqual([])
  })

  it('stops adding rows at the cap and counts the rest', () => {
    const events: QueryEvent[] = Array.from({ length: maxRows + 3 }, (_, offset) => ({
      type: 'message',
      message: message(0, offset),
    }))
    const state = reduce([
      { type: 'begin', run, append: false },
      { type: 'events', events },
    ])
    expect(state.messages).toHaveLength(maxRows)
    expect(state.dropped).toBe(3)
  })

  it('turns an error line into a failure and ignores lines after it', () => {
    const state = reduce([
      { type: 'begin', run, append: false },
      {
        type: 'events',
        events: [
          start,
          { type: 'error', code: 'KAFKA_ERROR', message: 'Broker went away' },
          { type: 'message', message: message(0, 1) },
        ],
      },
    ])
    expect(state.status).toBe('failed')
    expect(state.error?.message).toBe('Broker went away')
    expect(state.messages).toEqual([])
  })

  it('ends a cancelled query with a resume point past the rows it has', () => {
    const state = reduce([
      { type: 'begin', run, append: false },
      { type: 'events', events: [start, { type: 'message', message: message(1, 6) }] },
      { type: 'cancelled' },
    ])
    expect(state.status).toBe('ended')
    expect(state.end?.reason).toBe('cancelled')
    expect(state.end?.resume).toEqual([
      { partition: 0, offset: 0, endOffset: 10 },
      { partition: 1, offset: 7, endOffset: 10 },
    ])
  })

  it('fails a stream that closes without an end line', () => {
    const state = reduce([
      { type: 'begin', run, append: false },
      { type: 'events', events: [start] },
      { type: 'closed' },
    ])
    expect(state.status).toBe('failed')
    expect(state.error).toMatchObject({ code: 'STREAM_CLOSED' })
  })
})

describe('resumeAfterCancel', () => {
  it('leaves out partitions read to their end', () => {
    expect(resumeAfterCancel([{ partition: 0, offset: 9, endOffset: 10 }], [message(0, 9)])).toBeNull()
  })
})
