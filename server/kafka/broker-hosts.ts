import type { KafkaAdmin } from './admin-pool.ts'

/** The host each broker advertises, from the client's metadata. */
export async function brokerHosts(admin: KafkaAdmin): Promise<{ nodeId: number; host: string }[]> {
  const { brokers } = await admin.metadata({ topics: [] })
  return [...brokers].map(([nodeId, b]) => ({ nodeId, host: b.host })).sort((a, b) => a.nodeId - b.nodeId)
}
