import { apiFetch } from './api.ts'

/** The `local` cluster Ferry provisioned for the e2e run: its ID, and where a Kafka client reaches it. */
export async function localCluster(): Promise<{ clusterId: string; bootstrap: string }> {
  const clusters = await (await apiFetch('/clusters?clusterName=local')).json()
  const clusterId: string = clusters.clusters.find((c: { name: string }) => c.name === 'local').clusterId
  const endpoints = await (await apiFetch(`/clusters/${clusterId}/access-endpoints`)).json()
  const bootstrap: string = endpoints.accessEndpoints.find(
    (e: { securityProtocol: string }) => e.securityProtocol === 'PLAINTEXT',
  ).endpoints
  return { clusterId, bootstrap }
}

/**
 * Creates a topic through Ferry's API, which answers once the brokers know its leaders; a producer sent
 * to a topic created a moment earlier can meet "unknown topic" and resend its batch, doubling records.
 */
export async function createTopic(clusterId: string, topicName: string, partitionNum: number) {
  const res = await apiFetch(`/clusters/${clusterId}/topics`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ topicName, partitionNum, replicationFactor: 1 }),
  })
  if (res.status !== 201) throw new Error(`creating ${topicName} failed: ${await res.text()}`)
}
