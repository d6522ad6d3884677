import { fillPath, type RouteDef, type RouteInput, type RouteResponse } from '../../contract/http.ts'
import { csrfToken } from './csrf-token.ts'

/** Every failed call, whatever went wrong, reaches the UI as this one class. */
export class ApiError extends Error {
  readonly code: string
  readonly requestId: string
  /** HTTP status; 0 when the request never got an answer. */
  readonly status: number
  /** Request field path (`tags.0.tagKey`) → what is wrong with it. */
  readonly fields: Record<string, string>

  constructor(init: {
    code: string
    message: string
    status: number
    requestId?: string
    fields?: Record<string, string>
  }) {
    super(init.message)
    this.name = 'ApiError'
    this.code = init.code
    this.status = init.status
    this.requestId = init.requestId ?? ''
    this.fields = init.fields ?? {}
  }
}

type LooseInput = {
  params?: Record<string, string | number>
  query?: Record<string, unknown>
  body?: unknown
}

/** Empty values are left out so an unset filter does not reach the server as `clusterName=`. */
export function encodeQuery(query: Record<string, unknown> = {}): string {
  const search = new URLSearchParams()
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue
    for (const item of Array.isArray(value) ? value : [value]) search.append(key, String(item))
  }
  const text = search.toString()
  return text ? `?${text}` : ''
}

function isErrorBody(
  value: unknown,
): value is { code: string; message: string; requestId?: string; fields?: Record<string, string> } {
  return typeof value === 'object' && value !== null && 'code' in value && 'message' in value
}

export async function readJson(response: Response): Promise<unknown> {
  const text = await response.text()
  if (!text) return null
  try {
    return JSON.parse(text)
  } catch {
    return undefined
  }
}

/** Sends one contract route's request; a network failure becomes an ApiError (an abort stays an abort). */
export async function sendRequest<R extends RouteDef>(
  route: R,
  input: RouteInput<R>,
  accept: string,
  signal: AbortSignal | undefined,
  headers: Record<string, string> = {},
): Promise<Response> {
  const { params, query, body } = input as LooseInput
  const csrf = route.method === 'GET' ? null : csrfToken()
  try {
    return await fetch(fillPath(route.path, params) + encodeQuery(query), {
      method: route.method,
      headers: {
        ...headers,
        accept,
        ...(body !== undefined && { 'content-type': 'application/json' }),
        ...(csrf !== null && { 'x-csrf-token': csrf }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal,
    })
  } catch (error) {
    if (signal?.aborted) throw error
    throw new ApiError({ code: 'NETWORK_ERROR', message: 'The Ferry server did not answer.', status: 0 })
  }
}

/** The ApiError of a refusal: Ferry's error body, or, when a proxy or gateway answered instead, its status. */
export function refusal(response: Response, payload: unknown): ApiError {
  if (isErrorBody(payload)) return new ApiError({ ...payload, status: response.status })
  return new ApiError({
    code: `HTTP_${response.status}`,
    message: `The server answered ${response.status} ${response.statusText}`.trim(),
    status: response.status,
  })
}

/**
 * Calls one contract route. Resolves with its response body; rejects with an ApiError.
 * `headers` adds request headers, e.g. an `Idempotency-Key`.
 */
export async function callApi<R extends RouteDef>(
  route: R,
  input: RouteInput<R>,
  init: { signal?: AbortSignal; headers?: Record<string, string> } = {},
): Promise<RouteResponse<R>> {
  const response = await sendRequest(route, input, 'application/json', init.signal, init.headers)
  const payload = await readJson(response)
  if (response.ok) return payload as RouteResponse<R>
  throw refusal(response, payload)
}

/**
 * Calls a route that answers a file (`route.file`, e.g. a PEM certificate). Resolves with its text; a refusal
 * is the usual JSON error, so it rejects with an ApiError like any call.
 */
export async function fetchFile<R extends RouteDef & { file: string }>(
  route: R,
  input: RouteInput<R>,
  init: { signal?: AbortSignal } = {},
): Promise<string> {
  const response = await sendRequest(route, input, `${route.file}, application/json`, init.signal)
  if (response.ok) return response.text()
  throw refusal(response, await readJson(response))
}
