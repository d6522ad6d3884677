import type { FastifyInstance } from 'fastify'
import { ErrorSchema } from '../../contract/errors.ts'
import type { RouteDef, RouteRequest } from '../../contract/http.ts'
import { routeNameOf } from '../../contract/routes.ts'

/** What a file route answers: the text, and the name a browser or `curl -OJ` saves it under. */
export interface FileAnswer {
  fileName: string
  text: string
}

export type FileHandler<R extends RouteDef> = (input: RouteRequest<R>) => Promise<FileAnswer>

/**
 * Mounts a contract route whose success is a file of `route.file`'s media type rather than JSON (failures
 * are JSON errors as everywhere). A non-JSON content type makes Fastify send the text as it is.
 */
export function mountFileRoute<R extends RouteDef & { file: string }>(
  app: FastifyInstance,
  route: R,
  handler: FileHandler<R>,
) {
  app.route({
    method: route.method,
    url: route.path,
    schema: {
      operationId: routeNameOf(route),
      summary: route.summary,
      tags: [route.tag],
      ...(route.params && { params: route.params }),
      ...(route.query && { querystring: route.query }),
      response: {
        // OpenAPI names the file's media type for the success only; errors stay application/json.
        [route.status]: route.response.meta({ content: { [route.file]: { schema: { type: 'string' } } } }),
        '4xx': ErrorSchema,
        '5xx': ErrorSchema,
      },
    },
    handler: async (request, reply) => {
      const input = { params: request.params, query: request.query } as RouteRequest<R>
      const { fileName, text } = await handler(input)
      return reply
        .status(route.status)
        .type(route.file)
        .header('content-disposition', `attachment; filename="${fileName.replace(/["\\\r\n]/g, '_')}"`)
        .header('cache-control', 'no-store')
        .send(text)
    },
  })
}
