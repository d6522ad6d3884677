import { postWebhook, type WebhookTarget } from './webhook-delivery.ts'

export interface NotifierLog {
  error(obj: unknown, msg: string): void
}

export interface Recipient extends WebhookTarget {
  channelId: string
  name: string
}

/** Waits before the 2nd, 3rd and 4th tries: a receiver restarting or briefly overloaded gets a minute. */
export const RETRY_DELAYS_MS = [2_000, 10_000, 60_000]

/**
 * Sends notifications in the background: a channel that fails is logged and tried again after each delay,
 * while evaluation carries on. Retries live in memory; a server stopped meanwhile drops them.
 */
export function webhookNotifier({
  log,
  retryDelaysMs = RETRY_DELAYS_MS,
}: {
  log: NotifierLog
  retryDelaysMs?: number[]
}) {
  const stopping = new AbortController()
  const waiting = new Set<NodeJS.Timeout>()
  const sending = new Set<Promise<void>>()

  function attempt(to: Recipient, body: unknown, tried: number) {
    const sent = postWebhook(to, body, stopping.signal).then((result) => {
      if (result.delivered || stopping.signal.aborted) return
      const answer = result.error ?? `HTTP ${result.status}`
      const delay = retryDelaysMs[tried]
      if (delay === undefined) {
        log.error(
          { channelId: to.channelId, ...result },
          `Webhook ${to.name} failed ${tried + 1} times (${answer}); giving up.`,
        )
        return
      }
      log.error(
        { channelId: to.channelId, ...result },
        `Webhook ${to.name} failed (${answer}); trying again in ${delay / 1000} s.`,
      )
      const timer = setTimeout(() => {
        waiting.delete(timer)
        attempt(to, body, tried + 1)
      }, delay)
      waiting.add(timer)
    })
    sending.add(sent)
    sent.finally(() => sending.delete(sent))
  }

  return {
    /** Queues one body for each recipient and returns at once. */
    send(recipients: Recipient[], body: unknown) {
      if (stopping.signal.aborted) return
      for (const to of recipients) attempt(to, body, 0)
    },
    /** Drops the retries still waiting and cuts the sends under way short. */
    async close() {
      stopping.abort()
      for (const timer of waiting) clearTimeout(timer)
      waiting.clear()
      await Promise.all(sending)
    },
  }
}

export type WebhookNotifier = ReturnType<typeof webhookNotifier>
