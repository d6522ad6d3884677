import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { ErrorSchema } from '../../contract/errors.ts'
import type { RouteDef, RouteRequest, RouteResponse } from '../../contract/http.ts'
import { routeNameOf } from '../../contract/routes.ts'

const STATUS = Symbol('status')

/** A handler's answer with the route's alternative status instead of its usual one. */
export function withStatus<T>(status: number, body: T): T {
  return Object.assign(Object.create(null), { [STATUS]: status, body }) as T
}

function unwrap(result: unknown): { status?: number; body: unknown } {
  if (result !== null && typeof result === 'object' && STATUS in result) {
    const wrapped = result as { [STATUS]: number; body: unknown }
    return { status: wrapped[STATUS], body: wrapped.body }
  }
  return { body: result }
}

export type Handler<R extends RouteDef> = (
  input: RouteRequest<R>,
  context: {
    requestId: string
    headers: Record<string, string | string[] | undefined>
    /** For the few handlers that need more: the caller's principal, cookies. */
    request: FastifyRequest
    reply: FastifyReply
  },
) => Promise<RouteResponse<R>>

/** Mounts one contract route: Fastify validates with its schemas and documents it in OpenAPI. */
export function mountRoute<R extends RouteDef>(app: FastifyInstance, route: R, handler: Handler<R>): void {
  app.route({
    method: route.method,
    url: route.path,
    schema: {
      operationId: routeNameOf(route),
      summary: route.summary,
      tags: [route.tag],
      ...(route.params && { params: route.params }),
      ...(route.query && { querystring: route.query }),
      ...(route.body && { body: route.body }),
      response: {
        [route.status]: route.response,
        ...(route.alternative && { [route.alternative.status]: route.alternative.response }),
        '4xx': ErrorSchema,
        '5xx': ErrorSchema,
      },
    },
    handler: async (request, reply) => {
      const input = { params: request.params, query: request.query, body: request.body } as RouteRequest<R>
      const { status = route.status, body } = unwrap(
        await handler(input, { requestId: request.id, headers: request.headers, request, reply }),
      )
      reply.status(status)
      return status === 204 ? reply.send() : body
    },
  })
}
