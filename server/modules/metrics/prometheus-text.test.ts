import { describe, expect, it } from 'vitest'
import { parsePrometheusText } from './prometheus-text.ts'

// Lines as the JMX exporter agent 1.0.1 of a local node answers them, with its HELP and TYPE comments.
const EXPORTER = `# HELP jvm_gc_collection_seconds Time spent in a given JVM garbage collector in seconds.
# TYPE jvm_gc_collection_seconds summary
jvm_gc_collection_seconds_count{gc="Copy"} 4
jvm_gc_collection_seconds_sum{gc="Copy"} 0.096
# TYPE jvm_memory_used_bytes gauge
jvm_memory_used_bytes{area="heap"} 2.10892968E8
# TYPE kafka_network_requestmetrics_requests_total counter
kafka_network_requestmetrics_requests_total{request="Produce",version="11"} 4.0
kafka_server_brokertopicmetrics_bytesinpersec_total 23584.0
kafka_server_brokertopicmetrics_bytesinpersec_total{topic="probe"} 23584.0
process_cpu_seconds_total 2.92
`

describe('the Prometheus text format', () => {
  it('reads names, labels and values of an exporter scrape, and skips comments', () => {
    const { samples, skipped } = parsePrometheusText(EXPORTER)
    expect(skipped).toBe(0)
    expect(samples).toEqual([
      { name: 'jvm_gc_collection_seconds_count', labels: { gc: 'Copy' }, value: 4 },
      { name: 'jvm_gc_collection_seconds_sum', labels: { gc: 'Copy' }, value: 0.096 },
      { name: 'jvm_memory_used_bytes', labels: { area: 'heap' }, value: 210_892_968 },
      {
        name: 'kafka_network_requestmetrics_requests_total',
        labels: { request: 'Produce', version: '11' },
        value: 4,
      },
      { name: 'kafka_server_brokertopicmetrics_bytesinpersec_total', labels: {}, value: 23_584 },
      {
        name: 'kafka_server_brokertopicmetrics_bytesinpersec_total',
        labels: { topic: 'probe' },
        value: 23_584,
      },
      { name: 'process_cpu_seconds_total', labels: {}, value: 2.92 },
    ])
  })

  it('reads the timestamps Prometheus federation adds', () => {
    const text = 'process_cpu_seconds_total{instance="10.0.0.5:9404",job="kafka"} 812.5 1767225600123\n'
    expect(parsePrometheusText(text).samples).toEqual([
      {
        name: 'process_cpu_seconds_total',
        labels: { instance: '10.0.0.5:9404', job: 'kafka' },
        value: 812.5,
        timestampMs: 1_767_225_600_123,
      },
    ])
  })

  it('unescapes label values, and takes spaces, trailing commas and special values', () => {
    const text = [
      'a{path="C:\\\\kafka\\"logs\\"",msg="one\\ntwo", } 1',
      'b { x = "}" } NaN',
      'c +Inf',
      'd{} -Inf',
      'e 1e3',
    ].join('\r\n')
    const { samples, skipped } = parsePrometheusText(text)
    expect(skipped).toBe(0)
    expect(samples[0]?.labels).toEqual({ path: 'C:\\kafka"logs"', msg: 'one\ntwo' })
    expect(samples[1]).toMatchObject({ name: 'b', labels: { x: '}' } })
    expect(samples[1]?.value).toBeNaN()
    expect(samples.slice(2).map((s) => s.value)).toEqual([
      Number.POSITIVE_INFINITY,
      Number.NEGATIVE_INFINITY,
      1000,
    ])
  })

  it('skips broken lines and keeps the rest of the scrape', () => {
    const text = [
      'ok 1',
      'no_value',
      'bad{x="1" 2',
      'bad_value{} abc',
      'too many 1 2 3',
      '9starts_with_digit 1',
      'ok 2',
    ].join('\n')
    const { samples, skipped } = parsePrometheusText(text)
    expect(samples.map((s) => s.value)).toEqual([1, 2])
    expect(skipped).toBe(5)
  })
})
