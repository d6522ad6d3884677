import type { z } from 'zod'
import type { MetricSourcesSchema } from '../../contract/metrics.ts'
import type { Db } from './database.ts'

export type MetricSources = z.infer<typeof MetricSourcesSchema>

export const NO_METRIC_SOURCES: MetricSources = { exporters: [], prometheusUrl: null }

/** Where external clusters' exporter metrics come from. */
export function metricSourcesRepository(db: Db) {
  return {
    /** A cluster's saved sources; none saved reads as no exporters and no Prometheus. */
    async get(clusterId: string): Promise<MetricSources> {
      const row = await db
        .selectFrom('metric_sources')
        .selectAll()
        .where('cluster_id', '=', clusterId)
        .executeTakeFirst()
      if (!row) return NO_METRIC_SOURCES
      return { exporters: JSON.parse(row.exporters), prometheusUrl: row.prometheus_url }
    },

    async put(clusterId: string, sources: MetricSources): Promise<void> {
      const values = {
        exporters: JSON.stringify(sources.exporters),
        prometheus_url: sources.prometheusUrl,
        update_time: new Date().toISOString(),
      }
      await db
        .insertInto('metric_sources')
        .values({ cluster_id: clusterId, ...values })
        .onConflict((oc) => oc.column('cluster_id').doUpdateSet(values))
        .execute()
    },

    /** Forgets the sources of clusters not in `clusterIds`: deleted ones. */
    async keepOnly(clusterIds: string[]): Promise<void> {
      let gone = db.deleteFrom('metric_sources')
      if (clusterIds.length > 0) gone = gone.where('cluster_id', 'not in', clusterIds)
      await gone.execute()
    },
  }
}

export type MetricSourcesRepository = ReturnType<typeof metricSourcesRepository>
