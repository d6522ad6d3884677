import type { RouteDef, RouteInput, RouteResponse } from '../../contract/http.ts'
import { ApiError, readJson, refusal, sendRequest } from './api-client.ts'

/**
 * Calls a streaming contract route (JSON lines) and hands each parsed line to `onEvent` as it arrives.
 * Errors found before the stream starts (validation, 409, 429) reject with an ApiError, as `callApi` does;
 * aborting `signal` stops the read and, by closing the connection, the server's work.
 */
export async function streamApi<R extends RouteDef>(
  route: R,
  input: RouteInput<R>,
  onEvent: (event: RouteResponse<R>) => void,
  init: { signal?: AbortSignal } = {},
): Promise<void> {
  const response = await sendRequest(route, input, 'application/x-ndjson, application/json', init.signal)
  if (!response.ok) throw refusal(response, await readJson(response))
  if (!response.body) return
  init.signal?.throwIfAborted()

  const reader = response.body.getReader()
  const decoder = new TextDecoder()
  let pending = ''
  // fetch errors the body on abort too; cancelling here also covers bodies that ignore the signal.
  const stop = () => void reader.cancel().catch(() => {})
  init.signal?.addEventListener('abort', stop, { once: true })
  const emit = (line: string) => {
    if (line.trim()) onEvent(JSON.parse(line) as RouteResponse<R>)
  }
  try {
    for (;;) {
      const { done, value } = await reader.read()
      init.signal?.throwIfAborted()
      if (done) break
      // A chunk can end inside a line, or inside a multi-byte character: keep the tail for the next one.
      pending += decoder.decode(value, { stream: true })
      const lines = pending.split('\n')
      pending = lines.pop() ?? ''
      for (const line of lines) emit(line)
    }
    pending += decoder.decode()
    emit(pending)
  } catch (error) {
    if (init.signal?.aborted) throw error
    if (error instanceof SyntaxError)
      throw new ApiError({
        code: 'BAD_STREAM',
        message: 'The server sent a line that is not JSON.',
        status: 0,
      })
    throw new ApiError({
      code: 'NETWORK_ERROR',
      message: 'The connection to the server was lost.',
      status: 0,
    })
  } finally {
    init.signal?.removeEventListener('abort', stop)
    reader.releaseLock()
  }
}
