import { type Kysely, sql } from 'kysely'
import type { MetricLabel, MetricName } from '../../contract/metrics.ts'
import type { Db } from './database.ts'
import type { Database } from './schema.ts'

export type SeriesLabels = Partial<Record<MetricLabel, string>>

/** One value of one series, as a collection round produces it. */
export interface MetricReading {
  metric: MetricName
  labels: SeriesLabels
  value: number
}

export type Resolution = 'raw' | '1m' | '1h'

export const RESOLUTION_TABLES = {
  raw: 'metric_samples',
  '1m': 'metric_rollups_1m',
  '1h': 'metric_rollups_1h',
} as const

const MINUTE = 60_000
const HOUR = 3_600_000
// Rows per multi-row insert: 6 columns × 400 stays far below SQLite's 32,766 bound parameters.
const CHUNK = 400

// Label columns of metric_series; `group` is a keyword, hence grp.
const LABEL_COLUMNS = { node: 'node', topic: 'topic', partition: 'partition', group: 'grp' } as const
const LABEL_ORDER: MetricLabel[] = ['node', 'topic', 'partition', 'group']

/** The labels as stored and compared: keys in one order, so equal labels are equal text. */
export function canonicalLabels(labels: SeriesLabels): string {
  const ordered: SeriesLabels = {}
  for (const label of LABEL_ORDER) if (labels[label] !== undefined) ordered[label] = labels[label]
  return JSON.stringify(ordered)
}

function chunks<T>(items: T[], size = CHUNK): T[][] {
  const out: T[][] = []
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size))
  return out
}

export interface BucketQuery {
  clusterId: string
  metric: string
  resolution: Resolution
  /** Epoch ms; buckets are multiples of stepMs since the epoch, so the first may begin before start. */
  start: number
  end: number
  stepMs: number
  /** Series must have these label values. */
  filters: SeriesLabels
  /** Only series with a topic label (true), only those without (false), or both (undefined). */
  withTopic?: boolean
  /** How series combine within a bucket. */
  aggregate: 'sum' | 'max' | 'avg'
  groupBy?: MetricLabel
}

export interface Bucket {
  /** The groupBy label's value; null without groupBy. */
  group: string | null
  ts: number
  value: number
}

/** Ferry's stored time series: raw samples and their 1-minute and 1-hour rollups. */
export function metricSamplesRepository(db: Db) {
  // Series ids by cluster, then by metric and labels; a cluster's are loaded at its first write.
  const ids = new Map<string, Map<string, number>>()

  async function seriesOf(trx: Kysely<Database>, clusterId: string): Promise<Map<string, number>> {
    let known = ids.get(clusterId)
    if (known) return known
    const rows = await trx
      .selectFrom('metric_series')
      .select(['id', 'metric', 'labels'])
      .where('cluster_id', '=', clusterId)
      .execute()
    known = new Map(rows.map((r) => [`${r.metric}\u0000${r.labels}`, r.id]))
    ids.set(clusterId, known)
    return known
  }

  async function seriesIds(
    trx: Kysely<Database>,
    clusterId: string,
    readings: MetricReading[],
  ): Promise<number[]> {
    const known = await seriesOf(trx, clusterId)
    const keyOf = (r: MetricReading) => `${r.metric}\u0000${canonicalLabels(r.labels)}`
    const missing = new Map<string, MetricReading>()
    for (const r of readings) if (!known.has(keyOf(r))) missing.set(keyOf(r), r)
    for (const part of chunks([...missing.values()], 100)) {
      const inserted = await trx
        .insertInto('metric_series')
        .values(
          part.map((r) => ({
            cluster_id: clusterId,
            metric: r.metric,
            labels: canonicalLabels(r.labels),
            node: r.labels.node ?? null,
            topic: r.labels.topic ?? null,
            partition: r.labels.partition ?? null,
            grp: r.labels.group ?? null,
          })),
        )
        .returning(['id', 'metric', 'labels'])
        .execute()
      for (const row of inserted) known.set(`${row.metric}\u0000${row.labels}`, row.id)
    }
    return readings.map((r) => known.get(keyOf(r)) as number)
  }

  /** Adds one sample to the rollup of its minute or hour: the average, extremes and count stay exact. */
  async function rollUp(
    trx: Kysely<Database>,
    table: 'metric_rollups_1m' | 'metric_rollups_1h',
    size: number,
    ts: number,
    samples: { seriesId: number; value: number }[],
  ) {
    const bucket = Math.floor(ts / size) * size
    for (const part of chunks(samples)) {
      await trx
        .insertInto(table)
        .values(
          part.map((s) => ({
            series_id: s.seriesId,
            ts: bucket,
            avg: s.value,
            min: s.value,
            max: s.value,
            count: 1,
          })),
        )
        .onConflict((oc) =>
          oc.columns(['series_id', 'ts']).doUpdateSet({
            avg: sql`(${sql.ref(`${table}.avg`)} * ${sql.ref(`${table}.count`)} + excluded.avg) / (${sql.ref(`${table}.count`)} + 1)`,
            min: sql`min(${sql.ref(`${table}.min`)}, excluded.min)`,
            max: sql`max(${sql.ref(`${table}.max`)}, excluded.max)`,
            count: sql`${sql.ref(`${table}.count`)} + 1`,
          }),
        )
        .execute()
    }
  }

  return {
    /**
     * Stores one round's readings of every cluster at `ts`, in one transaction: the raw samples and their
     * minute and hour rollups. Each round must have its own ts, or its samples would be counted twice in
     * the rollups. Answers how many samples were written.
     */
    async write(ts: number, batches: { clusterId: string; readings: MetricReading[] }[]): Promise<number> {
      let written = 0
      await db.transaction().execute(async (trx) => {
        for (const { clusterId, readings } of batches) {
          const finite = readings.filter((r) => Number.isFinite(r.value))
          if (finite.length === 0) continue
          const series = await seriesIds(trx, clusterId, finite)
          // A series read twice in one round keeps its last value.
          const bySeries = new Map<number, number>()
          for (const [i, r] of finite.entries()) bySeries.set(series[i] as number, r.value)
          const samples = [...bySeries].map(([seriesId, value]) => ({ seriesId, value }))
          for (const part of chunks(samples)) {
            await trx
              .insertInto('metric_samples')
              .values(part.map((s) => ({ series_id: s.seriesId, ts, value: s.value })))
              .execute()
          }
          await rollUp(trx, 'metric_rollups_1m', MINUTE, ts, samples)
          await rollUp(trx, 'metric_rollups_1h', HOUR, ts, samples)
          written += samples.length
        }
      })
      return written
    },

    /**
     * One metric's values per bucket of stepMs, in one SQL statement: each series is first averaged over
     * the bucket (rollups weighted by their counts), then the series combine by `aggregate`, one result per
     * value of `groupBy`. The series are found through their index and each one's samples are read as a
     * range of the primary key.
     */
    async buckets(q: BucketQuery): Promise<Bucket[]> {
      const table = sql.table(RESOLUTION_TABLES[q.resolution])
      const perSeries =
        q.resolution === 'raw' ? sql`avg(x.value)` : sql`sum(x.avg * x."count") / sum(x."count")`
      const group = q.groupBy ? sql.ref(`s.${LABEL_COLUMNS[q.groupBy]}`) : sql`null`
      const conditions = [
        sql`s.cluster_id = ${q.clusterId}`,
        sql`s.metric = ${q.metric}`,
        ...LABEL_ORDER.flatMap((label) => {
          const value = q.filters[label]
          return value === undefined ? [] : [sql`${sql.ref(`s.${LABEL_COLUMNS[label]}`)} = ${value}`]
        }),
      ]
      if (q.withTopic === true) conditions.push(sql`s.topic is not null`)
      if (q.withTopic === false) conditions.push(sql`s.topic is null`)
      if (q.groupBy) conditions.push(sql`${group} is not null`)
      const from = Math.floor(q.start / q.stepMs) * q.stepMs
      // A literal: better-sqlite3 binds numbers as reals, and ts / 60000.0 would not cut ts to its bucket.
      const step = sql.lit(Math.trunc(q.stepMs))
      const combine = sql.raw(q.aggregate)
      const { rows } = await sql<{ g: string | null; bucket: number; value: number }>`
        select g, bucket, ${combine}(v) as value from (
          select ${group} as g, (x.ts / ${step}) * ${step} as bucket, ${perSeries} as v
          from metric_series s join ${table} x on x.series_id = s.id
          where ${sql.join(conditions, sql` and `)} and x.ts >= ${from} and x.ts <= ${q.end}
          group by s.id, bucket
        )
        group by g, bucket
        order by g, bucket`.execute(db)
      return rows.map((r) => ({ group: r.g, ts: r.bucket, value: r.value }))
    },

    /** Names of the metrics the cluster has series of. */
    async metricsWithData(clusterId: string): Promise<Set<string>> {
      const rows = await db
        .selectFrom('metric_series')
        .select('metric')
        .distinct()
        .where('cluster_id', '=', clusterId)
        .execute()
      return new Set(rows.map((r) => r.metric))
    },

    /** Deletes the rows of one resolution older than `beforeMs`; answers how many went. */
    async deleteBefore(resolution: Resolution, beforeMs: number): Promise<number> {
      // Through metric_series, so that SQLite walks each series' key range instead of the whole table.
      const result = await db
        .deleteFrom(RESOLUTION_TABLES[resolution])
        .where('series_id', 'in', db.selectFrom('metric_series').select('id'))
        .where('ts', '<', beforeMs)
        .executeTakeFirst()
      return Number(result.numDeletedRows)
    },

    /**
     * Drops the series of clusters not in `clusterIds` (deleted clusters), and series left without any row
     * (every sample past retention), with their samples.
     */
    async dropStaleSeries(clusterIds: string[]): Promise<number> {
      return db.transaction().execute(async (trx) => {
        let gone = trx.selectFrom('metric_series').select('id')
        if (clusterIds.length > 0) gone = gone.where('cluster_id', 'not in', clusterIds)
        const orphaned = (await gone.execute()).map((r) => r.id)
        for (const part of chunks(orphaned)) {
          for (const table of Object.values(RESOLUTION_TABLES))
            await trx.deleteFrom(table).where('series_id', 'in', part).execute()
          await trx.deleteFrom('metric_series').where('id', 'in', part).execute()
        }
        const { rows } = await sql<{ id: number }>`
          select s.id from metric_series s
          where ${sql.join(
            Object.values(RESOLUTION_TABLES).map(
              (table) => sql`not exists (select 1 from ${sql.table(table)} x where x.series_id = s.id)`,
            ),
            sql` and `,
          )}`.execute(trx)
        const empty = rows.map((r) => r.id)
        for (const part of chunks(empty))
          await trx.deleteFrom('metric_series').where('id', 'in', part).execute()
        const dropped = orphaned.length + empty.length
        if (dropped > 0) ids.clear()
        return dropped
      })
    },
  }
}

export type MetricSamplesRepository = ReturnType<typeof metricSamplesRepository>
