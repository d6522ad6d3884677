import type { MetricSamplesRepository, Resolution } from '../../store/metric-samples-repository.ts'
import { type MetricRetention, retentionMs } from './metric-query.ts'

/**
 * Downsampling's other half: rollups are kept up to date as samples arrive (see write), so this only
 * deletes each resolution's rows past its retention, then the series of deleted clusters and the series
 * left with no row at all.
 */
export async function applyRetention(
  samples: MetricSamplesRepository,
  retention: MetricRetention,
  now: number,
  liveClusterIds: string[],
): Promise<{ deleted: Record<Resolution, number>; droppedSeries: number }> {
  const kept = retentionMs(retention)
  const deleted = { raw: 0, '1m': 0, '1h': 0 }
  for (const resolution of ['raw', '1m', '1h'] as const)
    deleted[resolution] = await samples.deleteBefore(resolution, now - kept[resolution])
  const droppedSeries = await samples.dropStaleSeries(liveClusterIds)
  return { deleted, droppedSeries }
}
