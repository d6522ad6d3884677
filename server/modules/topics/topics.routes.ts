import type { FastifyInstance } from 'fastify'
import { routes } from '../../../contract/routes.ts'
import { mountRoute } from '../../http/route.ts'
import type { TopicsService } from './topics.service.ts'

export function topicsRoutes(app: FastifyInstance, service: TopicsService): void {
  mountRoute(app, routes.listTopics, ({ params, query }) => service.list(params.clusterId, query))
  mountRoute(app, routes.createTopic, ({ params, body }) => service.create(params.clusterId, body))
  mountRoute(app, routes.getTopic, ({ params }) => service.get(params.clusterId, params.topicName))
  mountRoute(app, routes.updateTopic, ({ params, body }) =>
    service.update(params.clusterId, params.topicName, body),
  )
  mountRoute(app, routes.deleteTopic, ({ params }) => service.remove(params.clusterId, params.topicName))
  mountRoute(app, routes.listTopicPartitions, ({ params, query }) =>
    service.partitions(params.clusterId, params.topicName, query),
  )
  mountRoute(app, routes.getTopicConfigs, ({ params }) => service.configs(params.clusterId, params.topicName))
  mountRoute(app, routes.deleteTopicRecords, ({ params, body }) =>
    service.deleteRecords(params.clusterId, params.topicName, body),
  )
}
