import { type CreateTableBuilder, type Kysely, SqliteAdapter, sql } from 'kysely'

type Builder = CreateTableBuilder<string, string>

export async function up(db: Kysely<unknown>): Promise<void> {
  // One row per stored time series; samples point at it by id. node/topic/partition/grp repeat the labels
  // as columns so that a query filters them in SQL. Like events, series have no foreign key to their
  // cluster: the collector's upkeep drops those of deleted clusters.
  await db.schema
    .createTable('metric_series')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('cluster_id', 'text', (c) => c.notNull())
    .addColumn('metric', 'text', (c) => c.notNull())
    .addColumn('labels', 'text', (c) => c.notNull())
    .addColumn('node', 'text')
    .addColumn('topic', 'text')
    .addColumn('partition', 'text')
    .addColumn('grp', 'text')
    .execute()
  await db.schema
    .createIndex('metric_series_by_labels')
    .unique()
    .on('metric_series')
    .columns(['cluster_id', 'metric', 'labels'])
    .execute()

  // Keyed (series_id, ts) and, on SQLite, WITHOUT ROWID: rows are stored in key order, so a chart reads
  // one series' range as one slice of the primary key rather than index lookups into a heap.
  const clustered = db.getExecutor().adapter instanceof SqliteAdapter
  const sampleTable = (table: string, values: (b: Builder) => Builder) => {
    const builder = values(
      db.schema
        .createTable(table)
        .addColumn('series_id', 'integer', (c) => c.notNull())
        .addColumn('ts', 'integer', (c) => c.notNull()),
    ).addPrimaryKeyConstraint(`${table}_pk`, ['series_id', 'ts'])
    return (clustered ? builder.modifyEnd(sql`without rowid`) : builder).execute()
  }
  const rollup = (b: Builder) =>
    b
      .addColumn('avg', 'real', (c) => c.notNull())
      .addColumn('min', 'real', (c) => c.notNull())
      .addColumn('max', 'real', (c) => c.notNull())
      .addColumn('count', 'integer', (c) => c.notNull())
  await sampleTable('metric_samples', (b) => b.addColumn('value', 'real', (c) => c.notNull()))
  await sampleTable('metric_rollups_1m', rollup)
  await sampleTable('metric_rollups_1h', rollup)

  // Where an external cluster's exporter metrics come from (PUT /v2/clusters/{id}/metric-sources).
  await db.schema
    .createTable('metric_sources')
    .addColumn('cluster_id', 'text', (c) => c.primaryKey())
    .addColumn('exporters', 'text', (c) => c.notNull())
    .addColumn('prometheus_url', 'text')
    .addColumn('update_time', 'text', (c) => c.notNull())
    .execute()
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'metric_sources',
    'metric_samples',
    'metric_rollups_1m',
    'metric_rollups_1h',
    'metric_series',
  ])
    await db.schema.dropTable(table).execute()
}
