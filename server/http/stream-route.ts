import { once } from 'node:events'
import type { FastifyInstance } from 'fastify'
import type { z } from 'zod'
import { ErrorSchema } from '../../contract/errors.ts'
import type { RouteDef, RouteRequest } from '../../contract/http.ts'
import { routeNameOf } from '../../contract/routes.ts'

export type Emit<R extends RouteDef> = (event: z.output<R['response']>) => Promise<void>

/**
 * Checks a request completely and answers what to stream. A failure while preparing is an ordinary
 * error answer; once streaming has begun, failures travel as events of the stream itself.
 */
export type StreamHandler<R extends RouteDef> = (
  input: RouteRequest<R>,
  context: { requestId: string; ip: string },
) => Promise<(emit: Emit<R>, signal: AbortSignal) => Promise<void>>

/**
 * Mounts a contract route whose answer is JSON lines (`application/x-ndjson`), one `route.response` per
 * line. Writing waits for the socket to drain, so a slow reader slows the producer instead of filling
 * memory; a closed connection aborts `signal`, which stops the work on the server.
 */
export function mountStreamRoute<R extends RouteDef>(
  app: FastifyInstance,
  route: R,
  prepare: StreamHandler<R>,
) {
  app.route({
    method: route.method,
    url: route.path,
    schema: {
      operationId: routeNameOf(route),
      summary: route.summary,
      description: 'The answer is `application/x-ndjson`: one JSON object per line, as described below.',
      tags: [route.tag],
      ...(route.params && { params: route.params }),
      ...(route.query && { querystring: route.query }),
      ...(route.body && { body: route.body }),
      response: { [route.status]: route.response, '4xx': ErrorSchema, '5xx': ErrorSchema },
    },
    handler: async (request, reply) => {
      const input = { params: request.params, query: request.query, body: request.body } as RouteRequest<R>
      const run = await prepare(input, { requestId: request.id, ip: request.ip })
      reply.hijack()
      const res = reply.raw
      for (const [name, value] of Object.entries(reply.getHeaders()))
        if (value !== undefined) res.setHeader(name, value)
      res.writeHead(route.status, {
        'content-type': 'application/x-ndjson; charset=utf-8',
        'cache-control': 'no-store',
        // Proxies such as nginx would otherwise hold the stream back until it ends.
        'x-accel-buffering': 'no',
      })
      const controller = new AbortController()
      const stop = () => {
        if (!res.writableFinished) controller.abort()
      }
      res.on('close', stop)
      const emit: Emit<R> = async (event) => {
        if (controller.signal.aborted) return
        if (!res.write(`${JSON.stringify(event)}\n`)) {
          await Promise.race([once(res, 'drain'), once(res, 'close')])
        }
      }
      try {
        await run(emit, controller.signal)
      } finally {
        res.off('close', stop)
        res.end()
      }
    },
  })
}
