import type { z } from 'zod'
import {
  METRICS,
  type MetricListSchema,
  type MetricQuery,
  type MetricResult,
} from '../../../contract/metrics.ts'
import { ApiError } from '../../http/api-error.ts'
import type { ClustersRepository } from '../../store/clusters-repository.ts'
import type { Db } from '../../store/database.ts'
import { metricSamplesRepository } from '../../store/metric-samples-repository.ts'
import { type MetricSources, metricSourcesRepository } from '../../store/metric-sources-repository.ts'
import type { ClusterAccess } from '../clusters/cluster-access.ts'
import { nodeCapacityBytes } from '../storage-policy/watermark-controller.ts'
import { localExporters } from './exporter-scrape.ts'
import { DEFAULT_RETENTION, type MetricRetention, queryMetric } from './metric-query.ts'
import { metricsCollector } from './metrics-collector.ts'
import { readStorageAnalysis } from './storage-analysis.ts'

/** FERRY_METRICS_*: how often Ferry collects, and how long it keeps each resolution. */
export interface MetricsSettings extends MetricRetention {
  intervalSeconds: number
}

export const DEFAULT_METRICS_SETTINGS: MetricsSettings = { intervalSeconds: 15, ...DEFAULT_RETENTION }

export interface MetricsServiceDeps {
  db: Db
  clusters: ClustersRepository
  access: ClusterAccess
  clustersDir: string
  settings: MetricsSettings
  log: { info(msg: string): void; error(obj: unknown, msg: string): void }
}

/** Monitoring: collection rounds, metric queries, the metric sources of external clusters, storage analysis. */
export function metricsService({ db, clusters, access, clustersDir, settings, log }: MetricsServiceDeps) {
  const samples = metricSamplesRepository(db)
  const sources = metricSourcesRepository(db)
  const collector = metricsCollector({
    clusters,
    access,
    samples,
    sources,
    clustersDir,
    intervalMs: settings.intervalSeconds * 1000,
    retention: settings,
    log,
  })

  return {
    start: collector.start,
    stop: collector.stop,
    /** Runs one collection round now, after the one in progress (tests). */
    collectOnce: collector.collectOnce,
    /** Calls the listener after every stored round (alarm evaluation); answers how to stop that. */
    onRound: collector.onRound,

    /** The catalogue, with whether the cluster has data of each metric yet. */
    async list(clusterId: string): Promise<z.infer<typeof MetricListSchema>> {
      await access.find(clusterId)
      const withData = await samples.metricsWithData(clusterId)
      return {
        metrics: METRICS.map((m) => ({
          ...m,
          labels: [...m.labels],
          views: [...m.views],
          hasData: withData.has(m.name),
        })),
      }
    },

    /** One metric of a cluster over a range (see queryMetric); 404 for a cluster that does not exist. */
    async query(clusterId: string, metricName: string, query: MetricQuery): Promise<MetricResult> {
      await access.find(clusterId)
      return queryMetric(samples, clusterId, metricName, query, { retention: settings })
    },

    /**
     * An external cluster's saved sources. A local cluster answers its own nodes' exporters, which Ferry
     * scrapes without being told; they cannot be changed.
     */
    async sources(clusterId: string): Promise<MetricSources> {
      const cluster = await access.find(clusterId)
      if (cluster.provider === 'local') return { exporters: localExporters(cluster), prometheusUrl: null }
      return sources.get(clusterId)
    },

    async updateSources(clusterId: string, update: MetricSources): Promise<MetricSources> {
      const cluster = await access.find(clusterId)
      if (cluster.provider === 'local')
        throw new ApiError(
          'UPDATE_CLUSTER_FORBIDDEN',
          `Ferry scrapes the exporters of ${cluster.name}'s nodes itself; metric sources are set on external clusters.`,
        )
      const seen = new Set<number>()
      for (const [i, { brokerId }] of update.exporters.entries()) {
        if (seen.has(brokerId))
          throw new ApiError('ERROR_PARAMS', `Broker ${brokerId} has two exporters.`, {
            [`exporters.${i}.brokerId`]: 'Each broker has one exporter URL.',
          })
        seen.add(brokerId)
      }
      await sources.put(clusterId, update)
      return sources.get(clusterId)
    },

    /** Each node's log dirs and topics by size, read live (DescribeLogDirs per node). */
    async storageAnalysis(clusterId: string) {
      const { cluster, admin } = await access.admin(clusterId)
      return readStorageAnalysis(admin, nodeCapacityBytes(cluster.provisioned))
    },
  }
}

export type MetricsService = ReturnType<typeof metricsService>
