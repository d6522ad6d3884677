import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query'
import type { CreateLocalClusterInput } from '../../../contract/cluster-create.ts'
import { routes } from '../../../contract/routes.ts'
import { callApi } from '../../shared/api-client.ts'

export function localCatalogueQuery() {
  return queryOptions({
    queryKey: ['providers', 'local', 'catalogue'] as const,
    queryFn: ({ signal }) => callApi(routes.getLocalCatalogue, {}, { signal }),
  })
}

/**
 * A random v4 UUID. `crypto.randomUUID` exists only in secure contexts, and a self-hosted Ferry may well be
 * opened over plain http from another machine; `getRandomValues` works everywhere.
 */
export function newIdempotencyKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16))
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`
}

/**
 * Creates a local cluster. Every submit of one wizard session carries the same Idempotency-Key, so a retry
 * after a lost answer gets the first cluster back instead of making a second one.
 */
export function useCreateLocalCluster(idempotencyKey: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: CreateLocalClusterInput) =>
      callApi(routes.createCluster, { body }, { headers: { 'Idempotency-Key': idempotencyKey } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['clusters'] }),
  })
}
