import type { FastifyInstance } from 'fastify'
import { routes } from '../../../contract/routes.ts'
import { mountRoute } from '../../http/route.ts'
import type { KafkaUsersService } from './kafka-users.service.ts'

export function kafkaUsersRoutes(app: FastifyInstance, service: KafkaUsersService): void {
  mountRoute(app, routes.listKafkaUsers, ({ params }) => service.list(params.clusterId))
  mountRoute(app, routes.createKafkaUser, ({ params, body }) => service.create(params.clusterId, body))
  mountRoute(app, routes.resetKafkaUserPassword, ({ params, body }) =>
    service.resetPassword(params.clusterId, params.username, body.password),
  )
  mountRoute(app, routes.deleteKafkaUser, ({ params }) => service.remove(params.clusterId, params.username))
}
