import { queryOptions, useQuery } from '@tanstack/react-query'
import type { RouteResponse } from '../../contract/http.ts'
import { routes } from '../../contract/routes.ts'
import { callApi } from './api-client.ts'

export type Session = RouteResponse<typeof routes.getSession>

export const sessionKey = ['auth', 'session'] as const

/** Who is signed in. The app layout holds this query, so every page below it reads it from the cache. */
export function sessionQuery() {
  return queryOptions({
    queryKey: sessionKey,
    queryFn: ({ signal }) => callApi(routes.getSession, {}, { signal }),
    staleTime: 60_000,
  })
}

/** The signed-in account; undefined only outside the app layout (the sign-in page) before it is known. */
export function useSession(): Session | undefined {
  return useQuery(sessionQuery()).data
}
