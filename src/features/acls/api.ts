import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query'
import type { RouteInput } from '../../../contract/http.ts'
import { routes } from '../../../contract/routes.ts'
import { callApi } from '../../shared/api-client.ts'

export type AclListQuery = NonNullable<RouteInput<typeof routes.listAcls>['query']>
export type CreateAclBody = RouteInput<typeof routes.createAcl>['body']
export type DeleteAclQuery = RouteInput<typeof routes.deleteAcl>['query']
export type EffectiveQuery = RouteInput<typeof routes.getEffectivePermissions>['query']

export const aclKeys = {
  all: (clusterId: string) => ['clusters', clusterId, 'acls'] as const,
  list: (clusterId: string, query: AclListQuery) => ['clusters', clusterId, 'acls', { list: query }] as const,
  effective: (clusterId: string, query: EffectiveQuery) =>
    ['clusters', clusterId, 'acls', { effective: query }] as const,
  /** The user management page's key for the same answer. */
  users: (clusterId: string) => ['clusters', clusterId, 'users'] as const,
}

export function aclListQuery(clusterId: string, query: AclListQuery) {
  return queryOptions({
    queryKey: aclKeys.list(clusterId, query),
    queryFn: ({ signal }) => callApi(routes.listAcls, { params: { clusterId }, query }, { signal }),
    // A cluster without ACLs answers 409: asking again will not change that.
    retry: false,
  })
}

export function effectiveQuery(clusterId: string, query: EffectiveQuery) {
  return queryOptions({
    queryKey: aclKeys.effective(clusterId, query),
    queryFn: ({ signal }) =>
      callApi(routes.getEffectivePermissions, { params: { clusterId }, query }, { signal }),
  })
}

/** The cluster's SASL users, to pick from; a cluster without SASL has none to offer. */
export function userNamesQuery(clusterId: string) {
  return queryOptions({
    queryKey: aclKeys.users(clusterId),
    queryFn: ({ signal }) => callApi(routes.listKafkaUsers, { params: { clusterId } }, { signal }),
    select: (data) => data.users.map((u) => u.username),
    retry: false,
  })
}

export function useCreateAcl(clusterId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: CreateAclBody) => callApi(routes.createAcl, { params: { clusterId }, body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: aclKeys.all(clusterId) }),
  })
}

export function useDeleteAcl(clusterId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (query: DeleteAclQuery) => callApi(routes.deleteAcl, { params: { clusterId }, query }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: aclKeys.all(clusterId) }),
  })
}
