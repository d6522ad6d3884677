import { type Admin, ConfigSources } from '@platformatic/kafka'
import type { ConfigEntry } from '../../contract/broker-configs.ts'

const SOURCES: Record<number, ConfigEntry['source']> = {
  [ConfigSources.DEFAULT_CONFIG]: 'DEFAULT',
  [ConfigSources.STATIC_BROKER_CONFIG]: 'STATIC',
  [ConfigSources.TOPIC_CONFIG]: 'DYNAMIC_TOPIC',
  [ConfigSources.DYNAMIC_BROKER_CONFIG]: 'DYNAMIC_BROKER',
  [ConfigSources.DYNAMIC_DEFAULT_BROKER_CONFIG]: 'DYNAMIC_CLUSTER_DEFAULT',
}

type DescribedConfig = Awaited<ReturnType<Admin['describeConfigs']>>[number]['configs'][number]

/** A described broker or topic config, as the API answers it. */
export function toConfigEntry(c: DescribedConfig): ConfigEntry {
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

/** The broker's own words, from the innermost error the client wraps. */
export function brokerMessage(err: unknown): string {
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
