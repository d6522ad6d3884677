import type { Connection } from '@platformatic/kafka'
import type { KafkaAdmin } from './admin-pool.ts'

/**
 * A connection to one broker, or to any when brokerId is ''; null when no such broker is alive. Calls the
 * client does not route as Ferry needs (a cluster-wide config, validateOnly, internal topics) go through it.
 */
export async function brokerConnection(admin: KafkaAdmin, brokerId: number | ''): Promise<Connection | null> {
  const brokers = [...(await admin.metadata({ topics: [] })).brokers.keys()]
  const target = brokerId === '' ? brokers[0] : brokers.find((id) => id === brokerId)
  if (target === undefined) return null
  return (await admin.connectToBrokers([target])).get(target) ?? null
}

/** Like brokerConnection(admin, ''), for calls that cannot do without a broker. */
export async function anyBrokerConnection(admin: KafkaAdmin): Promise<Connection> {
  const connection = await brokerConnection(admin, '')
  if (!connection) throw new Error('No broker of the cluster answered.')
  return connection
}

/** The parsed response a failed call still carries: Kafka answers per topic or partition, some may have passed. */
export function responseOf<T>(err: unknown): T | null {
  return ((err as { response?: T } | null)?.response as T | undefined) ?? null
}
