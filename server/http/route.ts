import type { FastifyInstance } from 'fastify'
import { ErrorSchema } from '../../contract/errors.ts'
import type { RouteDef, RouteRequest, RouteResponse } from '../../contract/http.ts'

export type Handler<R extends RouteDef> = (
  input: RouteRequest<R>,
  context: { requestId: string; headers: Record<string, string | string[] | undefined> },
) => Promise<RouteResponse<R>>

/** Mounts one contract route: Fastify validates with its schemas and documents it in OpenAPI. */
export function mountRoute<R extends RouteDef>(app: FastifyInstance, route: R, handler: Handler<R>): void {
  app.route({
    method: route.method,
    url: route.path,
    schema: {
      summary: route.summary,
      tags: [route.tag],
      ...(route.params && { params: route.params }),
      ...(route.query && { querystring: route.query }),
      ...(route.body && { body: route.body }),
      response: {
        [route.status]: route.response,
        '4xx': ErrorSchema,
        '5xx': ErrorSchema,
      },
    },
    handler: async (request, reply) => {
      const input = { params: request.params, query: request.query, body: request.body } as RouteRequest<R>
      const result = await handler(input, { requestId: request.id, headers: request.headers })
      reply.status(route.status)
      return route.status === 204 ? reply.send() : result
    },
  })
}
