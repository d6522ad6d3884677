import { hashKey, useMutation, useQueryClient } from '@tanstack/react-query'
import type { RouteInput } from '../../../contract/http.ts'
import { routes } from '../../../contract/routes.ts'
import { callApi } from '../../shared/api-client.ts'
import { type Session, sessionKey } from '../../shared/session.ts'

export type LoginBody = RouteInput<typeof routes.login>['body']
export type ChangePasswordBody = RouteInput<typeof routes.changePassword>['body']

/**
 * Signs in. Whatever an earlier account left in the cache goes: the new one may see less.
 */
export function useLogin() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (body: LoginBody) => callApi(routes.login, { body }),
    onSuccess: (session) => {
      // The session query stays: the sign-in page watches it to move on once it holds an account.
      client.removeQueries({ predicate: (query) => query.queryHash !== hashKey(sessionKey) })
      client.setQueryData(sessionKey, session)
    },
  })
}

/** Changes one's own password; a one-time password no longer holds the session back. */
export function useChangePassword() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (body: ChangePasswordBody) => callApi(routes.changePassword, { body }),
    onSuccess: () =>
      client.setQueryData<Session>(
        sessionKey,
        (session) => session && { ...session, mustChangePassword: false },
      ),
  })
}

/** Ends the session; the cache is emptied even when the server could not be told. */
export function useLogout() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: () => callApi(routes.logout, {}),
    onSettled: () => client.removeQueries(),
  })
}
