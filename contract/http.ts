import type { z } from 'zod'

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE' | 'PATCH'

/** One route, described once: the server validates and documents it, the console calls it. */
export interface RouteDef {
  method: HttpMethod
  /** Fastify-style path: `/v2/clusters/:clusterId`. */
  path: string
  summary: string
  tag: string
  /** The success status; errors always answer with ErrorSchema. */
  status: 200 | 201 | 202 | 204
  /** The response is a stream of JSON lines, each matching `response`. */
  stream?: boolean
  /** The success answer is a file of this media type (its text is `response`), sent for download. */
  file?: string
  params?: z.ZodType
  query?: z.ZodType
  body?: z.ZodType
  response: z.ZodType
  /** A second success the handler may choose instead, by returning `withStatus(status, body)`. */
  alternative?: { status: 200 | 201 | 202 | 204; response: z.ZodType }
}

type Maybe<T> = T extends z.ZodType ? z.input<T> : undefined
type Out<T> = T extends z.ZodType ? z.output<T> : undefined

/** What a caller passes: params, query and body, each only when the route has one. */
export type RouteInput<R extends RouteDef> = {
  [K in 'params' | 'query' | 'body' as R[K] extends z.ZodType ? K : never]: Maybe<R[K]>
}

/** What a handler receives after validation. */
export type RouteRequest<R extends RouteDef> = {
  [K in 'params' | 'query' | 'body' as R[K] extends z.ZodType ? K : never]: Out<R[K]>
}

export type RouteResponse<R extends RouteDef> =
  | z.output<R['response']>
  | (R['alternative'] extends { response: z.ZodType } ? z.output<R['alternative']['response']> : never)

export function defineRoute<const R extends RouteDef>(route: R): R {
  return route
}

/** `/v2/clusters/:clusterId` + `{clusterId: 'a'}` → `/v2/clusters/a`. */
export function fillPath(path: string, params: Record<string, string | number> = {}): string {
  return path.replace(/:([A-Za-z]+)/g, (_, name: string) => {
    const value = params[name]
    if (value === undefined) throw new Error(`Missing path parameter ${name} for ${path}`)
    return encodeURIComponent(String(value))
  })
}
