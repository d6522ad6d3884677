import type { ClusterState } from '../../../contract/clusters.ts'
import type { JobType } from '../../../contract/jobs.ts'
import { ApiError } from '../../http/api-error.ts'
import type { ClustersRepository, StoredCluster } from '../../store/clusters-repository.ts'
import type { JobsRepository } from '../../store/jobs-repository.ts'
import type { JobDefinition, JobRunner } from '../jobs/job-runner.ts'
import type { ClusterAccess } from './cluster-access.ts'
import { deployJobs } from './deploy-jobs.ts'
import { lifecycleJobs } from './lifecycle-jobs.ts'
import type { LocalClusters } from './local-clusters.ts'
import { scaleOutJob } from './scale-out-job.ts'

export interface LifecycleDeps {
  clusters: ClustersRepository
  jobs: JobsRepository
  local: LocalClusters
  access: ClusterAccess
  /** How long a restarted node's partitions may take to catch up; default 120 s. */
  catchUpTimeoutMs?: number
  /** How long moving partitions onto new nodes may take; default 300 s. */
  reassignTimeoutMs?: number
}

/** Every job Ferry runs on its clusters. */
export function clusterJobs(deps: LifecycleDeps): Record<JobType, JobDefinition> {
  return { ...deployJobs(deps), ...lifecycleJobs(deps), ...scaleOutJob(deps) }
}

/** States a local cluster may be deleted from: any that no job is changing. */
const DELETABLE: ClusterState[] = ['ACTIVE', 'SUSPENDED', 'DEPLOY_FAILED', 'UPDATE_ROLLBACK_FAILED']

/** The operations on clusters Ferry runs, checked against the reference's preconditions before a job is made. */
export function clusterLifecycle({
  clusters,
  jobs,
  runner,
  maxNodes,
}: Pick<LifecycleDeps, 'clusters' | 'jobs'> & { runner: JobRunner; maxNodes: number }) {
  async function managed(clusterId: string, what: string) {
    const cluster = await clusters.get(clusterId)
    if (!cluster) throw new ApiError('CLUSTER_NOT_FOUND', `No cluster with ID ${clusterId}.`)
    if (cluster.provider !== 'local') {
      throw new ApiError(
        'CLUSTER_NOT_MANAGED',
        `${cluster.name} is an existing cluster Ferry only connects to; it cannot ${what} it.`,
      )
    }
    const running = await jobs.runningFor(clusterId)
    if (running) {
      throw new ApiError(
        'CLUSTER_NOT_ACTIVE',
        `${cluster.name} is busy with task ${running.jobId} (${running.type}).`,
      )
    }
    return cluster
  }

  function requireActive(cluster: StoredCluster, what: string) {
    if (cluster.state !== 'ACTIVE') {
      throw new ApiError(
        'CLUSTER_NOT_ACTIVE',
        `${cluster.name} is ${cluster.state}; only an ACTIVE cluster can ${what}.`,
      )
    }
  }

  async function begin(
    cluster: StoredCluster,
    type: JobType,
    during: ClusterState,
    context: { source?: Record<string, unknown>; target?: Record<string, unknown> } = {},
  ) {
    const from = cluster.state as ClusterState
    // The transitional state first: set after, it could overwrite the end state of a job that finishes at once.
    await clusters.update(cluster.clusterId, { state: during, stateReason: null })
    try {
      const job = await runner.submit({
        clusterId: cluster.clusterId,
        type,
        sourceContext: { state: from, ...context.source },
        targetContext: context.target ?? {},
      })
      return { clusterId: cluster.clusterId, jobId: job.jobId }
    } catch (err) {
      await clusters.update(cluster.clusterId, { state: from })
      throw err
    }
  }

  return {
    async stop(clusterId: string) {
      const cluster = await managed(clusterId, 'stop or start')
      requireActive(cluster, 'be stopped')
      return begin(cluster, 'SUSPEND_KAFKA_CLUSTER', 'UPDATING', { target: { state: 'SUSPENDED' } })
    },

    async start(clusterId: string) {
      const cluster = await managed(clusterId, 'stop or start')
      if (cluster.state !== 'SUSPENDED') {
        throw new ApiError(
          'CLUSTER_NOT_SUSPENDED',
          `${cluster.name} is ${cluster.state}; only a SUSPENDED cluster can be started.`,
        )
      }
      return begin(cluster, 'RESUME_KAFKA_CLUSTER', 'UPDATING', { target: { state: 'ACTIVE' } })
    },

    async restartNode(clusterId: string, brokerId: number) {
      const cluster = await managed(clusterId, 'restart nodes of')
      requireActive(cluster, 'restart a node')
      if (brokerId > cluster.numberOfBrokerNodes)
        throw new ApiError('NOT_FOUND', `${cluster.name} has no node ${brokerId}.`)
      return begin(cluster, 'RESTART_BROKER', 'REBOOTING', { target: { state: 'ACTIVE', brokerId } })
    },

    async increaseBrokerCount(
      clusterId: string,
      body: { numberOfBrokerNodes: number; reassignPartitions: boolean },
    ) {
      const cluster = await managed(clusterId, 'add nodes to')
      requireActive(cluster, 'take more nodes')
      const total = body.numberOfBrokerNodes
      const zones = Math.max(1, cluster.logicalZones.length)
      const refuse = (message: string) =>
        new ApiError('ERROR_PARAMS', message, { numberOfBrokerNodes: message })
      if (total <= cluster.numberOfBrokerNodes)
        throw refuse(`${cluster.name} has ${cluster.numberOfBrokerNodes} nodes; ask for more than that.`)
      if (total % zones !== 0)
        throw refuse(
          `The total must be a multiple of the cluster's ${zones} zones, so each zone gets as many.`,
        )
      if (total > maxNodes)
        throw new ApiError('UPDATE_CLUSTER_FORBIDDEN', `A local cluster has at most ${maxNodes} nodes.`, {
          numberOfBrokerNodes: `At most ${maxNodes}.`,
        })
      return begin(cluster, 'INCREASE_BROKER_COUNT', 'UPDATING', {
        source: { numberOfBrokerNodes: cluster.numberOfBrokerNodes },
        target: { numberOfBrokerNodes: total, reassignPartitions: body.reassignPartitions },
      })
    },

    /** Deletes a local cluster (the caller forgets external ones): its brokers stopped, its files removed. */
    async release(cluster: StoredCluster) {
      const running = await jobs.runningFor(cluster.clusterId)
      if (running || !DELETABLE.includes(cluster.state as ClusterState)) {
        throw new ApiError(
          'CLUSTER_CAN_NOT_DELETED',
          running
            ? `${cluster.name} is busy with task ${running.jobId} (${running.type}); delete it once that ends.`
            : `${cluster.name} is ${cluster.state}; a cluster can be deleted once it is ${DELETABLE.join(', ')}.`,
        )
      }
      return begin(cluster, 'RELEASE_KAFKA_CLUSTER', 'UPDATING')
    },
  }
}
export type ClusterLifecycle = ReturnType<typeof clusterLifecycle>
