import type { FastifyInstance } from 'fastify'
import { routes } from '../../../contract/routes.ts'
import { mountRoute } from '../../http/route.ts'
import type { ConsumerGroupsService } from './consumer-groups.service.ts'

export function consumerGroupsRoutes(app: FastifyInstance, service: ConsumerGroupsService): void {
  mountRoute(app, routes.listConsumerGroups, ({ params, query }) => service.list(params.clusterId, query))
  mountRoute(app, routes.getConsumerGroup, ({ params }) => service.get(params.clusterId, params.groupName))
  mountRoute(app, routes.getConsumerGroupTopics, ({ params }) =>
    service.topics(params.clusterId, params.groupName),
  )
  mountRoute(app, routes.resetConsumerGroupOffsets, ({ params, body }) =>
    service.resetOffsets(params.clusterId, params.groupName, body),
  )
  mountRoute(app, routes.deleteConsumerGroup, ({ params }) =>
    service.remove(params.clusterId, params.groupName),
  )
  mountRoute(app, routes.listTopicConsumerGroups, ({ params }) =>
    service.groupsOfTopic(params.clusterId, params.topicName),
  )
}
