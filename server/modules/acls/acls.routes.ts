import type { FastifyInstance } from 'fastify'
import { routes } from '../../../contract/routes.ts'
import { mountRoute } from '../../http/route.ts'
import type { AclsService } from './acls.service.ts'

export function aclsRoutes(app: FastifyInstance, service: AclsService): void {
  mountRoute(app, routes.listAcls, ({ params, query }) => service.list(params.clusterId, query))
  mountRoute(app, routes.createAcl, ({ params, body }) => service.create(params.clusterId, body))
  mountRoute(app, routes.deleteAcl, ({ params, query }) => service.remove(params.clusterId, query))
  mountRoute(app, routes.getEffectivePermissions, ({ params, query }) =>
    service.effective(params.clusterId, query),
  )
}
