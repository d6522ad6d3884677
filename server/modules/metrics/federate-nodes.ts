import { lookup } from 'node:dns/promises'
import type { PromSample } from './prometheus-text.ts'

// Labels some exporter setups add to say which broker a series is of.
const BROKER_ID_LABELS = ['broker_id', 'node_id', 'kafka_broker_id', 'broker']

/** The host of an `instance` label: host:port, [v6]:port, or a bare host. */
export function instanceHost(instance: string): string {
  const v6 = /^\[([^\]]+)\](?::\d+)?$/.exec(instance)
  if (v6) return v6[1] as string
  const colon = instance.lastIndexOf(':')
  // More than one colon and no brackets: a bare IPv6 address.
  if (colon < 0 || instance.indexOf(':') !== colon) return instance
  return instance.slice(0, colon)
}

/** Each broker with the names and addresses its advertised host goes by. */
export async function brokerAddresses(
  brokers: { nodeId: number; host: string }[],
): Promise<{ nodeId: number; names: Set<string> }[]> {
  return Promise.all(
    brokers.map(async ({ nodeId, host }) => {
      const names = new Set([host.toLowerCase()])
      const resolved = await lookup(host, { all: true }).catch(() => [])
      for (const { address } of resolved) names.add(address)
      return { nodeId, names }
    }),
  )
}

/**
 * Which broker a federated series is of. Prometheus labels it with the exporter it scraped (`instance`), not
 * the broker, so: a broker id label when the exporter setup adds one and it names a broker of this cluster;
 * else the broker whose advertised host (or an address it resolves to) is the instance's host, when no other
 * broker of the cluster shares that host. Anything else is null and left out: the same Prometheus often
 * scrapes other clusters, and a guess would mix their series into this one's.
 */
export function nodeOfSeries(
  labels: PromSample['labels'],
  brokers: { nodeId: number; names: Set<string> }[],
): number | null {
  for (const label of BROKER_ID_LABELS) {
    const value = labels[label]
    if (value !== undefined && brokers.some((b) => String(b.nodeId) === value)) return Number(value)
  }
  if (labels.instance === undefined) return null
  const host = instanceHost(labels.instance).toLowerCase()
  const onHost = brokers.filter((b) => b.names.has(host))
  return onHost.length === 1 ? (onHost[0] as { nodeId: number }).nodeId : null
}
