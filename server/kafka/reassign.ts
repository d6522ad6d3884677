import { alterPartitionReassignmentsV0, listPartitionReassignmentsV0 } from '@platformatic/kafka'
import type { KafkaAdmin } from './admin-pool.ts'
import { anyBrokerConnection } from './broker-connection.ts'

export interface Reassignment {
  topic: string
  partition: number
  replicas: number[]
}

/** Asks the controller (through any broker, which forwards it) to move partitions to these replicas. */
export async function reassignPartitions(admin: KafkaAdmin, moves: Reassignment[]): Promise<void> {
  if (moves.length === 0) return
  const byTopic = new Map<string, { partitionIndex: number; replicas: number[] }[]>()
  for (const m of moves) {
    const list = byTopic.get(m.topic) ?? []
    list.push({ partitionIndex: m.partition, replicas: m.replicas })
    byTopic.set(m.topic, list)
  }
  const connection = await anyBrokerConnection(admin)
  const response = await alterPartitionReassignmentsV0.api.async(
    connection,
    30_000,
    false,
    [...byTopic].map(([name, partitions]) => ({ name, partitions })),
  )
  if (response.errorCode !== 0) throw new Error(response.errorMessage ?? `error code ${response.errorCode}`)
  const refused = response.responses.flatMap((t) =>
    t.partitions
      .filter((p) => p.errorCode !== 0)
      .map((p) => `${t.name}-${p.partitionIndex}: ${p.errorMessage}`),
  )
  if (refused.length > 0) throw new Error(`The controller refused to move ${refused.join('; ')}`)
}

/** How many partition moves are still under way in the cluster. */
export async function reassignmentsInProgress(admin: KafkaAdmin): Promise<number> {
  const connection = await anyBrokerConnection(admin)
  // Null topics: every ongoing reassignment.
  const response = await listPartitionReassignmentsV0.api.async(connection, 30_000, null as never)
  if (response.errorCode !== 0) throw new Error(response.errorMessage ?? `error code ${response.errorCode}`)
  return response.topics.reduce((n, t) => n + t.partitions.length, 0)
}
