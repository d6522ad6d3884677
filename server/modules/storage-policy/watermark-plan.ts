import type { StoragePolicy } from '../../../contract/provisioned.ts'

export type AutoDeletePolicy = StoragePolicy['autoDelete']

/** One replica of a partition on one node, as Kafka reports it. */
export interface PartitionUsage {
  topic: string
  partition: number
  sizeBytes: number
  earliestOffset: number
  /** The log end: the offset the next record will get. */
  latestOffset: number
  /** The first record newer than now − logMinRetentionMs (the log end when all are older); null when unknown. */
  retainFromOffset: number | null
  /**
   * Where the replica's files start, when an earlier deletion moved the log start past records Kafka has not
   * removed from disk yet (it frees whole segments only); those bytes are as good as freed. Default: the log start.
   */
  firstOffsetOnDisk?: number
  /** False for internal and compacted topics: their bytes count against the node, their records are not Ferry's. */
  deletable: boolean
}

export interface NodeUsage {
  nodeId: number
  capacityBytes: number
  partitions: PartitionUsage[]
}

export interface NodeOutcome {
  nodeId: number
  capacityBytes: number
  thresholdBytes: number
  /** On disk now, deleted-but-not-yet-freed records included. */
  usedBytes: number
  /** Once Kafka has removed every deleted record from disk, this plan's included. */
  expectedUsedBytes: number
  /** The minimum retention keeps the node above its threshold. */
  staysAbove: boolean
}

export interface PlannedDeletion {
  topic: string
  partition: number
  /** The new log start: records before it are deleted. */
  offset: number
  /** Expected bytes freed on each replica. */
  bytes: number
}

export interface WatermarkPlan {
  /** The nodes over their threshold. */
  nodes: NodeOutcome[]
  deletions: PlannedDeletion[]
}

interface Candidate {
  usage: PartitionUsage
  /** The partition's average record size: its bytes over the offsets they hold (bytes → offsets). */
  recordBytes: number
  liveBytes: number
  /** How many of the oldest records the minimums allow to delete. */
  maxRecords: number
}

const keyOf = (p: { topic: string; partition: number }) => `${p.topic}\u0000${p.partition}`

function onDiskRange(p: PartitionUsage) {
  const first = Math.min(p.firstOffsetOnDisk ?? p.earliestOffset, p.earliestOffset)
  const recordBytes = p.latestOffset > first ? p.sizeBytes / (p.latestOffset - first) : 0
  return { recordBytes, pendingBytes: (p.earliestOffset - first) * recordBytes }
}

function candidate(p: PartitionUsage, policy: AutoDeletePolicy): Candidate | null {
  const records = p.latestOffset - p.earliestOffset
  const { recordBytes } = onDiskRange(p)
  if (!p.deletable || p.retainFromOffset === null || records <= 0 || recordBytes <= 0) return null
  const keptForBytes = Math.ceil(policy.logMinRetentionBytes / recordBytes)
  const maxRecords = Math.min(records - keptForBytes, p.retainFromOffset - p.earliestOffset)
  return { usage: p, recordBytes, liveBytes: records * recordBytes, maxRecords: Math.max(0, maxRecords) }
}

/**
 * Splits `need` bytes over the partitions in proportion to their size; a partition the minimums stop early
 * gives what it can, and the rest is split again over the others. Answers the records to delete from each.
 */
function split(need: number, candidates: Candidate[]): Map<Candidate, number> {
  const records = new Map<Candidate, number>()
  let open = candidates.filter((c) => c.maxRecords > 0)
  let remaining = need
  while (remaining > 0 && open.length > 0) {
    const weight = open.reduce((sum, c) => sum + c.liveBytes, 0)
    const share = (c: Candidate) => (remaining * c.liveBytes) / weight
    const capped = open.filter((c) => share(c) >= c.maxRecords * c.recordBytes)
    if (capped.length === 0) {
      for (const c of open) records.set(c, Math.min(c.maxRecords, Math.ceil(share(c) / c.recordBytes)))
      break
    }
    for (const c of capped) {
      records.set(c, c.maxRecords)
      remaining -= c.maxRecords * c.recordBytes
    }
    open = open.filter((c) => !capped.includes(c))
  }
  return records
}

/**
 * The oldest records to delete so that every node goes back under the policy's threshold, or null when all
 * are under it. DeleteRecords acts on a partition, not a replica: a partition several nodes need trimmed gets
 * the furthest offset any of them asks for, never past what the minimums allow on any of them.
 */
export function planWatermark(nodes: NodeUsage[], policy: AutoDeletePolicy): WatermarkPlan | null {
  const wanted = new Map<
    string,
    { usage: PartitionUsage; offset: number; limit: number; recordBytes: number }
  >()
  const over: { node: NodeUsage; thresholdBytes: number; usedBytes: number; pendingBytes: number }[] = []
  for (const node of nodes) {
    const thresholdBytes = Math.floor((node.capacityBytes * policy.diskUsedThresholdPercent) / 100)
    const usedBytes = node.partitions.reduce((sum, p) => sum + p.sizeBytes, 0)
    const pendingBytes = node.partitions.reduce((sum, p) => sum + onDiskRange(p).pendingBytes, 0)
    if (usedBytes - pendingBytes <= thresholdBytes) continue
    over.push({ node, thresholdBytes, usedBytes, pendingBytes })
    const candidates = node.partitions.flatMap((p) => candidate(p, policy) ?? [])
    const records = split(usedBytes - pendingBytes - thresholdBytes, candidates)
    for (const c of candidates) {
      const limit = c.usage.earliestOffset + c.maxRecords
      const offset = c.usage.earliestOffset + (records.get(c) ?? 0)
      const seen = wanted.get(keyOf(c.usage))
      wanted.set(keyOf(c.usage), {
        usage: c.usage,
        offset: Math.max(offset, seen?.offset ?? offset),
        limit: Math.min(limit, seen?.limit ?? limit),
        recordBytes: Math.max(c.recordBytes, seen?.recordBytes ?? 0),
      })
    }
  }
  if (over.length === 0) return null

  const newStart = new Map<string, number>()
  const deletions: PlannedDeletion[] = []
  for (const [key, w] of wanted) {
    const offset = Math.min(w.offset, w.limit)
    if (offset <= w.usage.earliestOffset) continue
    newStart.set(key, offset)
    const bytes = Math.round((offset - w.usage.earliestOffset) * w.recordBytes)
    deletions.push({ topic: w.usage.topic, partition: w.usage.partition, offset, bytes })
  }
  const outcomes = over.map(({ node, thresholdBytes, usedBytes, pendingBytes }) => {
    const freed = node.partitions.reduce((sum, p) => {
      const offset = newStart.get(keyOf(p))
      return offset === undefined ? sum : sum + (offset - p.earliestOffset) * onDiskRange(p).recordBytes
    }, 0)
    const expectedUsedBytes = Math.round(usedBytes - pendingBytes - freed)
    return {
      nodeId: node.nodeId,
      capacityBytes: node.capacityBytes,
      thresholdBytes,
      usedBytes,
      expectedUsedBytes,
      staysAbove: expectedUsedBytes > thresholdBytes,
    }
  })
  deletions.sort((a, b) => a.topic.localeCompare(b.topic) || a.partition - b.partition)
  return { nodes: outcomes, deletions }
}

/** What Ferry remembers of a replica it deleted from, to tell the records still on disk from live ones. */
export interface DeletedOnDisk {
  /** Where the replica's files started when Ferry deleted. */
  firstOffset: number
  /** The average record size then. */
  recordBytes: number
}

/**
 * Where the replica's files start now. Records keeping their average size, the bytes on disk reach back
 * size / recordBytes offsets from the log end: removed segments shorten that reach, new records do not.
 * Equal to the log start once Kafka has freed everything deleted.
 */
export function firstOffsetOnDisk(
  memory: DeletedOnDisk,
  p: Pick<PartitionUsage, 'sizeBytes' | 'earliestOffset' | 'latestOffset'>,
): number {
  const reach = Math.round(p.latestOffset - p.sizeBytes / memory.recordBytes)
  return Math.min(p.earliestOffset, Math.max(memory.firstOffset, reach))
}
