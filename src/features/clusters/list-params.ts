import {
  firstPage as firstMarkerPage,
  type MarkerView,
  markerQuery,
  readMarkerView,
  writeMarkerView,
} from '../../shared/marker-paging.ts'

export { nextPage, previousPage } from '../../shared/marker-paging.ts'

/** The cluster list's view lives in the URL so a reload or a shared link shows the same page. */
export type SearchField = 'clusterName' | 'clusterId'

export interface ListView extends MarkerView {
  field: SearchField
  keyword: string
}

export function readListView(params: URLSearchParams): ListView {
  return {
    field: params.get('field') === 'clusterId' ? 'clusterId' : 'clusterName',
    keyword: params.get('keyword') ?? '',
    ...readMarkerView(params),
  }
}

export function writeListView(view: ListView): URLSearchParams {
  const params = new URLSearchParams()
  if (view.field !== 'clusterName') params.set('field', view.field)
  if (view.keyword) params.set('keyword', view.keyword)
  return writeMarkerView(params, view)
}

/** The API query for a view: the keyword goes to whichever field the user chose. */
export function listQuery(view: ListView) {
  return {
    ...markerQuery(view),
    ...(view.keyword ? { [view.field]: view.keyword } : {}),
  }
}

/** A new search or page size starts again from the first page. */
export function firstPage(
  view: ListView,
  change: Partial<Pick<ListView, 'field' | 'keyword' | 'maxKeys'>>,
): ListView {
  return firstMarkerPage(view, change)
}
