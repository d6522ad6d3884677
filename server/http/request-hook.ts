import type { FastifyInstance } from 'fastify'

const MUTATING = new Set(['POST', 'PUT', 'PATCH', 'DELETE'])

/**
 * The single hook every request passes through. Sign-in and audit plug in here; for now it records
 * every change made through the API in the log, with its request id, outcome and duration.
 */
export function installRequestHook(app: FastifyInstance): void {
  app.addHook('onRequest', async (request, reply) => {
    reply.header('x-request-id', request.id)
  })
  app.addHook('onResponse', async (request, reply) => {
    if (!MUTATING.has(request.method) || !request.url.startsWith('/v2/')) return
    request.log.info(
      {
        audit: true,
        method: request.method,
        route: request.routeOptions.url,
        params: request.params,
        status: reply.statusCode,
        ms: Math.round(reply.elapsedTime),
      },
      'change',
    )
  })
}
