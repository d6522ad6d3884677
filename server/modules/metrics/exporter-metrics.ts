import type { MetricName } from '../../../contract/metrics.ts'
import type { MetricReading } from '../../store/metric-samples-repository.ts'
import type { CounterRates, CounterReading } from './counter-rates.ts'
import type { PromSample } from './prometheus-text.ts'

/** Exporter series, by the names runtime/kafka/kafka-metrics.yml and the agent's JVM collectors give them. */
interface Source {
  metric: MetricName
  /** Series names, the agent's current one first: other exporters, or older agents, use the later ones. */
  names: string[]
  where?: Record<string, string>
  /** Applied to the value, or to the rate of a counter. */
  scale?: number
}

/** Counters become per-second rates; the `topic` label is kept where the exporter has one (see KEEPS_TOPIC). */
const COUNTERS: Source[] = [
  { metric: 'bytes_in', names: ['kafka_server_brokertopicmetrics_bytesinpersec_total'] },
  { metric: 'bytes_out', names: ['kafka_server_brokertopicmetrics_bytesoutpersec_total'] },
  { metric: 'messages_in', names: ['kafka_server_brokertopicmetrics_messagesinpersec_total'] },
  // Summed over the request's versions. Fetches are consumers' (FetchConsumer): followers' fetches are
  // long polls that come at the same pace whatever the load.
  {
    metric: 'produce_requests',
    names: ['kafka_network_requestmetrics_requests_total'],
    where: { request: 'Produce' },
  },
  {
    metric: 'fetch_requests',
    names: ['kafka_network_requestmetrics_requests_total'],
    where: { request: 'FetchConsumer' },
  },
  // Seconds of GC per second, summed over the collectors, in ms per second.
  { metric: 'gc_time', names: ['jvm_gc_collection_seconds_sum'], scale: 1000 },
  // Seconds of CPU per second: 100% is one core.
  { metric: 'process_cpu', names: ['process_cpu_seconds_total'], scale: 100 },
]

const GAUGES: Source[] = [
  {
    metric: 'produce_latency_p99',
    names: ['kafka_network_requestmetrics_totaltimems'],
    where: { request: 'Produce', quantile: '0.99' },
  },
  {
    metric: 'fetch_latency_p99',
    names: ['kafka_network_requestmetrics_totaltimems'],
    where: { request: 'FetchConsumer', quantile: '0.99' },
  },
  // Reported by controllers only; brokers have no such series.
  { metric: 'offline_partitions', names: ['kafka_controller_kafkacontroller_offlinepartitionscount'] },
  { metric: 'active_controller', names: ['kafka_controller_kafkacontroller_activecontrollercount'] },
  // Agent 1.0.1 says jvm_memory_used_bytes; the 0.x agents said jvm_memory_bytes_used.
  {
    metric: 'jvm_heap_used',
    names: ['jvm_memory_used_bytes', 'jvm_memory_bytes_used'],
    where: { area: 'heap' },
  },
  // A fraction of 1 on the exporter.
  {
    metric: 'network_processor_idle',
    names: ['kafka_network_socketserver_networkprocessoravgidlepercent'],
    scale: 100,
  },
  { metric: 'process_memory', names: ['process_resident_memory_bytes'] },
]

const REQUEST_HANDLER_IDLE = 'kafka_server_kafkarequesthandlerpool_requesthandleravgidlepercent'

/**
 * Metrics whose exporter series come both broker-wide (no topic label) and per topic. Both are stored: the
 * broker-wide one with `node` only, each topic's with `node` and `topic`. The query keeps them apart so that
 * nothing is counted twice (see seriesScope in metric-query.ts).
 */
export const KEEPS_TOPIC: ReadonlySet<string> = new Set(['bytes_in', 'bytes_out', 'messages_in'])

const matches = (sample: PromSample, source: Source) =>
  source.names.includes(sample.name) &&
  Object.entries(source.where ?? {}).every(([label, value]) => sample.labels[label] === value)

/** The first of the source's names the scrape has: an exporter that has both is read once. */
function pick(samples: PromSample[], source: Source): PromSample[] {
  for (const name of source.names) {
    const found = samples.filter((s) => s.name === name && matches(s, source))
    if (found.length > 0) return found
  }
  return []
}

const labelKey = (labels: Record<string, string>) =>
  Object.keys(labels)
    .sort()
    .map((k) => `${k}=${labels[k]}`)
    .join(',')

/**
 * RequestHandlerAvgIdlePercent as a percentage. A node that is both broker and controller runs two handler
 * pools that mark the same meter, each as a fraction of its own threads, so it reads up to 2 there (seen on
 * 4.1.2: 1.97 when idle); halving it gives the pools' average. A node has both roles when its scrape has
 * controller gauges and broker topic metrics.
 */
function requestHandlerIdle(samples: PromSample[]): number | null {
  const meter = samples.find((s) => s.name === REQUEST_HANDLER_IDLE)
  if (!meter) return null
  const combined =
    samples.some((s) => s.name.startsWith('kafka_controller_kafkacontroller_')) &&
    samples.some((s) => s.name.startsWith('kafka_server_brokertopicmetrics_'))
  return Math.min(100, Math.max(0, (meter.value * 100) / (combined ? 2 : 1)))
}

/**
 * One node's scrape as catalogue readings: gauges as they are, counters as rates against the node's previous
 * scrape in `rates` (nothing on the first scrape or after a restart). `scrapedAt` times samples that carry
 * no timestamp of their own.
 */
export function exporterReadings(
  samples: PromSample[],
  node: string,
  rates: CounterRates,
  scrapedAt: number,
): MetricReading[] {
  const readings: MetricReading[] = []
  for (const source of GAUGES) {
    const found = pick(samples, source)
    if (found.length === 0) continue
    const value = found.reduce((sum, s) => sum + s.value, 0) * (source.scale ?? 1)
    if (Number.isFinite(value)) readings.push({ metric: source.metric, labels: { node }, value })
  }
  const idle = requestHandlerIdle(samples)
  if (idle !== null && Number.isFinite(idle))
    readings.push({ metric: 'request_handler_idle', labels: { node }, value: idle })

  for (const source of COUNTERS) {
    // Counters of one output series: per topic where the metric keeps it, else all of the node's.
    const groups = new Map<string, CounterReading[]>()
    for (const sample of pick(samples, source)) {
      const topic = KEEPS_TOPIC.has(source.metric) ? (sample.labels.topic ?? '') : ''
      const list = groups.get(topic) ?? []
      list.push({
        key: `${node}|${sample.name}|${labelKey(sample.labels)}`,
        value: sample.value,
        timeMs: sample.timestampMs ?? scrapedAt,
      })
      groups.set(topic, list)
    }
    for (const [topic, counters] of groups) {
      const rate = rates.sum(counters)
      if (rate === null || !Number.isFinite(rate)) continue
      const labels = topic === '' ? { node } : { node, topic }
      readings.push({ metric: source.metric, labels, value: rate * (source.scale ?? 1) })
    }
  }
  return readings
}
