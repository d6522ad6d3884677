import type { ListEventsQuery } from '../../../contract/events.ts'
import type { ListJobsQuery } from '../../../contract/jobs.ts'
import { ApiError } from '../../http/api-error.ts'
import type { ClustersRepository } from '../../store/clusters-repository.ts'
import type { EventsRepository } from '../../store/events-repository.ts'
import type { JobsRepository } from '../../store/jobs-repository.ts'

/** Reading jobs and the events they record: per cluster and across clusters. */
export function jobsService({
  jobs,
  events,
  clusters,
}: {
  jobs: JobsRepository
  events: EventsRepository
  clusters: ClustersRepository
}) {
  async function requireCluster(clusterId: string) {
    if (!(await clusters.get(clusterId)))
      throw new ApiError('CLUSTER_NOT_FOUND', `No cluster with ID ${clusterId}.`)
  }
  return {
    async list(clusterId: string, query: ListJobsQuery) {
      await requireCluster(clusterId)
      return jobs.page(clusterId, query)
    },

    listAll: (query: ListJobsQuery) => jobs.page(null, query),

    async events(clusterId: string, query: ListEventsQuery) {
      await requireCluster(clusterId)
      return events.page(clusterId, query)
    },

    allEvents: (query: ListEventsQuery) => events.page(null, query),

    /** A job outlives its cluster: the task that deleted a cluster can still be read. */
    async get(clusterId: string, jobId: string) {
      const job = await jobs.get(jobId)
      if (job && job.clusterId === clusterId) return { job }
      await requireCluster(clusterId)
      throw new ApiError('JOB_NOT_FOUND', `No task ${jobId} on this cluster.`)
    },
  }
}

export type JobsService = ReturnType<typeof jobsService>
