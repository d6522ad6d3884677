import { setTimeout as sleep } from 'node:timers/promises'
import { reassignmentsInProgress, reassignPartitions } from '../../kafka/reassign.ts'
import { readTopics } from '../../kafka/topics.ts'
import type { JobDefinition } from '../jobs/job-runner.ts'
import type { LifecycleDeps } from './cluster-lifecycle.ts'
import { jobCluster } from './job-cluster.ts'
import { planSpread } from './spread-plan.ts'

/**
 * Adding nodes (INCREASE_BROKER_COUNT): broker-only nodes join the cluster's quorum, then, when asked,
 * partitions move onto them. A failure before the nodes run removes them again (the reference's rollback);
 * a failure while moving partitions keeps them, since partitions may already live there.
 */
export function scaleOutJob({ clusters, local, access, reassignTimeoutMs = 300_000 }: LifecycleDeps) {
  const cluster = jobCluster(clusters)

  async function spreadPartitions(clusterId: string) {
    const { admin } = await access.admin(clusterId)
    const { brokers, topics } = await readTopics(admin)
    const partitions = topics
      .filter((t) => !t.internal)
      .flatMap((t) =>
        t.partitions.map((p) => ({ topic: t.name, partition: p.partition, replicas: p.replicas })),
      )
    await reassignPartitions(admin, planSpread(partitions, brokers))
    const deadline = Date.now() + reassignTimeoutMs
    for (;;) {
      const pending = await reassignmentsInProgress(admin)
      if (pending === 0) return
      if (Date.now() > deadline)
        throw new Error(`${pending} partition move(s) still running after ${reassignTimeoutMs / 1000} s`)
      await sleep(1000)
    }
  }

  const increase: JobDefinition = {
    title: 'Adding nodes',
    events: {
      started: 'CLUSTER_SCALE_OUT_STARTED',
      succeeded: 'CLUSTER_SCALE_OUT_SUCCEEDED',
      failed: 'CLUSTER_SCALE_OUT_FAILED',
    },
    operations: [
      'INIT_DEPLOY_ENVIRONMENT',
      'START_KAFKA_SERVICE',
      'TOPIC_REASSIGN_PARTITION',
      'UPDATE_METADATA_FOR_CLUSTER',
    ],
    async step(job, operation, checkpoint) {
      const { clusterId } = job
      const total = Number(job.targetContext.numberOfBrokerNodes)
      switch (operation) {
        case 'INIT_DEPLOY_ENVIRONMENT':
          await local.addNodes(await cluster(clusterId), total)
          return
        case 'START_KAFKA_SERVICE':
          await local.startNodes(await cluster(clusterId), () => checkpoint('SPAWNED'))
          return
        case 'TOPIC_REASSIGN_PARTITION':
          // Asked for or not, the step is recorded, as the reference shows an empty group (NOTHING).
          if (job.targetContext.reassignPartitions === true) await spreadPartitions(clusterId)
          return
        default:
          await clusters.update(clusterId, { state: 'ACTIVE', stateReason: null })
      }
    },
    async failed(job, error, operation) {
      const before = Number(job.sourceContext.numberOfBrokerNodes)
      if (operation === 'TOPIC_REASSIGN_PARTITION') {
        await clusters.update(job.clusterId, {
          state: 'ACTIVE',
          stateReason: `The new nodes run, but moving partitions onto them failed: ${error}`,
        })
        return
      }
      await clusters.update(job.clusterId, { state: 'UPDATE_ROLLBACKING', stateReason: null })
      try {
        await local.removeNodesAbove(await cluster(job.clusterId), before)
        await clusters.update(job.clusterId, {
          state: 'ACTIVE',
          stateReason: `Adding nodes failed at ${operation}, and the new nodes were removed: ${error}`,
        })
      } catch (err) {
        await clusters.update(job.clusterId, {
          state: 'UPDATE_ROLLBACK_FAILED',
          stateReason: `Adding nodes failed at ${operation} (${error}), and removing the new nodes failed too: ${(err as Error).message}`,
        })
      }
    },
  }

  return { INCREASE_BROKER_COUNT: increase }
}
