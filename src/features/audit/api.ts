import { queryOptions } from '@tanstack/react-query'
import type { z } from 'zod'
import type { AuditRecordSchema, ListAuditQuery } from '../../../contract/auth.ts'
import type { RouteInput } from '../../../contract/http.ts'
import { routes } from '../../../contract/routes.ts'
import { callApi } from '../../shared/api-client.ts'

export type AuditRecord = z.infer<typeof AuditRecordSchema>
export type AuditQuery = NonNullable<RouteInput<typeof routes.listAudit>['query']>
export type AuditFilter = Omit<ListAuditQuery, 'marker' | 'maxKeys'>

export const auditKeys = {
  all: ['audit'] as const,
  list: (query: AuditQuery) => ['audit', { list: query }] as const,
}

export function auditListQuery(query: AuditQuery) {
  return queryOptions({
    queryKey: auditKeys.list(query),
    queryFn: ({ signal }) => callApi(routes.listAudit, { query }, { signal }),
  })
}

/** The API's largest page. */
const exportPage = 1000

/**
 * Every record of a filter, page after page, up to `limit`: what an export holds. `onProgress` hears the
 * count so far; `truncated` says there were more than the limit.
 */
export async function fetchAuditRecords(
  filter: AuditFilter,
  {
    limit,
    signal,
    onProgress,
  }: { limit: number; signal?: AbortSignal; onProgress?: (count: number) => void },
): Promise<{ records: AuditRecord[]; truncated: boolean }> {
  const records: AuditRecord[] = []
  let marker: string | undefined
  for (;;) {
    const maxKeys = Math.min(exportPage, limit - records.length)
    const page = await callApi(routes.listAudit, { query: { ...filter, maxKeys, marker } }, { signal })
    records.push(...page.records)
    onProgress?.(records.length)
    if (!page.isTruncated || page.nextMarker === null) return { records, truncated: false }
    if (records.length >= limit) return { records, truncated: true }
    marker = page.nextMarker
  }
}
