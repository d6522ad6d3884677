import { QueryClient } from '@tanstack/react-query'
import { ApiError } from './api-client.ts'

/** A 4xx answer will not change on retry; only network failures and server faults are retried. */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (error instanceof ApiError && error.status >= 400 && error.status < 500) return false
  return failureCount < 2
}

/**
 * Requests always go out: the console talks to its own server, often on a network without internet, where
 * the browser's idea of "offline" is wrong. Left to the default, a mutation started while the browser thinks
 * it is offline waits, spinner on, without sending anything.
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { staleTime: 5_000, retry: shouldRetry, networkMode: 'always' },
      mutations: { retry: false, networkMode: 'always' },
    },
  })
}
