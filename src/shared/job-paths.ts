/** Where a cluster's tasks and one task live in the console; tasks and events both link there. */
export const clusterJobsPath = (clusterId: string) => `/clusters/${encodeURIComponent(clusterId)}/jobs`

export const jobPath = (clusterId: string, jobId: string) =>
  `${clusterJobsPath(clusterId)}/${encodeURIComponent(jobId)}`
