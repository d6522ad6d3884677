import type { ClusterState } from '../../../contract/clusters.ts'
import type { JobType } from '../../../contract/jobs.ts'
import { ApiError } from '../../http/api-error.ts'
import type { ClustersRepository } from '../../store/clusters-repository.ts'
import type { JobsRepository } from '../../store/jobs-repository.ts'
import type { JobDefinition, JobRunner } from '../jobs/job-runner.ts'
import type { ClusterAccess } from './cluster-access.ts'
import type { LocalClusters } from './local-clusters.ts'

export interface LifecycleDeps {
  clusters: ClustersRepository
  jobs: JobsRepository
  local: LocalClusters
  access: ClusterAccess
}

/** The stop and start jobs of clusters Ferry runs. Each step is idempotent, as the job runner requires. */
export function lifecycleJobs({ clusters, local, access }: LifecycleDeps): Record<JobType, JobDefinition> {
  async function cluster(clusterId: string) {
    const found = await clusters.get(clusterId)
    if (!found) throw new Error(`Cluster ${clusterId} no longer exists.`)
    return found
  }
  return {
    SUSPEND_KAFKA_CLUSTER: {
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
    },
    RESUME_KAFKA_CLUSTER: {
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
    },
  }
}

/** Stop and start, checked against the reference's preconditions before a job is made. */
export function clusterLifecycle({
  clusters,
  jobs,
  runner,
}: Pick<LifecycleDeps, 'clusters' | 'jobs'> & { runner: JobRunner }) {
  async function managed(clusterId: string) {
    const cluster = await clusters.get(clusterId)
    if (!cluster) throw new ApiError('CLUSTER_NOT_FOUND', `No cluster with ID ${clusterId}.`)
    if (cluster.provider !== 'local') {
      throw new ApiError(
        'CLUSTER_NOT_MANAGED',
        `${cluster.name} is an existing cluster Ferry only connects to; it cannot stop or start it.`,
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

  async function begin(clusterId: string, type: JobType, from: ClusterState, to: ClusterState) {
    // UPDATING first: set after, it could overwrite the end state of a job that finishes at once.
    await clusters.update(clusterId, { state: 'UPDATING', stateReason: null })
    try {
      const job = await runner.submit({
        clusterId,
        type,
        sourceContext: { state: from },
        targetContext: { state: to },
      })
      return { clusterId, jobId: job.jobId }
    } catch (err) {
      await clusters.update(clusterId, { state: from })
      throw err
    }
  }

  return {
    async stop(clusterId: string) {
      const cluster = await managed(clusterId)
      if (cluster.state !== 'ACTIVE') {
        throw new ApiError(
          'CLUSTER_NOT_ACTIVE',
          `${cluster.name} is ${cluster.state}; only an ACTIVE cluster can be stopped.`,
        )
      }
      return begin(clusterId, 'SUSPEND_KAFKA_CLUSTER', 'ACTIVE', 'SUSPENDED')
    },

    async start(clusterId: string) {
      const cluster = await managed(clusterId)
      if (cluster.state !== 'SUSPENDED') {
        throw new ApiError(
          'CLUSTER_NOT_SUSPENDED',
          `${cluster.name} is ${cluster.state}; only a SUSPENDED cluster can be started.`,
        )
      }
      return begin(clusterId, 'RESUME_KAFKA_CLUSTER', 'SUSPENDED', 'ACTIVE')
    },
  }
}
export type ClusterLifecycle = ReturnType<typeof clusterLifecycle>
