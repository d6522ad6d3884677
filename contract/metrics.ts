import { z } from 'zod'

/** Labels a series may carry; a query filters on them and breaks a chart down by one of them. */
export const MetricLabelSchema = z.enum(['node', 'topic', 'partition', 'group']).meta({ id: 'MetricLabel' })
export type MetricLabel = z.infer<typeof MetricLabelSchema>

export const MetricUnitSchema = z
  .enum(['bytes', 'bytesPerSecond', 'perSecond', 'milliseconds', 'seconds', 'percent', 'count'])
  .meta({ id: 'MetricUnit' })
export type MetricUnit = z.infer<typeof MetricUnitSchema>

/**
 * Where a metric comes from: `exporter` — the nodes' Prometheus exporter (local clusters; external ones when
 * their exporter or Prometheus URLs are given); `protocol` — derived by Ferry through the Kafka protocol, for
 * every cluster; `host` — the machine a local cluster runs on, read by Ferry itself.
 */
export const MetricSourceSchema = z.enum(['exporter', 'protocol', 'host']).meta({ id: 'MetricSource' })

/** Which monitoring view shows the metric first. */
export const MetricViewSchema = z
  .enum(['cluster', 'nodeService', 'nodeHost', 'topic', 'group'])
  .meta({ id: 'MetricView' })
export type MetricView = z.infer<typeof MetricViewSchema>

export interface MetricDefinition {
  name: string
  unit: MetricUnit
  labels: MetricLabel[]
  source: z.infer<typeof MetricSourceSchema>
  /** How series combine when a chart shows them as one: rates and counts add up, latencies take the worst. */
  aggregate: 'sum' | 'max' | 'avg'
  views: MetricView[]
  /** Shown on its views without being picked in 指标筛选. */
  byDefault: boolean
}

const m = (def: MetricDefinition) => def

/** Ferry's metric catalogue. Names are Ferry's own; the reference leaves its catalogue unnamed (§11.1). */
export const METRICS = [
  // Throughput, from the exporter's BrokerTopicMetrics, per node and topic.
  m({
    name: 'bytes_in',
    unit: 'bytesPerSecond',
    labels: ['node', 'topic'],
    source: 'exporter',
    aggregate: 'sum',
    views: ['cluster', 'nodeService', 'topic'],
    byDefault: true,
  }),
  m({
    name: 'bytes_out',
    unit: 'bytesPerSecond',
    labels: ['node', 'topic'],
    source: 'exporter',
    aggregate: 'sum',
    views: ['cluster', 'nodeService', 'topic'],
    byDefault: true,
  }),
  m({
    name: 'messages_in',
    unit: 'perSecond',
    labels: ['node', 'topic'],
    source: 'exporter',
    aggregate: 'sum',
    views: ['cluster', 'nodeService', 'topic'],
    byDefault: true,
  }),
  // Requests.
  m({
    name: 'produce_requests',
    unit: 'perSecond',
    labels: ['node'],
    source: 'exporter',
    aggregate: 'sum',
    views: ['cluster', 'nodeService'],
    byDefault: true,
  }),
  m({
    name: 'fetch_requests',
    unit: 'perSecond',
    labels: ['node'],
    source: 'exporter',
    aggregate: 'sum',
    views: ['cluster', 'nodeService'],
    byDefault: true,
  }),
  m({
    name: 'produce_latency_p99',
    unit: 'milliseconds',
    labels: ['node'],
    source: 'exporter',
    aggregate: 'max',
    views: ['cluster', 'nodeService'],
    byDefault: true,
  }),
  m({
    name: 'fetch_latency_p99',
    unit: 'milliseconds',
    labels: ['node'],
    source: 'exporter',
    aggregate: 'max',
    views: ['cluster', 'nodeService'],
    byDefault: true,
  }),
  // Health.
  m({
    name: 'offline_partitions',
    unit: 'count',
    labels: ['node'],
    source: 'exporter',
    aggregate: 'sum',
    views: ['cluster'],
    byDefault: true,
  }),
  m({
    name: 'active_controller',
    unit: 'count',
    labels: ['node'],
    source: 'exporter',
    aggregate: 'sum',
    views: ['cluster', 'nodeService'],
    byDefault: true,
  }),
  // The JVM and the request pools of each node.
  m({
    name: 'jvm_heap_used',
    unit: 'bytes',
    labels: ['node'],
    source: 'exporter',
    aggregate: 'sum',
    views: ['nodeService'],
    byDefault: true,
  }),
  m({
    name: 'gc_time',
    unit: 'milliseconds',
    labels: ['node'],
    source: 'exporter',
    aggregate: 'sum',
    views: ['nodeService'],
    byDefault: true,
  }),
  m({
    name: 'request_handler_idle',
    unit: 'percent',
    labels: ['node'],
    source: 'exporter',
    aggregate: 'avg',
    views: ['nodeService'],
    byDefault: true,
  }),
  m({
    name: 'network_processor_idle',
    unit: 'percent',
    labels: ['node'],
    source: 'exporter',
    aggregate: 'avg',
    views: ['nodeService'],
    byDefault: true,
  }),
  m({
    name: 'process_cpu',
    unit: 'percent',
    labels: ['node'],
    source: 'exporter',
    aggregate: 'sum',
    views: ['nodeHost'],
    byDefault: true,
  }),
  m({
    name: 'process_memory',
    unit: 'bytes',
    labels: ['node'],
    source: 'exporter',
    aggregate: 'sum',
    views: ['nodeHost'],
    byDefault: true,
  }),
  // The machine of a local cluster.
  m({
    name: 'host_cpu',
    unit: 'percent',
    labels: [],
    source: 'host',
    aggregate: 'avg',
    views: ['nodeHost'],
    byDefault: true,
  }),
  m({
    name: 'host_memory',
    unit: 'percent',
    labels: [],
    source: 'host',
    aggregate: 'avg',
    views: ['nodeHost'],
    byDefault: true,
  }),
  m({
    name: 'host_disk',
    unit: 'percent',
    labels: [],
    source: 'host',
    aggregate: 'avg',
    views: ['nodeHost'],
    byDefault: true,
  }),
  // Derived through the Kafka protocol, for every cluster. Produce rates come from offset and size deltas,
  // each partition counted on its leader node.
  m({
    name: 'partition_messages_in',
    unit: 'perSecond',
    labels: ['node', 'topic', 'partition'],
    source: 'protocol',
    aggregate: 'sum',
    views: ['cluster', 'topic'],
    byDefault: false,
  }),
  m({
    name: 'partition_bytes_in',
    unit: 'bytesPerSecond',
    labels: ['node', 'topic', 'partition'],
    source: 'protocol',
    aggregate: 'sum',
    views: ['cluster', 'topic'],
    byDefault: false,
  }),
  m({
    name: 'partitions',
    unit: 'count',
    labels: ['node'],
    source: 'protocol',
    aggregate: 'sum',
    views: ['cluster', 'nodeService'],
    byDefault: true,
  }),
  m({
    name: 'leaders',
    unit: 'count',
    labels: ['node'],
    source: 'protocol',
    aggregate: 'sum',
    views: ['cluster', 'nodeService'],
    byDefault: true,
  }),
  m({
    name: 'under_replicated_partitions',
    unit: 'count',
    labels: ['node'],
    source: 'protocol',
    aggregate: 'sum',
    views: ['cluster', 'nodeService'],
    byDefault: true,
  }),
  m({
    name: 'topics',
    unit: 'count',
    labels: [],
    source: 'protocol',
    aggregate: 'sum',
    views: ['cluster'],
    byDefault: true,
  }),
  m({
    name: 'disk_used',
    unit: 'bytes',
    labels: ['node'],
    source: 'protocol',
    aggregate: 'sum',
    views: ['cluster', 'nodeHost'],
    byDefault: true,
  }),
  m({
    name: 'topic_size',
    unit: 'bytes',
    labels: ['topic'],
    source: 'protocol',
    aggregate: 'sum',
    views: ['topic'],
    byDefault: true,
  }),
  // Consumer groups: lag in messages and in time (how long ago the next record to consume was written), and
  // the consume rate from committed-offset deltas.
  m({
    name: 'group_lag',
    unit: 'count',
    labels: ['group', 'topic', 'partition'],
    source: 'protocol',
    aggregate: 'sum',
    views: ['group'],
    byDefault: true,
  }),
  m({
    name: 'group_lag_seconds',
    unit: 'seconds',
    labels: ['group', 'topic', 'partition'],
    source: 'protocol',
    aggregate: 'max',
    views: ['group'],
    byDefault: true,
  }),
  m({
    name: 'group_consume_rate',
    unit: 'perSecond',
    labels: ['group', 'topic', 'partition'],
    source: 'protocol',
    aggregate: 'sum',
    views: ['group'],
    byDefault: true,
  }),
  m({
    name: 'group_committed_offset',
    unit: 'count',
    labels: ['group', 'topic', 'partition'],
    source: 'protocol',
    aggregate: 'sum',
    views: ['group'],
    byDefault: false,
  }),
] as const satisfies readonly MetricDefinition[]

export type MetricName = (typeof METRICS)[number]['name']
export const MetricNameSchema = z.enum(METRICS.map((d) => d.name) as [MetricName, ...MetricName[]])

export function metricDefinition(name: string): MetricDefinition | undefined {
  return METRICS.find((d) => d.name === name)
}

export const MetricInfoSchema = z
  .object({
    name: z.string(),
    unit: MetricUnitSchema,
    labels: z.array(MetricLabelSchema),
    source: MetricSourceSchema,
    aggregate: z.enum(['sum', 'max', 'avg']),
    views: z.array(MetricViewSchema),
    byDefault: z.boolean(),
    /** Whether the cluster has samples of it yet; false before the first scrape or without an exporter. */
    hasData: z.boolean(),
  })
  .meta({ id: 'MetricInfo' })

export const MetricListSchema = z.object({ metrics: z.array(MetricInfoSchema) }).meta({ id: 'MetricList' })

export const MetricParamsSchema = z.object({ clusterId: z.string().min(1), metricName: MetricNameSchema })

const epochMs = z.coerce.number().int().min(0)

export const MetricQuerySchema = z
  .object({
    start: epochMs.describe('Range start, epoch milliseconds.'),
    end: epochMs.describe('Range end, epoch milliseconds.'),
    step: z.coerce.number().int().min(1).max(86_400).describe('Seconds between points.'),
    node: z.string().optional().describe('Only series of this node (broker id).'),
    topic: z.string().optional(),
    partition: z.string().optional(),
    group: z.string().optional(),
    groupBy: MetricLabelSchema.optional().describe(
      'One series per value of this label; without it, all matching series combine into one.',
    ),
  })
  .refine((q) => q.end > q.start, { message: 'end must be after start.', path: ['end'] })
  .refine((q) => (q.end - q.start) / 1000 / q.step <= 11_000, {
    message: 'At most 11,000 points per series: widen the step.',
    path: ['step'],
  })
export type MetricQuery = z.output<typeof MetricQuerySchema>

export const MetricSeriesSchema = z
  .object({
    /** The label values this series stands for; empty when all series were combined. */
    labels: z.record(z.string(), z.string()),
    /** [epoch milliseconds, value]; a step without samples has no point. */
    points: z.array(z.tuple([z.number(), z.number()])),
  })
  .meta({ id: 'MetricSeries' })

export const MetricResultSchema = z
  .object({
    metric: z.string(),
    unit: MetricUnitSchema,
    step: z.number().int(),
    /** Which stored resolution answered: raw samples, 1-minute or 1-hour rollups. */
    resolution: z.enum(['raw', '1m', '1h']),
    series: z.array(MetricSeriesSchema),
  })
  .meta({ id: 'MetricResult' })
export type MetricResult = z.infer<typeof MetricResultSchema>

/** Where an external cluster's exporter metrics come from; local clusters need none of it. */
export const MetricSourcesSchema = z
  .object({
    /** One exporter URL per broker, e.g. http://10.0.0.5:9404/metrics. */
    exporters: z
      .array(z.object({ brokerId: z.number().int().min(0), url: z.url({ protocol: /^https?$/ }) }))
      .max(100),
    /** A Prometheus server's base URL; Ferry reads the brokers' series from its /federate endpoint. */
    prometheusUrl: z.url({ protocol: /^https?$/ }).nullable(),
  })
  .meta({ id: 'MetricSources' })

/** Storage analysis (存储分析): per node, its log dirs and the topics ranked by size, with their share. */
export const StorageAnalysisSchema = z
  .object({
    nodes: z.array(
      z.object({
        brokerId: z.number().int(),
        usedBytes: z.number(),
        /** The node's budget (local clusters) or its disk's size, when known. */
        capacityBytes: z.number().nullable(),
        logDirs: z.array(
          z.object({ path: z.string(), usedBytes: z.number(), totalBytes: z.number().nullable() }),
        ),
        topics: z.array(
          z.object({
            topicName: z.string(),
            sizeBytes: z.number(),
            /** Of the node's used bytes, in %. */
            share: z.number(),
            partitions: z.number().int(),
          }),
        ),
      }),
    ),
  })
  .meta({ id: 'StorageAnalysis' })
