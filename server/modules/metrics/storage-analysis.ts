import type { z } from 'zod'
import type { StorageAnalysisSchema } from '../../../contract/metrics.ts'
import type { KafkaAdmin } from '../../kafka/admin-pool.ts'
import { describeLogDirs } from '../../kafka/log-dirs.ts'
import { partitionKey, readTopics } from '../../kafka/topics.ts'

export type StorageAnalysis = z.infer<typeof StorageAnalysisSchema>

/**
 * Each node's disk as the brokers report it now: its log dirs, and the topics it holds ranked by their bytes
 * there, with their share of the node's used bytes. Internal topics count: they fill the disk too.
 * `budgetBytes` is a local node's budget; without one, a node's capacity is the size of its log dirs' disks
 * when every one of them is known.
 */
export async function readStorageAnalysis(
  admin: KafkaAdmin,
  budgetBytes: number | null,
): Promise<StorageAnalysis> {
  const { brokers, topics } = await readTopics(admin)
  const logDirs = await describeLogDirs(admin, topics)
  return {
    nodes: brokers.map((brokerId) => {
      const dirs = logDirs.get(brokerId)?.dirs ?? []
      const replicas = logDirs.get(brokerId)?.replicas ?? new Map<string, number>()
      const usedBytes = dirs.reduce((sum, d) => sum + d.usedBytes, 0)
      const held = topics.flatMap((topic) => {
        const sizes = topic.partitions.flatMap(
          (p) => replicas.get(partitionKey(topic.name, p.partition)) ?? [],
        )
        if (sizes.length === 0) return []
        const sizeBytes = sizes.reduce((sum, s) => sum + s, 0)
        return [
          {
            topicName: topic.name,
            sizeBytes,
            share: usedBytes > 0 ? (sizeBytes / usedBytes) * 100 : 0,
            partitions: sizes.length,
          },
        ]
      })
      held.sort((a, b) => b.sizeBytes - a.sizeBytes || a.topicName.localeCompare(b.topicName))
      const disks = dirs.map((d) => d.totalBytes)
      const diskBytes =
        disks.length > 0 && disks.every((t) => t !== null)
          ? disks.reduce<number>((sum, t) => sum + (t ?? 0), 0)
          : null
      return { brokerId, usedBytes, capacityBytes: budgetBytes ?? diskBytes, logDirs: dirs, topics: held }
    }),
  }
}
