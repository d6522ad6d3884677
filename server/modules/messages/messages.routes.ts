import type { FastifyInstance } from 'fastify'
import { routes } from '../../../contract/routes.ts'
import { mountRoute } from '../../http/route.ts'
import { mountStreamRoute } from '../../http/stream-route.ts'
import type { MessagesService } from './messages.service.ts'

export function messagesRoutes(app: FastifyInstance, service: MessagesService): void {
  mountStreamRoute(app, routes.queryMessages, ({ params, body }) =>
    service.prepareQuery(params.clusterId, params.topicName, body),
  )
  mountRoute(app, routes.listRunningQueries, async ({ params }) => service.running(params.clusterId))
  mountRoute(app, routes.produceMessage, ({ params, body }) =>
    service.produce(params.clusterId, params.topicName, body),
  )
}
