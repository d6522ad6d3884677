import type { KafkaMessage, PartitionPosition, QueryEvent, StopReason } from '../../../contract/messages.ts'
import type { FetchedPartition, FetchedRecord } from '../../kafka/fetch-records.ts'
import type { RecordPredicate } from './message-filter.ts'

export interface ScanPlan {
  positions: PartitionPosition[]
  /** The leader of each partition. */
  leaders: Map<number, number>
  predicate: RecordPredicate | null
  /** Only records with exactly this key. */
  key: Buffer | null
  limit: number
  maxBytes: number
  budget: { messages: number; ms: number }
  /** Keep the `limit` newest matches by timestamp and send them at the end, newest first. */
  newest: boolean
}

export type FetchFrom = (
  leader: number,
  wanted: { partition: number; offset: number }[],
) => Promise<FetchedPartition[]>

type EndEvent = Extract<QueryEvent, { type: 'end' }>
type ProgressEvent = Extract<QueryEvent, { type: 'progress' }>

const PROGRESS_EVERY_MS = 250

function toMessage(partition: number, r: FetchedRecord): KafkaMessage {
  const asText = (b: Buffer | null) => {
    if (b === null) return null
    const s = b.toString('utf8')
    // Bytes that are not UTF-8 decode with replacement characters: then only base64 is honest.
    return Buffer.byteLength(s, 'utf8') === b.length && !s.includes('\uFFFD') ? s : null
  }
  return {
    partition,
    offset: r.offset,
    timestamp: new Date(r.timestamp).toISOString(),
    timestampType: r.timestampType,
    key: asText(r.key),
    keyBase64: r.key?.toString('base64') ?? null,
    value: asText(r.value),
    valueBase64: r.value?.toString('base64') ?? null,
    headers: r.headers.map(([k, v]) => ({
      key: k?.toString('utf8') ?? '',
      value: v?.toString('utf8') ?? null,
    })),
    size: r.size,
  }
}

/**
 * Reads the planned partition ranges leader by leader, a bounded batch per partition at a time, and sends
 * every match as soon as it is found. Memory holds one fetch round, never the topic; `emit` waits while the
 * client is slow to read, which also pauses the reading. It stops at the first limit reached (results,
 * bytes, scanned messages, time, or cancel) and says where each partition stood, so the query can resume.
 */
export async function scanMessages(
  plan: ScanPlan,
  fetchFrom: FetchFrom,
  emit: (event: QueryEvent) => Promise<void>,
  { signal, now = Date.now }: { signal: AbortSignal; now?: () => number },
): Promise<EndEvent> {
  const started = now()
  const positions = plan.positions.map((p) => ({ ...p }))
  let scanned = 0
  let matched = 0
  let bytes = 0
  let lastProgress = started
  const newest: KafkaMessage[] = []
  const progress = (): ProgressEvent => ({
    type: 'progress',
    scanned,
    matched,
    bytes,
    elapsedMs: now() - started,
    positions: positions.map((p) => ({ ...p })),
  })

  let reason: StopReason | null = null
  const stopIfOver = () => {
    if (signal.aborted) reason = 'cancelled'
    else if (!plan.newest && matched >= plan.limit) reason = 'limit'
    else if (bytes >= plan.maxBytes) reason = 'maxBytes'
    else if (scanned >= plan.budget.messages) reason = 'scanMessages'
    else if (now() - started >= plan.budget.ms) reason = 'scanTime'
    return reason !== null
  }

  while (!stopIfOver()) {
    const open = positions.filter((p) => p.offset < p.endOffset)
    if (open.length === 0) break
    const byLeader = new Map<number, typeof open>()
    for (const p of open) {
      const leader = plan.leaders.get(p.partition) ?? -1
      if (leader < 0) throw new Error(`Partition ${p.partition} has no leader right now; try again shortly.`)
      byLeader.set(leader, [...(byLeader.get(leader) ?? []), p])
    }
    const rounds = await Promise.all(
      [...byLeader].map(([leader, ps]) =>
        fetchFrom(
          leader,
          ps.map((p) => ({ partition: p.partition, offset: p.offset })),
        ),
      ),
    )
    const fetched = rounds.flat().sort((a, b) => a.partition - b.partition)
    scan: for (const part of fetched) {
      const position = positions.find((p) => p.partition === part.partition)
      if (!position) continue
      if (part.errorCode !== 0) {
        throw new Error(`Kafka refused to read partition ${part.partition} (error code ${part.errorCode}).`)
      }
      for (const record of part.records) {
        if (record.offset >= position.endOffset) break
        scanned++
        position.offset = record.offset + 1
        const hit =
          (plan.key === null || record.key?.equals(plan.key) === true) &&
          (plan.predicate === null || plan.predicate(record, part.partition))
        if (hit) {
          matched++
          bytes += record.size
          const message = toMessage(part.partition, record)
          if (plan.newest) newest.push(message)
          else await emit({ type: 'message', message })
        }
        if (stopIfOver()) break scan
      }
      // Past markers and compacted gaps; an empty answer means the partition has nothing more to give.
      const next = part.nextOffset ?? part.highWatermark
      position.offset = Math.min(position.endOffset, Math.max(position.offset, next))
      if (part.nextOffset === null) position.endOffset = position.offset
    }
    if (now() - lastProgress >= PROGRESS_EVERY_MS) {
      lastProgress = now()
      await emit(progress())
    }
  }

  if (plan.newest) {
    newest.sort((a, b) => b.timestamp.localeCompare(a.timestamp) || b.offset - a.offset)
    for (const message of newest.slice(0, plan.limit)) await emit({ type: 'message', message })
    matched = Math.min(matched, plan.limit)
  }
  const done = positions.every((p) => p.offset >= p.endOffset)
  const { type: _progress, ...figures } = progress()
  return {
    type: 'end',
    ...figures,
    reason: reason === null || (done && reason !== 'limit' && reason !== 'cancelled') ? 'exhausted' : reason,
    resume: done ? null : positions.filter((p) => p.offset < p.endOffset),
  }
}
