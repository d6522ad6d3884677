import type { TopicSummary } from '../../../contract/topics.ts'

/** A topic list row for tests of the list logic, with figures overridable one by one. */
export const topicSummary = (topicName: string, over: Partial<TopicSummary> = {}): TopicSummary => ({
  topicName,
  internal: false,
  partitionNum: 1,
  replicationFactor: 1,
  underReplicatedPartitions: 0,
  sizeBytes: 0,
  messageNum: 0,
  retentionMs: 604_800_000,
  cleanupPolicy: 'delete',
  ...over,
})
