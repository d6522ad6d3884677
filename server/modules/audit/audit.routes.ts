import type { FastifyInstance } from 'fastify'
import { routes } from '../../../contract/routes.ts'
import { mountRoute } from '../../http/route.ts'
import type { AuditRepository } from '../../store/audit-repository.ts'

export function auditRoutes(app: FastifyInstance, audit: AuditRepository): void {
  mountRoute(app, routes.listAudit, ({ query }) => audit.page(query))
  // The request hook writes the record, as for every call that is not a read: there is nothing else to do.
  mountRoute(app, routes.recordMessageExport, async () => null)
}
