import type { FastifyInstance } from 'fastify'
import { routes } from '../../../contract/routes.ts'
import { mountRoute } from '../../http/route.ts'
import type { ClustersService } from './clusters.service.ts'
import type { NodeLogsService } from './node-logs.service.ts'

export function clustersRoutes(app: FastifyInstance, service: ClustersService): void {
  mountRoute(app, routes.listClusters, ({ query }) => service.list(query))
  mountRoute(app, routes.getCluster, ({ params }) => service.get(params.clusterId))
  mountRoute(app, routes.createCluster, ({ body }) => service.registerExternal(body))
  mountRoute(app, routes.deleteCluster, ({ params }) => service.remove(params.clusterId))
  mountRoute(app, routes.getAccessEndpoints, ({ params }) => service.accessEndpoints(params.clusterId))
  mountRoute(app, routes.listNodes, ({ params, query }) => service.nodes(params.clusterId, query))
  mountRoute(app, routes.getQuorum, ({ params }) => service.quorum(params.clusterId))
  mountRoute(app, routes.getNodeConfigs, ({ params }) =>
    service.nodeConfigs(params.clusterId, params.brokerId),
  )
  mountRoute(app, routes.getClusterConfigs, ({ params }) => service.clusterConfigs(params.clusterId))
  mountRoute(app, routes.updateClusterConfigs, ({ params, body }) =>
    service.updateClusterConfigs(params.clusterId, body.configs),
  )
}

export function nodeLogsRoutes(app: FastifyInstance, service: NodeLogsService): void {
  mountRoute(app, routes.listNodeLogs, ({ params }) => service.list(params.clusterId, params.brokerId))
  mountRoute(app, routes.readNodeLog, ({ params, query }) =>
    service.read(params.clusterId, params.brokerId, params.fileName, query),
  )
}
