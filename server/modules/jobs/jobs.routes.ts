import type { FastifyInstance } from 'fastify'
import { routes } from '../../../contract/routes.ts'
import { mountRoute } from '../../http/route.ts'
import type { ClusterLifecycle } from '../clusters/cluster-lifecycle.ts'
import type { JobsService } from './jobs.service.ts'

export function jobsRoutes(app: FastifyInstance, service: JobsService, lifecycle: ClusterLifecycle): void {
  mountRoute(app, routes.stopCluster, ({ params }) => lifecycle.stop(params.clusterId))
  mountRoute(app, routes.startCluster, ({ params }) => lifecycle.start(params.clusterId))
  mountRoute(app, routes.listClusterJobs, ({ params, query }) => service.list(params.clusterId, query))
  mountRoute(app, routes.getClusterJob, ({ params }) => service.get(params.clusterId, params.jobId))
  mountRoute(app, routes.listJobs, ({ query }) => service.listAll(query))
  mountRoute(app, routes.listClusterEvents, ({ params, query }) => service.events(params.clusterId, query))
  mountRoute(app, routes.listEvents, ({ query }) => service.allEvents(query))
}
