import { setTimeout as sleep } from 'node:timers/promises'
import { readTopics } from '../../kafka/topics.ts'
import type { JobDefinition } from '../jobs/job-runner.ts'
import type { LifecycleDeps } from './cluster-lifecycle.ts'
import { jobCluster } from './job-cluster.ts'

/** Stopping, starting and restarting a node of clusters Ferry runs. Each step is idempotent, as the job runner requires. */
export function lifecycleJobs({ clusters, local, access, catchUpTimeoutMs = 120_000 }: LifecycleDeps) {
  const cluster = jobCluster(clusters)

  /** Waits until every replica is back in sync, so that the next restart cannot take a partition's last copy. */
  async function waitInSync(clusterId: string) {
    const deadline = Date.now() + catchUpTimeoutMs
    let behind: string[] = []
    while (Date.now() < deadline) {
      try {
        const { admin } = await access.admin(clusterId)
        const { topics } = await readTopics(admin)
        behind = topics.flatMap((t) =>
          t.partitions.filter((p) => p.isr.length < p.replicas.length).map((p) => `${t.name}-${p.partition}`),
        )
        if (behind.length === 0) return
      } catch {
        // The restarted broker may refuse connections for a moment.
      }
      await sleep(1000)
    }
    throw new Error(
      `the node is back, but ${behind.length} partition(s) did not catch up within ${catchUpTimeoutMs / 1000} s: ${behind.slice(0, 5).join(', ')}`,
    )
  }

  const suspend: JobDefinition = {
    title: 'Stopping the cluster',
    events: {
      started: 'CLUSTER_STOP_STARTED',
      succeeded: 'CLUSTER_STOP_SUCCEEDED',
      failed: 'CLUSTER_STOP_FAILED',
    },
    operations: ['STOP_KAFKA_SERVICE', 'UPDATE_METADATA_FOR_CLUSTER'],
    async step(job, operation) {
      if (operation === 'STOP_KAFKA_SERVICE') {
        // The pooled admin client would otherwise keep retrying brokers that are gone.
        await access.forget(job.clusterId)
        await local.stopNodes(await cluster(job.clusterId))
      } else await clusters.update(job.clusterId, { state: 'SUSPENDED', stateReason: null })
    },
    async failed(job, error, operation) {
      await clusters.update(job.clusterId, {
        state: 'ACTIVE',
        stateReason: `Stopping failed at ${operation}: ${error}`,
      })
    },
  }

  const resume: JobDefinition = {
    title: 'Starting the cluster',
    events: {
      started: 'CLUSTER_RESUME_STARTED',
      succeeded: 'CLUSTER_RESUME_SUCCEEDED',
      failed: 'CLUSTER_RESUME_FAILED',
    },
    operations: ['START_KAFKA_SERVICE', 'UPDATE_METADATA_FOR_CLUSTER'],
    async step(job, operation) {
      if (operation === 'START_KAFKA_SERVICE') await local.startNodes(await cluster(job.clusterId))
      else await clusters.update(job.clusterId, { state: 'ACTIVE', stateReason: null })
    },
    async failed(job, error, operation) {
      // Half a cluster is worse than none: what did start is stopped again.
      await local.stopNodes(await cluster(job.clusterId)).catch(() => {})
      await clusters.update(job.clusterId, {
        state: 'SUSPENDED',
        stateReason: `Starting failed at ${operation}: ${error}`,
      })
    },
  }

  const restartBroker: JobDefinition = {
    title: 'Restarting a node',
    events: {
      started: 'CLUSTER_NODE_RESTART_STARTED',
      succeeded: 'CLUSTER_NODE_RESTART_SUCCEEDED',
      failed: 'CLUSTER_NODE_RESTART_FAILED',
    },
    operations: ['RESTART_KAFKA_SERVICE', 'UPDATE_METADATA_FOR_CLUSTER'],
    async step(job, operation) {
      if (operation === 'RESTART_KAFKA_SERVICE') {
        await local.restartNode(await cluster(job.clusterId), Number(job.targetContext.brokerId))
        await waitInSync(job.clusterId)
      } else await clusters.update(job.clusterId, { state: 'ACTIVE', stateReason: null })
    },
    async failed(job, error, operation) {
      await clusters.update(job.clusterId, {
        state: 'ACTIVE',
        stateReason: `Restarting node ${job.targetContext.brokerId} failed at ${operation}: ${error}`,
      })
    },
  }

  return { SUSPEND_KAFKA_CLUSTER: suspend, RESUME_KAFKA_CLUSTER: resume, RESTART_BROKER: restartBroker }
}
