import {
  ConfigResourceTypes,
  describeConfigsV4,
  IncrementalAlterConfigOperationTypes,
  type IncrementalAlterConfigsOptions,
  incrementalAlterConfigsV1,
} from '@platformatic/kafka'
import type { ConfigEntry } from '../../contract/broker-configs.ts'
import type { KafkaAdmin } from './admin-pool.ts'
import { anyBrokerConnection, brokerConnection } from './broker-connection.ts'
import { brokerMessage, toConfigEntry } from './config-entries.ts'

/**
 * Every config of one broker, as that broker resolves it; null when no such broker is alive.
 * Broker '' means the cluster-wide dynamic defaults.
 */
export async function describeBrokerConfigs(
  admin: KafkaAdmin,
  brokerId: number | '',
): Promise<ConfigEntry[] | null> {
  const connection = await brokerConnection(admin, brokerId)
  if (!connection) return null
  const response = await describeConfigsV4.api.async(
    connection,
    [{ resourceType: ConfigResourceTypes.BROKER, resourceName: String(brokerId) }],
    false,
    true,
  )
  return (response.results[0]?.configs ?? []).map(toConfigEntry).sort((a, b) => a.name.localeCompare(b.name))
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
  const connection = await anyBrokerConnection(admin)
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
