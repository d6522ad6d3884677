// Metrics storage and queries on a store with a day of history: 30 series (10 node metrics × 3 nodes) written
// every 15 s for 24 h through the collector's write path, with a week of minute and 90 days of hour rollups
// before that. Measures reading one series over an hour and a dashboard of all 30 over a day through the real
// API, and how many samples a second the write path stores.
import { METRICS } from '../../contract/metrics.ts'
import { newClusterId } from '../../server/modules/clusters/clusters.service.ts'
import { DEFAULT_RETENTION } from '../../server/modules/metrics/metric-query.ts'
import { clustersRepository, newStoredCluster } from '../../server/store/clusters-repository.ts'
import { type MetricReading, metricSamplesRepository } from '../../server/store/metric-samples-repository.ts'
import { startTestApp } from '../../server/test/test-app.ts'

const INTERVAL_MS = 15_000
const MINUTE = 60_000
const HOUR = 60 * MINUTE
const DAY = 24 * HOUR
const NODES = ['1', '2', '3']
const DASHBOARD = [
  'bytes_in',
  'bytes_out',
  'messages_in',
  'produce_requests',
  'fetch_requests',
  'produce_latency_p99',
  'fetch_latency_p99',
  'jvm_heap_used',
  'process_cpu',
  'partitions',
] as const

function stats(times: number[]) {
  const sorted = [...times].sort((a, b) => a - b)
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))] ?? 0
  return { p50Ms: +at(50).toFixed(2), p95Ms: +at(95).toFixed(2), maxMs: +at(100).toFixed(2) }
}

/** A value that moves like a real one: a daily wave with some noise. */
const wave = (ts: number, i: number) =>
  1000 * (1 + Math.sin((ts / DAY) * 2 * Math.PI + i)) + Math.random() * 50

function readings(ts: number): MetricReading[] {
  return DASHBOARD.flatMap((metric, m) =>
    NODES.map((node, n) => ({ metric, labels: { node }, value: wave(ts, m * 3 + n) })),
  )
}

export async function metricsBench() {
  // An interval of an hour: the collector stays out of the measurement.
  const t = await startTestApp({ metrics: { intervalSeconds: 3600, ...DEFAULT_RETENTION } })
  try {
    const clusterId = newClusterId()
    await clustersRepository(t.db).insert(
      newStoredCluster({ clusterId, name: 'bench-metrics', provider: 'external', state: 'ACTIVE' }),
    )
    const samples = metricSamplesRepository(t.db)
    const now = Date.now()

    // 24 h of rounds, each stored as the collector stores it: raw samples and both rollups.
    const rounds = DAY / INTERVAL_MS
    let started = performance.now()
    for (let r = rounds; r > 0; r--) {
      const ts = now - r * INTERVAL_MS
      await samples.write(ts, [{ clusterId, readings: readings(ts) }])
    }
    const dayMs = performance.now() - started
    const series = DASHBOARD.length * NODES.length

    // Older rollups, as a store that has run for 90 days has them.
    const ids = await t.db
      .selectFrom('metric_series')
      .select(['id'])
      .where('cluster_id', '=', clusterId)
      .execute()
    const rollups = async (table: 'metric_rollups_1m' | 'metric_rollups_1h', size: number, days: number) => {
      for (let from = now - days * DAY; from < now - DAY; from += 400 * size) {
        const values = ids.flatMap(({ id }) =>
          Array.from({ length: 400 }, (_, k) => from + k * size)
            .filter((ts) => ts < now - DAY)
            .map((ts) => ({
              series_id: id,
              ts: Math.floor(ts / size) * size,
              avg: wave(ts, id),
              min: 0,
              max: 2000,
              count: size / INTERVAL_MS,
            })),
        )
        for (let i = 0; i < values.length; i += 400) {
          await t.db
            .insertInto(table)
            .values(values.slice(i, i + 400))
            .onConflict((oc) => oc.doNothing())
            .execute()
        }
      }
    }
    await rollups('metric_rollups_1m', MINUTE, DEFAULT_RETENTION.minuteDays)
    await rollups('metric_rollups_1h', HOUR, DEFAULT_RETENTION.hourDays)

    const query = async (metric: string, q: string) => {
      const res = await t.app.inject({
        method: 'GET',
        url: `/v2/clusters/${clusterId}/metrics/${metric}?${q}`,
      })
      if (res.statusCode !== 200) throw new Error(`${metric}: ${res.body}`)
      return res.json()
    }

    // One series over the last hour at the collection step: raw samples.
    const hour = `start=${now - HOUR}&end=${now}&step=15&node=1`
    const oneSeries: number[] = []
    for (let i = 0; i < 300; i++) {
      started = performance.now()
      const result = await query('jvm_heap_used', hour)
      oneSeries.push(performance.now() - started)
      if (i === 0 && result.series[0].points.length < 200) throw new Error('the hour came back short')
    }

    // The cluster dashboard over a day, broken down by node: 10 charts, 30 series, fetched at once.
    const day = `start=${now - DAY}&end=${now}&step=300&groupBy=node`
    const dashboard: number[] = []
    for (let i = 0; i < 50; i++) {
      started = performance.now()
      const results = await Promise.all(DASHBOARD.map((metric) => query(metric, day)))
      dashboard.push(performance.now() - started)
      if (i === 0 && results.flatMap((r) => r.series).length !== series)
        throw new Error('the dashboard lacks series')
    }

    // Ingestion at scale: rounds of 5,000 series (a cluster with thousands of partitions and groups).
    const wide = Array.from(
      { length: 5000 },
      (_, i): MetricReading => ({
        metric: 'group_lag',
        labels: { group: `g${i % 50}`, topic: `t${i % 100}`, partition: String(i) },
        value: i,
      }),
    )
    const ingestCluster = newClusterId()
    await samples.write(now - 100 * INTERVAL_MS, [{ clusterId: ingestCluster, readings: wide }])
    started = performance.now()
    for (let r = 99; r > 79; r--)
      await samples.write(now - r * INTERVAL_MS, [{ clusterId: ingestCluster, readings: wide }])
    const wideMs = performance.now() - started

    const count = async (table: 'metric_samples' | 'metric_rollups_1m' | 'metric_rollups_1h') =>
      Number(
        (
          await t.db
            .selectFrom(table)
            .select((eb) => eb.fn.countAll().as('n'))
            .where(
              'series_id',
              'in',
              ids.map((r) => r.id),
            )
            .executeTakeFirstOrThrow()
        ).n,
      )
    return {
      catalogue: METRICS.length,
      history: {
        series,
        rawSamples: await count('metric_samples'),
        minuteRollups: await count('metric_rollups_1m'),
        hourRollups: await count('metric_rollups_1h'),
      },
      oneSeriesOneHourApi: {
        points: 240,
        resolution: 'raw',
        requests: oneSeries.length,
        ...stats(oneSeries),
      },
      dashboard30SeriesOneDayApi: {
        charts: DASHBOARD.length,
        series,
        pointsPerSeries: DAY / 300_000,
        resolution: '1m',
        loads: dashboard.length,
        ...stats(dashboard),
      },
      ingest: {
        roundsOf30: { rounds, samplesPerSecond: Math.round((rounds * series * 1000) / dayMs) },
        roundsOf5000: {
          rounds: 20,
          samplesPerSecond: Math.round((20 * wide.length * 1000) / wideMs),
          msPerRound: +(wideMs / 20).toFixed(1),
        },
      },
    }
  } finally {
    await t.close()
  }
}
