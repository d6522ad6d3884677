import type { FastifyInstance } from 'fastify'
import { routes } from '../../../contract/routes.ts'
import { mountRoute } from '../../http/route.ts'
import type { AlarmsService } from './alarms.service.ts'

export function alarmsRoutes(app: FastifyInstance, alarms: AlarmsService): void {
  const { policies, channels, eventPolicies } = alarms
  mountRoute(app, routes.listAlarmPolicies, ({ query }) => policies.list(query))
  mountRoute(app, routes.createAlarmPolicy, ({ body }) => policies.create(body))
  mountRoute(app, routes.getAlarmPolicy, ({ params }) => policies.get(params.policyId))
  mountRoute(app, routes.updateAlarmPolicy, ({ params, body }) => policies.update(params.policyId, body))
  mountRoute(app, routes.deleteAlarmPolicy, ({ params }) => policies.delete(params.policyId))
  mountRoute(app, routes.listAlarmChannels, () => channels.list())
  mountRoute(app, routes.createAlarmChannel, ({ body }) => channels.create(body))
  mountRoute(app, routes.updateAlarmChannel, ({ params, body }) => channels.update(params.channelId, body))
  mountRoute(app, routes.deleteAlarmChannel, ({ params }) => channels.delete(params.channelId))
  mountRoute(app, routes.testAlarmChannel, ({ params }) => channels.test(params.channelId))
  mountRoute(app, routes.listAlarmHistory, ({ query }) => alarms.history(query))
  mountRoute(app, routes.listEventPolicies, () => eventPolicies.list())
  mountRoute(app, routes.createEventPolicy, ({ body }) => eventPolicies.create(body))
  mountRoute(app, routes.updateEventPolicy, ({ params, body }) => eventPolicies.update(params.policyId, body))
  mountRoute(app, routes.deleteEventPolicy, ({ params }) => eventPolicies.delete(params.policyId))
}
