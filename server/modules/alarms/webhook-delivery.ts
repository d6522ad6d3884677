import type { z } from 'zod'
import type { ChannelTestResultSchema } from '../../../contract/alarms.ts'

export type DeliveryResult = z.infer<typeof ChannelTestResultSchema>

export interface WebhookTarget {
  url: string
  /** Sent as a bearer token when set. */
  token: string | null
}

const TIMEOUT_MS = 5_000

function reason(err: unknown): string {
  const error = err as Error & { cause?: { code?: string; message?: string } }
  if (error.name === 'TimeoutError') return `No answer within ${TIMEOUT_MS / 1000} s.`
  if (error.name === 'AbortError') return 'Ferry stopped before the receiver answered.'
  // fetch reports every network failure as "fetch failed"; the socket's own error is its cause.
  const code = error.cause?.code
  if (code === 'ECONNREFUSED') return 'Connection refused.'
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return 'Host not found.'
  if (code === 'ECONNRESET' || code === 'UND_ERR_SOCKET') return 'The receiver closed the connection.'
  return error.cause?.message ?? error.message
}

/** POSTs one JSON body and tells what the receiver answered: delivered on any 2xx. */
export async function postWebhook(
  target: WebhookTarget,
  body: unknown,
  stop?: AbortSignal,
): Promise<DeliveryResult> {
  const timeout = AbortSignal.timeout(TIMEOUT_MS)
  try {
    const res = await fetch(target.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'user-agent': 'Ferry',
        ...(target.token && { authorization: `Bearer ${target.token}` }),
      },
      body: JSON.stringify(body),
      signal: stop ? AbortSignal.any([timeout, stop]) : timeout,
    })
    // Read the answer to its end so the connection is free again; its content does not matter.
    await res.arrayBuffer().catch(() => {})
    return { delivered: res.ok, status: res.status, error: null }
  } catch (err) {
    return { delivered: false, status: null, error: reason(err) }
  }
}
