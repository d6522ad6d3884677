import { hashKey, MutationCache, QueryCache, QueryClient } from '@tanstack/react-query'
import { ApiError } from './api-client.ts'
import { sessionKey } from './session.ts'

/** A 4xx answer will not change on retry; only network failures and server faults are retried. */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (error instanceof ApiError && error.status >= 400 && error.status < 500) return false
  return failureCount < 2
}

/** The session ended (expired, signed out elsewhere, account disabled) or must first choose a password. */
const sessionGone = (error: unknown) =>
  error instanceof ApiError && (error.code === 'UNAUTHENTICATED' || error.code === 'PASSWORD_CHANGE_REQUIRED')

/**
 * Requests always go out: the console talks to its own server, often on a network without internet, where
 * the browser's idea of "offline" is wrong. Left to the default, a mutation started while the browser thinks
 * it is offline waits, spinner on, without sending anything.
 *
 * Any call refused because the session is gone asks for the session again; the app layout, which holds that
 * query, then sends the reader to the sign-in page. This is the one place that watches for it.
 */
export function createQueryClient(): QueryClient {
  const recheckSession = () => void client.invalidateQueries({ queryKey: sessionKey, exact: true })
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({
      onError: (error, query) => {
        if (sessionGone(error) && query.queryHash !== hashKey(sessionKey)) recheckSession()
      },
    }),
    mutationCache: new MutationCache({
      onError: (error) => {
        if (sessionGone(error)) recheckSession()
      },
    }),
    defaultOptions: {
      queries: { staleTime: 5_000, retry: shouldRetry, networkMode: 'always' },
      mutations: { retry: false, networkMode: 'always' },
    },
  })
  return client
}
