import {
  type Admin,
  ConfigResourceTypes,
  ConfigSources,
  type Connection,
  describeConfigsV4,
  IncrementalAlterConfigOperationTypes,
  type IncrementalAlterConfigsOptions,
  incrementalAlterConfigsV1,
} from '@platformatic/kafka'
import type { KafkaAdmin } from './admin-pool.ts'

export type ConfigSource = 'DEFAULT' | 'STATIC' | 'DYNAMIC_BROKER' | 'DYNAMIC_CLUSTER_DEFAULT' | 'OTHER'

export interface BrokerConfig {
  name: string
  value: string | null
  source: ConfigSource
  readOnly: boolean
  sensitive: boolean
  documentation: string | null
}

const SOURCES: Record<number, ConfigSource> = {
  [ConfigSources.DEFAULT_CONFIG]: 'DEFAULT',
  [ConfigSources.STATIC_BROKER_CONFIG]: 'STATIC',
  [ConfigSources.DYNAMIC_BROKER_CONFIG]: 'DYNAMIC_BROKER',
  [ConfigSources.DYNAMIC_DEFAULT_BROKER_CONFIG]: 'DYNAMIC_CLUSTER_DEFAULT',
}

type DescribedConfig = Awaited<ReturnType<Admin['describeConfigs']>>[number]['configs'][number]

function toConfig(c: DescribedConfig): BrokerConfig {
  return {
    name: c.name,
    // Kafka already sends null for sensitive values; never pass one on even if it did not.
    value: c.isSensitive ? null : (c.value ?? null),
    source: SOURCES[c.configSource] ?? 'OTHER',
    readOnly: c.readOnly,
    sensitive: c.isSensitive,
    documentation: c.documentation ?? null,
  }
}

/**
 * A connection to one broker, or to any when brokerId is ''. The client's own describeConfigs and
 * incrementalAlterConfigs route a BROKER resource by its name, so the cluster-wide resource '' would go
 * to a broker 0 that does not exist; these calls pick the broker themselves.
 */
async function brokerConnection(admin: KafkaAdmin, brokerId: number | ''): Promise<Connection | null> {
  const brokers = [...(await admin.metadata({ topics: [] })).brokers.keys()]
  const target = brokerId === '' ? brokers[0] : brokers.find((id) => id === brokerId)
  if (target === undefined) return null
  return (await admin.connectToBrokers([target])).get(target) ?? null
}

/**
 * Every config of one broker, as that broker resolves it; null when no such broker is alive.
 * Broker '' means the cluster-wide dynamic defaults.
 */
export async function describeBrokerConfigs(
  admin: KafkaAdmin,
  brokerId: number | '',
): Promise<BrokerConfig[] | null> {
  const connection = await brokerConnection(admin, brokerId)
  if (!connection) return null
  const response = await describeConfigsV4.api.async(
    connection,
    [{ resourceType: ConfigResourceTypes.BROKER, resourceName: String(brokerId) }],
    false,
    true,
  )
  return (response.results[0]?.configs ?? []).map(toConfig).sort((a, b) => a.name.localeCompare(b.name))
}

/**
 * Sets (value) or removes (null) cluster-wide dynamic broker configs, all or nothing: each key is first
 * validated alone by the brokers, so a refusal names its key, and nothing is applied unless every key passes.
 */
export async function alterClusterBrokerConfigs(
  admin: KafkaAdmin,
  changes: { name: string; value: string | null }[],
): Promise<{ refused: Record<string, string> }> {
  const resource = (list: typeof changes) => ({
    resourceType: ConfigResourceTypes.BROKER,
    resourceName: '',
    configs: list.map((c): IncrementalAlterConfigsOptions['resources'][number]['configs'][number] =>
      c.value === null
        ? { name: c.name, configOperation: IncrementalAlterConfigOperationTypes.DELETE }
        : { name: c.name, configOperation: IncrementalAlterConfigOperationTypes.SET, value: c.value },
    ),
  })
  const connection = await brokerConnection(admin, '')
  if (!connection) throw new Error('No broker answered.')
  const refused: Record<string, string> = {}
  for (const change of changes) {
    try {
      await incrementalAlterConfigsV1.api.async(connection, [resource([change])], true)
    } catch (err) {
      refused[change.name] = brokerMessage(err)
    }
  }
  if (Object.keys(refused).length === 0) {
    await incrementalAlterConfigsV1.api.async(connection, [resource(changes)], false)
  }
  return { refused }
}

/** The broker's own words, from the innermost error the client wraps. */
function brokerMessage(err: unknown): string {
  let current: unknown = err
  let message = err instanceof Error ? err.message : String(err)
  while (current instanceof Error) {
    const response = (current as { response?: { responses?: { errorMessage?: string | null }[] } }).response
    const fromBroker = response?.responses?.find((r) => r.errorMessage)?.errorMessage
    if (fromBroker) return fromBroker
    message = current.message || message
    current = (current as { cause?: unknown }).cause ?? (current as { errors?: unknown[] }).errors?.[0]
  }
  return message
}
