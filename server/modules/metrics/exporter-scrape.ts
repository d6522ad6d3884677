import type { StoredCluster } from '../../store/clusters-repository.ts'
import type { MetricReading } from '../../store/metric-samples-repository.ts'
import type { StoredLocalState } from '../clusters/local-clusters.ts'
import type { CounterRates } from './counter-rates.ts'
import { exporterReadings } from './exporter-metrics.ts'
import { brokerAddresses, nodeOfSeries } from './federate-nodes.ts'
import { type PromSample, parsePrometheusText } from './prometheus-text.ts'

export interface ExporterTarget {
  brokerId: number
  url: string
}

export interface ScrapeResult {
  readings: MetricReading[]
  /** One line per exporter that did not answer, for the log. */
  failures: string[]
}

/** A local cluster's exporters: each node runs the JMX exporter agent on its metrics port. */
export function localExporters(cluster: StoredCluster): ExporterTarget[] {
  const state = cluster.providerState as StoredLocalState | null
  return (state?.nodes ?? []).map((n) => ({
    brokerId: n.nodeId,
    url: `http://${n.host}:${n.metricsPort}/metrics`,
  }))
}

/**
 * The body, and when the exporter read its values: somewhere between the request and the answer, so the
 * middle. Taking the answer's time instead skews each rate by however late the answer was read, which on
 * a busy machine is a good part of a short interval.
 */
async function fetchText(url: string, timeoutMs: number): Promise<{ text: string; readAt: number }> {
  const requested = Date.now()
  const res = await fetch(url, { signal: AbortSignal.timeout(timeoutMs), headers: { accept: 'text/plain' } })
  if (!res.ok) throw new Error(`answered HTTP ${res.status}`)
  const text = await res.text()
  return { text, readAt: (requested + Date.now()) / 2 }
}

const reason = (err: unknown) => (err instanceof Error ? err.message : String(err))

/** Scrapes each broker's exporter; a node that does not answer is left out of this round. */
export async function scrapeExporters(
  targets: ExporterTarget[],
  rates: CounterRates,
  timeoutMs: number,
): Promise<ScrapeResult> {
  const failures: string[] = []
  const perNode = await Promise.all(
    targets.map(async ({ brokerId, url }) => {
      try {
        const { text, readAt } = await fetchText(url, timeoutMs)
        return exporterReadings(parsePrometheusText(text).samples, String(brokerId), rates, readAt)
      } catch (err) {
        failures.push(`exporter of node ${brokerId} (${url}): ${reason(err)}`)
        return []
      }
    }),
  )
  return { readings: perNode.flat(), failures }
}

/** Everything Ferry maps, in one federation request. */
const FEDERATE_MATCH = '{__name__=~"kafka_.*|jvm_.*|process_.*"}'

export function federateUrl(prometheusUrl: string): string {
  const url = new URL('federate', prometheusUrl.endsWith('/') ? prometheusUrl : `${prometheusUrl}/`)
  url.searchParams.set('match[]', FEDERATE_MATCH)
  return url.toString()
}

/**
 * Reads the brokers' series from a Prometheus server's /federate (the same text format, with timestamps)
 * and maps them to brokers by nodeOfSeries. Series of no broker of this cluster are dropped; a broker that
 * two scrape jobs watch is read from the first one only, so that nothing counts twice.
 */
export async function scrapeFederation(
  prometheusUrl: string,
  brokers: { nodeId: number; host: string }[],
  rates: CounterRates,
  timeoutMs: number,
): Promise<ScrapeResult> {
  let answer: { text: string; readAt: number }
  try {
    answer = await fetchText(federateUrl(prometheusUrl), timeoutMs)
  } catch (err) {
    return { readings: [], failures: [`Prometheus federation (${prometheusUrl}): ${reason(err)}`] }
  }
  const addresses = await brokerAddresses(brokers)
  const perNode = new Map<number, { source: string; samples: PromSample[] }>()
  for (const sample of parsePrometheusText(answer.text).samples) {
    const node = nodeOfSeries(sample.labels, addresses)
    if (node === null) continue
    const source = `${sample.labels.job ?? ''}|${sample.labels.instance ?? ''}`
    const entry = perNode.get(node) ?? { source, samples: [] }
    if (entry.source !== source) continue
    entry.samples.push(sample)
    perNode.set(node, entry)
  }
  const readings = [...perNode].flatMap(([node, { samples }]) =>
    exporterReadings(samples, String(node), rates, answer.readAt),
  )
  return { readings, failures: [] }
}
