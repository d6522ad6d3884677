import { buildFilter, type FilterRow } from './build-filter.ts'
import type { QueryBody } from './use-message-query.ts'

export const queryModes = ['offset', 'time', 'newest', 'key'] as const
export type QueryMode = (typeof queryModes)[number]
export type FilterTab = 'simple' | 'cel'

/** The form as antd holds it; times are dayjs objects (antd's DatePicker), read only through toISOString. */
export interface QueryFormValues {
  topicName?: string
  partition: number | 'all'
  mode: QueryMode
  startOffset?: number
  startTime?: { toISOString(): string } | null
  endTime?: { toISOString(): string } | null
  newest?: number
  key?: string
  keyScanAll?: boolean
  limit: number
  maxMb: number
  filterRows?: Array<Partial<FilterRow> | undefined>
  filter?: string
}

export const defaultQueryValues: QueryFormValues = {
  partition: 'all',
  mode: 'newest',
  startOffset: 0,
  newest: 20,
  limit: 20,
  maxMb: 10,
  filterRows: [],
}

function completeRows(rows: QueryFormValues['filterRows']): FilterRow[] {
  return (rows ?? []).flatMap((row): FilterRow[] => {
    if (row?.kind === 'headerEquals')
      return [{ kind: row.kind, name: row.name ?? '', value: row.value ?? '' }]
    if (row?.kind === 'keyEquals' || row?.kind === 'valueContains')
      return [{ kind: row.kind, value: row.value ?? '' }]
    return []
  })
}

/** The CEL the active filter tab stands for. */
export function filterOf(values: QueryFormValues, tab: FilterTab): string | undefined {
  if (tab === 'simple') return buildFilter(completeRows(values.filterRows))
  const text = values.filter?.trim()
  return text ? text : undefined
}

/** The request body for the chosen mode: exactly one start (offset, time, newest or key), as the contract asks. */
export function toQueryBody(values: QueryFormValues, tab: FilterTab): QueryBody {
  const body: QueryBody = {
    limit: values.limit,
    maxBytes: Math.round(values.maxMb * 1024 * 1024),
  }
  if (values.partition !== 'all') body.partition = values.partition
  if (values.mode === 'offset') body.startOffset = values.startOffset ?? 0
  if (values.mode === 'time') {
    if (values.startTime) body.startTime = values.startTime.toISOString()
    if (values.endTime) body.endTime = values.endTime.toISOString()
  }
  if (values.mode === 'newest') body.newest = values.newest ?? values.limit
  if (values.mode === 'key') {
    body.key = values.key ?? ''
    body.keyScan = values.keyScanAll ? 'all' : 'probable'
  }
  const filter = filterOf(values, tab)
  if (filter) body.filter = filter
  return body
}
