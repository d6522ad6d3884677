import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query'
import type { z } from 'zod'
import type { AccountSchema, ApiTokenSchema, RoleSchema } from '../../../contract/auth.ts'
import type { RouteInput, RouteResponse } from '../../../contract/http.ts'
import { routes } from '../../../contract/routes.ts'
import { callApi } from '../../shared/api-client.ts'
import { sessionKey } from '../../shared/session.ts'

export type Account = z.infer<typeof AccountSchema>
export type Role = z.infer<typeof RoleSchema>
export type ApiToken = z.infer<typeof ApiTokenSchema>
export type CreatedApiToken = RouteResponse<typeof routes.createApiToken>
export type CreateAccountBody = RouteInput<typeof routes.createAccount>['body']
export type UpdateAccountBody = RouteInput<typeof routes.updateAccount>['body']
export type RoleBody = RouteInput<typeof routes.createRole>['body']
export type CreateTokenBody = RouteInput<typeof routes.createApiToken>['body']

// Ferry-wide, not under a cluster: accounts, roles and tokens belong to the console itself.
export const accessKeys = {
  all: ['access'] as const,
  accounts: ['access', 'accounts'] as const,
  roles: ['access', 'roles'] as const,
  tokens: ['access', 'tokens'] as const,
}

export function accountListQuery() {
  return queryOptions({
    queryKey: accessKeys.accounts,
    queryFn: ({ signal }) => callApi(routes.listAccounts, {}, { signal }),
    select: (data) => data.accounts,
  })
}

export function roleListQuery() {
  return queryOptions({
    queryKey: accessKeys.roles,
    queryFn: ({ signal }) => callApi(routes.listRoles, {}, { signal }),
    select: (data) => data.roles,
  })
}

export function tokenListQuery() {
  return queryOptions({
    queryKey: accessKeys.tokens,
    queryFn: ({ signal }) => callApi(routes.listApiTokens, {}, { signal }),
    select: (data) => data.tokens,
  })
}

function useInvalidating<V, R>(mutationFn: (variables: V) => Promise<R>, ...keys: (readonly unknown[])[]) {
  const client = useQueryClient()
  return useMutation({
    mutationFn,
    onSuccess: () => Promise.all(keys.map((queryKey) => client.invalidateQueries({ queryKey }))),
  })
}

export function useCreateAccount() {
  return useInvalidating(
    (body: CreateAccountBody) => callApi(routes.createAccount, { body }),
    accessKeys.accounts,
  )
}

export function useUpdateAccount() {
  return useInvalidating(
    ({ username, body }: { username: string; body: UpdateAccountBody }) =>
      callApi(routes.updateAccount, { params: { username }, body }),
    accessKeys.accounts,
  )
}

export function useResetAccountPassword() {
  return useInvalidating(
    ({ username, password }: { username: string; password: string }) =>
      callApi(routes.resetAccountPassword, { params: { username }, body: { password } }),
    accessKeys.accounts,
  )
}

export function useDeleteAccount() {
  // The account's tokens go with it.
  return useInvalidating(
    (username: string) => callApi(routes.deleteAccount, { params: { username } }),
    accessKeys.accounts,
    accessKeys.tokens,
  )
}

/** Creates a custom role, or changes the one named by `roleId`. */
export function useSaveRole() {
  return useInvalidating(
    ({ roleId, body }: { roleId?: string; body: RoleBody }) =>
      roleId
        ? callApi(routes.updateRole, { params: { roleId }, body })
        : callApi(routes.createRole, { body }),
    // Accounts and tokens show the role's name; the signed-in account may hold the role it changed.
    accessKeys.all,
    sessionKey,
  )
}

export function useDeleteRole() {
  return useInvalidating(
    (roleId: string) => callApi(routes.deleteRole, { params: { roleId } }),
    accessKeys.roles,
  )
}

export function useCreateToken() {
  return useInvalidating(
    (body: CreateTokenBody) => callApi(routes.createApiToken, { body }),
    accessKeys.tokens,
  )
}

export function useRevokeToken() {
  return useInvalidating(
    (tokenId: string) => callApi(routes.revokeApiToken, { params: { tokenId } }),
    accessKeys.tokens,
  )
}
