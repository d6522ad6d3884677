import type { FastifyInstance } from 'fastify'
import { routes } from '../../../contract/routes.ts'
import { ApiError } from '../../http/api-error.ts'
import { mountFileRoute } from '../../http/file-route.ts'
import { mountRoute } from '../../http/route.ts'
import type { ClusterCreateService } from './cluster-create.service.ts'
import type { ClusterLifecycle } from './cluster-lifecycle.ts'
import type { ClustersService } from './clusters.service.ts'

/** A client's key for retrying a create safely: any printable text up to 255 characters. */
function idempotencyKey(header: string | string[] | undefined): string | undefined {
  if (header === undefined) return undefined
  if (typeof header !== 'string' || !/^[\x21-\x7e]{1,255}$/.test(header))
    throw new ApiError('ERROR_PARAMS', 'Idempotency-Key must be 1–255 printable characters, sent once.')
  return header
}

import type { NodeLogsService } from './node-logs.service.ts'

export function clustersRoutes(
  app: FastifyInstance,
  service: ClustersService,
  creation: ClusterCreateService,
  lifecycle: ClusterLifecycle,
): void {
  mountRoute(app, routes.listClusters, ({ query }) => service.list(query))
  mountRoute(app, routes.getCluster, ({ params }) => service.get(params.clusterId))
  mountRoute(app, routes.createCluster, ({ body }, { headers }) =>
    body.provider === 'local'
      ? creation.create(body, idempotencyKey(headers['idempotency-key']))
      : service.registerExternal(body),
  )
  mountRoute(app, routes.getLocalCatalogue, async () => creation.catalogue())
  mountRoute(app, routes.restartNode, ({ params }) =>
    lifecycle.restartNode(params.clusterId, params.brokerId),
  )
  mountRoute(app, routes.increaseBrokerCount, ({ params, body }) =>
    lifecycle.increaseBrokerCount(params.clusterId, body),
  )
  mountRoute(app, routes.deleteCluster, ({ params }) => service.remove(params.clusterId))
  mountRoute(app, routes.getAccessEndpoints, ({ params }) => service.accessEndpoints(params.clusterId))
  mountFileRoute(app, routes.getCaCertificate, ({ params }) => service.caCertificate(params.clusterId))
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
