import type { z } from 'zod'
import { type ListTopicsQuerySchema, type TopicSort, TopicSortSchema } from '../../../contract/topics.ts'
import { readPage, writePage } from '../../shared/paging.ts'

/** The topic list's filter, sort and page live in the URL so a reload or a shared link shows the same view. */
const defaultSort: TopicSort = 'topicName'

export type SortOrder = 'asc' | 'desc'
export type ListTopicsInput = z.input<typeof ListTopicsQuerySchema>

export interface TopicListView {
  topicName: string
  includeInternal: boolean
  sortBy: TopicSort
  order: SortOrder
  pageNo: number
  pageSize: number
}

export function readTopicListView(params: URLSearchParams): TopicListView {
  const sortBy = TopicSortSchema.safeParse(params.get('sortBy'))
  return {
    topicName: params.get('topicName') ?? '',
    includeInternal: params.get('includeInternal') === 'true',
    sortBy: sortBy.success ? sortBy.data : defaultSort,
    order: params.get('order') === 'desc' ? 'desc' : 'asc',
    ...readPage(params),
  }
}

export function writeTopicListView(view: TopicListView): URLSearchParams {
  const params = new URLSearchParams()
  if (view.topicName) params.set('topicName', view.topicName)
  if (view.includeInternal) params.set('includeInternal', 'true')
  if (view.sortBy !== defaultSort || view.order !== 'asc') {
    params.set('sortBy', view.sortBy)
    params.set('order', view.order)
  }
  return writePage(params, view)
}

/** What the list asks the server for; an empty filter is left out. */
export function listTopicsInput(view: TopicListView): ListTopicsInput {
  return {
    ...(view.topicName ? { topicName: view.topicName } : {}),
    includeInternal: view.includeInternal ? 'true' : 'false',
    sortBy: view.sortBy,
    order: view.order,
    pageNo: view.pageNo,
    pageSize: view.pageSize,
  }
}

/**
 * A click on a column header (antd's `ascend` / `descend`, or none when the sort is cleared) as the
 * view's sort. Any new sort starts again from the first page.
 */
export function sortedView(
  view: TopicListView,
  columnKey: unknown,
  direction: 'ascend' | 'descend' | null | undefined,
): TopicListView {
  const sortBy = TopicSortSchema.safeParse(columnKey)
  if (!direction || !sortBy.success) return { ...view, sortBy: defaultSort, order: 'asc', pageNo: 1 }
  return { ...view, sortBy: sortBy.data, order: direction === 'ascend' ? 'asc' : 'desc', pageNo: 1 }
}

/** The header arrow a column shows for the view's sort. */
export function columnSortOrder(view: TopicListView, column: TopicSort): 'ascend' | 'descend' | null {
  if (view.sortBy !== column) return null
  return view.order === 'asc' ? 'ascend' : 'descend'
}
