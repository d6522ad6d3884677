import type { FastifyInstance } from 'fastify'
import { routes } from '../../../contract/routes.ts'
import { mountRoute } from '../../http/route.ts'
import { mountStreamRoute } from '../../http/stream-route.ts'
import type { MessagesService } from './messages.service.ts'

export function messagesRoutes(app: FastifyInstance, service: MessagesService): void {
  // Until sign-in exists, the caller a minimum query interval applies to is the client's address.
  mountStreamRoute(app, routes.queryMessages, ({ params, body }, { ip }) =>
    service.prepareQuery(params.clusterId, params.topicName, body, ip),
  )
  mountRoute(app, routes.getMessageQuerySettings, ({ params }) => service.getSettings(params.clusterId))
  mountRoute(app, routes.updateMessageQuerySettings, ({ params, body }) =>
    service.updateSettings(params.clusterId, body),
  )
  mountRoute(app, routes.listRunningQueries, async ({ params }) => service.running(params.clusterId))
  mountRoute(app, routes.produceMessage, ({ params, body }) =>
    service.produce(params.clusterId, params.topicName, body),
  )
}
