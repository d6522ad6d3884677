export const clusterJobsPath = (clusterId: string) => `/clusters/${encodeURIComponent(clusterId)}/jobs`

export const jobPath = (clusterId: string, jobId: string) =>
  `${clusterJobsPath(clusterId)}/${encodeURIComponent(jobId)}`
