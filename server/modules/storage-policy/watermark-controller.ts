import type { EventType } from '../../../contract/events.ts'
import type { ProvisionedView } from '../../../contract/provisioned.ts'
import type { KafkaAdmin } from '../../kafka/admin-pool.ts'
import { deleteRecords, partitionKey, type TopicMeta } from '../../kafka/topics.ts'
import type { ClustersRepository } from '../../store/clusters-repository.ts'
import type { EventsRepository } from '../../store/events-repository.ts'
import type { ClusterAccess } from '../clusters/cluster-access.ts'
import { readNodeUsage } from './node-usage.ts'
import { exceededMessage } from './watermark-message.ts'
import {
  type DeletedOnDisk,
  firstOffsetOnDisk,
  type NodeUsage,
  planWatermark,
  type WatermarkPlan,
} from './watermark-plan.ts'

const GB = 1024 ** 3

/** A node's disk budget in bytes: the provisioned storage size is in GB of 1024³ bytes. */
export function nodeCapacityBytes(provisioned: Pick<ProvisionedView, 'storageMeta'> | null): number | null {
  return provisioned ? provisioned.storageMeta.storageSize * GB : null
}

export interface WatermarkControllerDeps {
  clusters: ClustersRepository
  access: ClusterAccess
  events: EventsRepository
  log: { info(msg: string): void; error(obj: unknown, msg: string): void }
  intervalMs: number
}

const replicaKey = (nodeId: number, topic: string, partition: number) =>
  `${nodeId}/${partitionKey(topic, partition)}`

/**
 * The AUTO_DELETE storage policy: on each run, every node over its threshold gets its oldest records deleted
 * until it is back under, within the minimum retention, and the cluster gets an event saying so.
 */
export function watermarkController({ clusters, access, events, log, intervalMs }: WatermarkControllerDeps) {
  // Per cluster, the replicas Ferry deleted from: their deleted records stay on disk until Kafka removes the
  // segment, and counting them again would delete more every run.
  const deletedOnDisk = new Map<string, Map<string, DeletedOnDisk>>()
  // Per cluster, the last event that would only say the same again every run: a failure, or nodes stuck above.
  const lastNotice = new Map<string, string>()
  // Runs and direct evaluations go one at a time, so two never delete from the same cluster at once.
  let queue: Promise<unknown> = Promise.resolve()
  let timer: NodeJS.Timeout | null = null
  let sweeping: Promise<void> | null = null

  async function notice(clusterId: string, key: string, type: EventType, message: string) {
    if (lastNotice.get(clusterId) === key) return
    lastNotice.set(clusterId, key)
    await events.record({ clusterId, type, message })
  }

  /** The nodes' figures, with what earlier runs deleted but Kafka still keeps on disk. */
  function withDeletedOnDisk(clusterId: string, nodes: NodeUsage[]): NodeUsage[] {
    const remembered = deletedOnDisk.get(clusterId) ?? new Map<string, DeletedOnDisk>()
    const still = new Map<string, DeletedOnDisk>()
    deletedOnDisk.set(clusterId, still)
    return nodes.map((node) => ({
      ...node,
      partitions: node.partitions.map((p) => {
        const key = replicaKey(node.nodeId, p.topic, p.partition)
        const memory = remembered.get(key)
        if (!memory) return p
        // Once Kafka has freed every deleted record, there is nothing left to remember.
        const first = firstOffsetOnDisk(memory, p)
        if (first >= p.earliestOffset) return p
        still.set(key, memory)
        return { ...p, firstOffsetOnDisk: first }
      }),
    }))
  }

  async function apply(
    clusterId: string,
    admin: KafkaAdmin,
    topics: TopicMeta[],
    nodes: NodeUsage[],
    plan: WatermarkPlan,
  ) {
    const memory = deletedOnDisk.get(clusterId) ?? new Map<string, DeletedOnDisk>()
    deletedOnDisk.set(clusterId, memory)
    for (const topic of topics) {
      const offsets = plan.deletions.filter((d) => d.topic === topic.name)
      if (offsets.length === 0) continue
      await deleteRecords(admin, topic, offsets)
      for (const node of nodes) {
        for (const p of node.partitions) {
          if (p.topic !== topic.name || !offsets.some((d) => d.partition === p.partition)) continue
          const firstOffset = p.firstOffsetOnDisk ?? p.earliestOffset
          const recordBytes = p.sizeBytes / (p.latestOffset - firstOffset)
          memory.set(replicaKey(node.nodeId, p.topic, p.partition), { firstOffset, recordBytes })
        }
      }
    }
  }

  async function run(clusterId: string, capacityOverride: number | undefined): Promise<WatermarkPlan | null> {
    const { cluster, admin } = await access.admin(clusterId, { forChange: true })
    const policy = cluster.provisioned?.storagePolicyEnabled ? cluster.provisioned.storagePolicy : null
    const capacityBytes = capacityOverride ?? nodeCapacityBytes(cluster.provisioned)
    if (policy?.type !== 'AUTO_DELETE' || capacityBytes === null) return null
    const { autoDelete } = policy
    try {
      const usage = await readNodeUsage(admin, capacityBytes, Date.now() - autoDelete.logMinRetentionMs)
      const nodes = withDeletedOnDisk(clusterId, usage.nodes)
      const plan = planWatermark(nodes, autoDelete)
      if (!plan) {
        lastNotice.delete(clusterId)
        return null
      }
      await apply(clusterId, admin, usage.topics, nodes, plan)
      const message = exceededMessage(plan, autoDelete)
      // Nodes the minimums keep above are said to stay above once, not again on every run that deletes nothing.
      const above = plan.nodes.filter((n) => n.staysAbove).map((n) => n.nodeId)
      const stuck = `above ${above}`
      if (plan.deletions.length === 0) {
        await notice(clusterId, stuck, 'DISK_WATERMARK_EXCEEDED', message)
        return plan
      }
      log.info(`${cluster.name}: ${message}`)
      await events.record({ clusterId, type: 'DISK_WATERMARK_EXCEEDED', message })
      if (above.length > 0) lastNotice.set(clusterId, stuck)
      else lastNotice.delete(clusterId)
      return plan
    } catch (err) {
      const reason = err instanceof Error ? err.message : String(err)
      await notice(
        clusterId,
        `failed ${reason}`,
        'DISK_WATERMARK_FAILED',
        `The disk watermark check failed: ${reason}`,
      )
      throw err
    }
  }

  /** Checks one cluster with a policy now; `capacityBytes` overrides its nodes' budget. */
  function evaluate(
    clusterId: string,
    options: { capacityBytes?: number } = {},
  ): Promise<WatermarkPlan | null> {
    const result = queue.then(() => run(clusterId, options.capacityBytes))
    queue = result.catch(() => {})
    return result
  }

  async function sweep() {
    for (const cluster of await clusters.all()) {
      if (timer === null) return
      const { provider, state, provisioned } = cluster
      if (provider !== 'local' || state !== 'ACTIVE' || !provisioned?.storagePolicyEnabled) continue
      await evaluate(cluster.clusterId).catch((err) =>
        log.error(err, `Disk watermark check of ${cluster.name} failed`),
      )
    }
  }

  function schedule() {
    timer = setTimeout(() => {
      sweeping = sweep()
        .catch((err) => log.error(err, 'Disk watermark run failed'))
        .finally(() => {
          sweeping = null
          if (timer !== null) schedule()
        })
    }, intervalMs).unref()
  }

  return {
    evaluate,
    /** Checks every local, active cluster with a policy each interval; the next run starts after this one ends. */
    start() {
      if (timer === null) schedule()
    },
    /** Stops the runs, and resolves once the current one has finished. */
    async stop() {
      if (timer !== null) clearTimeout(timer)
      timer = null
      await sweeping
      await queue
    },
  }
}

export type WatermarkController = ReturnType<typeof watermarkController>
