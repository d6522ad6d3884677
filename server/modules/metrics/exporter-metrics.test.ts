import { describe, expect, it } from 'vitest'
import type { MetricReading } from '../../store/metric-samples-repository.ts'
import { CounterRates } from './counter-rates.ts'
import { exporterReadings } from './exporter-metrics.ts'
import { parsePrometheusText } from './prometheus-text.ts'

/** A scrape of a combined (broker and controller) node, shaped as the agent answers with Ferry's rules. */
function scrape(v: {
  bytesIn: number
  bytesInA: number
  produceV9: number
  produceV11?: number
  gcCopy: number
  gcOld: number
  cpu: number
}) {
  const lines = [
    `kafka_server_brokertopicmetrics_bytesinpersec_total ${v.bytesIn}`,
    `kafka_server_brokertopicmetrics_bytesinpersec_total{topic="a"} ${v.bytesInA}`,
    `kafka_network_requestmetrics_requests_total{request="Produce",version="9"} ${v.produceV9}`,
    v.produceV11 === undefined
      ? ''
      : `kafka_network_requestmetrics_requests_total{request="Produce",version="11"} ${v.produceV11}`,
    `kafka_network_requestmetrics_requests_total{request="Metadata",version="12"} 40.0`,
    `kafka_network_requestmetrics_totaltimems{quantile="0.99",request="Produce"} 16.0`,
    `kafka_network_requestmetrics_totaltimems{quantile="0.50",request="Produce"} 2.0`,
    `kafka_controller_kafkacontroller_activecontrollercount 1.0`,
    `kafka_controller_kafkacontroller_offlinepartitionscount 0.0`,
    `kafka_server_kafkarequesthandlerpool_requesthandleravgidlepercent 1.9`,
    `kafka_network_socketserver_networkprocessoravgidlepercent 0.75`,
    `jvm_memory_used_bytes{area="heap"} 2.0E8`,
    `jvm_memory_used_bytes{area="nonheap"} 6.0E7`,
    `jvm_gc_collection_seconds_sum{gc="Copy"} ${v.gcCopy}`,
    `jvm_gc_collection_seconds_sum{gc="MarkSweepCompact"} ${v.gcOld}`,
    `process_cpu_seconds_total ${v.cpu}`,
    `process_resident_memory_bytes 3.5E8`,
  ]
  return parsePrometheusText(lines.join('\n')).samples
}

const byMetric = (readings: MetricReading[]) =>
  Object.fromEntries(readings.map((r) => [`${r.metric}${r.labels.topic ? `/${r.labels.topic}` : ''}`, r]))

describe('a node’s exporter scrape', () => {
  const T = 1_767_225_600_000
  const first = { bytesIn: 1000, bytesInA: 600, produceV9: 10, gcCopy: 1, gcOld: 2, cpu: 50 }

  it('gives gauges at once, in the catalogue’s units', () => {
    const readings = byMetric(exporterReadings(scrape(first), '1', new CounterRates(), T))
    expect(Object.keys(readings).sort()).toEqual([
      'active_controller',
      'jvm_heap_used',
      'network_processor_idle',
      'offline_partitions',
      'process_memory',
      'produce_latency_p99',
      'request_handler_idle',
    ])
    expect(readings.produce_latency_p99).toEqual({
      metric: 'produce_latency_p99',
      labels: { node: '1' },
      value: 16,
    })
    expect(readings.jvm_heap_used?.value).toBe(200_000_000)
    expect(readings.network_processor_idle?.value).toBe(75)
    // Two pools mark the meter on a combined node: 1.9 is 95% idle.
    expect(readings.request_handler_idle?.value).toBeCloseTo(95)
  })

  it('turns counters into per-second rates between two scrapes', () => {
    const rates = new CounterRates()
    exporterReadings(scrape(first), '1', rates, T)
    const second = { bytesIn: 21_000, bytesInA: 12_600, produceV9: 30, gcCopy: 1.1, gcOld: 2.2, cpu: 53 }
    const readings = exporterReadings(scrape(second), '1', rates, T + 10_000)
    const rate = byMetric(readings)
    expect(rate.bytes_in).toEqual({ metric: 'bytes_in', labels: { node: '1' }, value: 2000 })
    expect(rate['bytes_in/a']).toEqual({ metric: 'bytes_in', labels: { node: '1', topic: 'a' }, value: 1200 })
    expect(rate.produce_requests?.value).toBe(2)
    // 0.3 s of GC in 10 s: 30 ms per second; 3 s of CPU in 10 s: 30% of a core.
    expect(rate.gc_time?.value).toBeCloseTo(30)
    expect(rate.process_cpu?.value).toBeCloseTo(30)
  })

  it('sums a request over its versions, counting a version from its second scrape', () => {
    const rates = new CounterRates()
    exporterReadings(scrape(first), '1', rates, T)
    const v11Appears = exporterReadings(
      scrape({ ...first, produceV9: 20, produceV11: 500 }),
      '1',
      rates,
      T + 10_000,
    )
    expect(byMetric(v11Appears).produce_requests?.value).toBe(1)
    const both = exporterReadings(
      scrape({ ...first, produceV9: 30, produceV11: 540 }),
      '1',
      rates,
      T + 20_000,
    )
    expect(byMetric(both).produce_requests?.value).toBe(5)
  })

  it('gives no rate across a restart, and rates again from the next scrape', () => {
    const rates = new CounterRates()
    exporterReadings(scrape(first), '1', rates, T)
    const restarted = { bytesIn: 100, bytesInA: 60, produceV9: 1, gcCopy: 0.01, gcOld: 0, cpu: 2 }
    const afterRestart = exporterReadings(scrape(restarted), '1', rates, T + 10_000)
    expect(
      afterRestart.filter((r) =>
        ['bytes_in', 'produce_requests', 'gc_time', 'process_cpu'].includes(r.metric),
      ),
    ).toEqual([])
    const next = { ...restarted, bytesIn: 1100, produceV9: 11, cpu: 3 }
    const rate = byMetric(exporterReadings(scrape(next), '1', rates, T + 20_000))
    expect(rate.bytes_in?.value).toBe(100)
    expect(rate.produce_requests?.value).toBe(1)
    expect(rate.process_cpu?.value).toBeCloseTo(10)
  })

  it('keeps the nodes’ counters apart', () => {
    const rates = new CounterRates()
    exporterReadings(scrape(first), '1', rates, T)
    exporterReadings(scrape({ ...first, bytesIn: 50 }), '2', rates, T)
    const node2 = exporterReadings(scrape({ ...first, bytesIn: 150 }), '2', rates, T + 1000)
    expect(byMetric(node2).bytes_in).toEqual({ metric: 'bytes_in', labels: { node: '2' }, value: 100 })
  })

  it('reads the heap of exporters that use the 0.x agent’s name, and a broker-only node’s idle as it is', () => {
    const samples = parsePrometheusText(
      [
        'jvm_memory_bytes_used{area="heap"} 1.5E8',
        'kafka_server_brokertopicmetrics_bytesinpersec_total 0',
        'kafka_server_kafkarequesthandlerpool_requesthandleravgidlepercent 0.9',
      ].join('\n'),
    ).samples
    const readings = byMetric(exporterReadings(samples, '4', new CounterRates(), T))
    expect(readings.jvm_heap_used?.value).toBe(150_000_000)
    expect(readings.request_handler_idle?.value).toBeCloseTo(90)
  })
})
