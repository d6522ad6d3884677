import type { FastifyInstance } from 'fastify'
import { routes } from '../../../contract/routes.ts'
import { mountRoute } from '../../http/route.ts'
import type { MetricsService } from './metrics.service.ts'

export function metricsRoutes(app: FastifyInstance, service: MetricsService): void {
  mountRoute(app, routes.listMetrics, ({ params }) => service.list(params.clusterId))
  mountRoute(app, routes.queryMetric, ({ params, query }) =>
    service.query(params.clusterId, params.metricName, query),
  )
  mountRoute(app, routes.getMetricSources, ({ params }) => service.sources(params.clusterId))
  mountRoute(app, routes.updateMetricSources, ({ params, body }) =>
    service.updateSources(params.clusterId, body),
  )
  mountRoute(app, routes.getStorageAnalysis, ({ params }) => service.storageAnalysis(params.clusterId))
}
