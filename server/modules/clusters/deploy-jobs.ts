import type { JobDefinition } from '../jobs/job-runner.ts'
import type { LifecycleDeps } from './cluster-lifecycle.ts'
import { jobCluster } from './job-cluster.ts'

/**
 * Creating and releasing clusters Ferry runs. Each step is idempotent, as the job runner requires: after a
 * crash the step runs again and finds its own earlier work (a planned cluster, formatted nodes, running
 * processes adopted by their pid files) instead of doing it twice.
 */
export function deployJobs({ clusters, local, access }: LifecycleDeps) {
  const cluster = jobCluster(clusters)

  const create: JobDefinition = {
    title: 'Creating the cluster',
    events: {
      started: 'CLUSTER_CREATE_STARTED',
      succeeded: 'CLUSTER_CREATE_SUCCEEDED',
      failed: 'CLUSTER_CREATE_FAILED',
    },
    operations: [
      'INIT_DEPLOY_ENVIRONMENT',
      'CONFIG_KAFKA_SERVICE',
      'START_KAFKA_SERVICE',
      'UPDATE_METADATA_FOR_CLUSTER',
    ],
    async step(job, operation, checkpoint) {
      const { clusterId } = job
      switch (operation) {
        case 'INIT_DEPLOY_ENVIRONMENT':
          await clusters.update(clusterId, { state: 'DEPLOYING', stateReason: null })
          await local.plan(await cluster(clusterId))
          return
        case 'CONFIG_KAFKA_SERVICE':
          await local.prepare(await cluster(clusterId))
          return
        case 'START_KAFKA_SERVICE':
          await local.startNodes(await cluster(clusterId), () => checkpoint('SPAWNED'))
          return
        default:
          await clusters.update(clusterId, { state: 'ACTIVE', stateReason: null })
      }
    },
    async failed(job, error, operation) {
      // Nothing half-started keeps running; the files stay for the logs until the cluster is deleted.
      const found = await clusters.get(job.clusterId)
      if (found) await local.stopNodes(found).catch(() => {})
      await clusters.update(job.clusterId, {
        state: 'DEPLOY_FAILED',
        stateReason: `Creating failed at ${operation}: ${error}`,
      })
    },
  }

  const release: JobDefinition = {
    title: 'Releasing the cluster',
    events: {
      started: 'CLUSTER_RELEASE_STARTED',
      succeeded: 'CLUSTER_RELEASE_SUCCEEDED',
      failed: 'CLUSTER_RELEASE_FAILED',
    },
    operations: ['RELEASE_ALL_RESOURCE', 'UPDATE_METADATA_FOR_CLUSTER'],
    async step(job, operation) {
      const found = await clusters.get(job.clusterId)
      // Gone already: a crash came after the last step had removed the row.
      if (!found) return
      if (operation === 'RELEASE_ALL_RESOURCE') {
        await access.forget(job.clusterId)
        await local.destroy(found)
      } else await clusters.delete(job.clusterId)
    },
    async failed(job, error, operation) {
      // The brokers are stopped before anything is removed, so a cluster half released is a stopped one;
      // from there it can be started again or deleted again.
      await clusters.update(job.clusterId, {
        state: 'SUSPENDED',
        stateReason: `Deleting failed at ${operation}: ${error}`,
      })
    },
  }

  return { CREATE_KAFKA_CLUSTER: create, RELEASE_KAFKA_CLUSTER: release }
}
