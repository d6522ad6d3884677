import {
  collisionKey,
  type ListTopicsQuery,
  type TopicSort,
  type TopicSummary,
} from '../../../contract/topics.ts'

type Comparable = string | number | null

const sortKey: Record<TopicSort, (t: TopicSummary) => Comparable> = {
  topicName: (t) => t.topicName,
  partitionNum: (t) => t.partitionNum,
  replicationFactor: (t) => t.replicationFactor,
  underReplicatedPartitions: (t) => t.underReplicatedPartitions,
  sizeBytes: (t) => t.sizeBytes,
  messageNum: (t) => t.messageNum,
  // -1 keeps messages forever: it sorts as the longest retention.
  retentionMs: (t) => (t.retentionMs === -1 ? Number.POSITIVE_INFINITY : t.retentionMs),
}

function compare(a: Comparable, b: Comparable): number {
  if (a === b) return 0
  // Unknown values go last whatever the order, so they never hide the ones that are known.
  if (a === null) return 1
  if (b === null) return -1
  return typeof a === 'string' ? a.localeCompare(b as string) : a - (b as number)
}

/** One page of the snapshot: filtered, sorted (ties broken by name), then cut. Never touches Kafka. */
export function pageTopics(all: TopicSummary[], query: ListTopicsQuery) {
  const needle = query.topicName?.trim().toLowerCase()
  const similar = query.similarTo ? collisionKey(query.similarTo) : null
  const matching = all.filter(
    (t) =>
      (query.includeInternal || !t.internal) &&
      (!needle || t.topicName.toLowerCase().includes(needle)) &&
      (similar === null || collisionKey(t.topicName) === similar),
  )
  const key = sortKey[query.sortBy]
  const direction = query.order === 'desc' ? -1 : 1
  matching.sort((a, b) => {
    const ka = key(a)
    const kb = key(b)
    const byKey = ka === null || kb === null ? compare(ka, kb) : direction * compare(ka, kb)
    return byKey || a.topicName.localeCompare(b.topicName)
  })
  const start = (query.pageNo - 1) * query.pageSize
  return {
    topics: matching.slice(start, start + query.pageSize),
    total: matching.length,
    pageNo: query.pageNo,
    pageSize: query.pageSize,
  }
}
