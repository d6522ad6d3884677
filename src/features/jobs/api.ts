import { queryOptions } from '@tanstack/react-query'
import type { RouteInput, RouteResponse } from '../../../contract/http.ts'
import { routes } from '../../../contract/routes.ts'
import { callApi } from '../../shared/api-client.ts'
import { isActive } from './job-state.ts'

export type JobListQuery = NonNullable<RouteInput<typeof routes.listJobs>['query']>

/** A list with a job under way follows it at this pace; the open job itself faster, step by step. */
const listPollMs = 2_000
const detailPollMs = 1_000

export const jobKeys = {
  all: (clusterId: string) => ['clusters', clusterId, 'jobs'] as const,
  list: (clusterId: string, query: JobListQuery) => ['clusters', clusterId, 'jobs', { list: query }] as const,
  detail: (clusterId: string, jobId: string) => ['clusters', clusterId, 'jobs', jobId] as const,
  /** Every cluster's jobs: not under one cluster, since the list spans them. */
  global: (query: JobListQuery) => ['jobs', { list: query }] as const,
}

type JobListData = RouteResponse<typeof routes.listJobs>

const pollWhileActive = (data: JobListData | undefined) =>
  data?.jobs.some((job) => isActive(job.state)) ? listPollMs : false

export function clusterJobListQuery(clusterId: string, query: JobListQuery) {
  return queryOptions({
    queryKey: jobKeys.list(clusterId, query),
    queryFn: ({ signal }) => callApi(routes.listClusterJobs, { params: { clusterId }, query }, { signal }),
    refetchInterval: (q) => pollWhileActive(q.state.data),
  })
}

export function globalJobListQuery(query: JobListQuery) {
  return queryOptions({
    queryKey: jobKeys.global(query),
    queryFn: ({ signal }) => callApi(routes.listJobs, { query }, { signal }),
    refetchInterval: (q) => pollWhileActive(q.state.data),
  })
}

export function jobDetailQuery(clusterId: string, jobId: string) {
  return queryOptions({
    queryKey: jobKeys.detail(clusterId, jobId),
    queryFn: ({ signal }) => callApi(routes.getClusterJob, { params: { clusterId, jobId } }, { signal }),
    select: (data) => data.job,
    refetchInterval: (q) => (q.state.data && isActive(q.state.data.job.state) ? detailPollMs : false),
  })
}
