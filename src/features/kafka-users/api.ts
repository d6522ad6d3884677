import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query'
import type { RouteInput } from '../../../contract/http.ts'
import { routes } from '../../../contract/routes.ts'
import { callApi } from '../../shared/api-client.ts'

export type CreateUserBody = RouteInput<typeof routes.createKafkaUser>['body']

export const userKeys = {
  list: (clusterId: string) => ['clusters', clusterId, 'users'] as const,
}

export function userListQuery(clusterId: string) {
  return queryOptions({
    queryKey: userKeys.list(clusterId),
    queryFn: ({ signal }) => callApi(routes.listKafkaUsers, { params: { clusterId } }, { signal }),
    // A cluster without SASL answers 409: asking again will not change that.
    retry: false,
  })
}

export function useCreateUser(clusterId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: CreateUserBody) => callApi(routes.createKafkaUser, { params: { clusterId }, body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: userKeys.list(clusterId) }),
  })
}

export function useResetPassword(clusterId: string) {
  return useMutation({
    mutationFn: ({ username, password }: { username: string; password: string }) =>
      callApi(routes.resetKafkaUserPassword, { params: { clusterId, username }, body: { password } }),
  })
}

export function useDeleteUser(clusterId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (username: string) => callApi(routes.deleteKafkaUser, { params: { clusterId, username } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: userKeys.list(clusterId) }),
  })
}
