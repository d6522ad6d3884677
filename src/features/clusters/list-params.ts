import { defaultPageSize } from '../../shared/paging.ts'

/**
 * The cluster list's view lives in the URL so a reload or a shared link shows the same page.
 * The API pages with a marker, so going back needs the markers of earlier pages: they are kept
 * as repeated `prev` parameters (the first page's marker is the empty string).
 */
export type SearchField = 'clusterName' | 'clusterId'

export interface ListView {
  field: SearchField
  keyword: string
  marker: string | undefined
  maxKeys: number
  previousMarkers: string[]
}

export function readListView(params: URLSearchParams): ListView {
  const size = Number(params.get('maxKeys'))
  return {
    field: params.get('field') === 'clusterId' ? 'clusterId' : 'clusterName',
    keyword: params.get('keyword') ?? '',
    marker: params.get('marker') || undefined,
    maxKeys: Number.isInteger(size) && size >= 1 && size <= 1000 ? size : defaultPageSize,
    previousMarkers: params.getAll('prev'),
  }
}

export function writeListView(view: ListView): URLSearchParams {
  const params = new URLSearchParams()
  if (view.field !== 'clusterName') params.set('field', view.field)
  if (view.keyword) params.set('keyword', view.keyword)
  if (view.maxKeys !== defaultPageSize) params.set('maxKeys', String(view.maxKeys))
  if (view.marker) params.set('marker', view.marker)
  for (const marker of view.previousMarkers) params.append('prev', marker)
  return params
}

/** The API query for a view: the keyword goes to whichever field the user chose. */
export function listQuery(view: ListView) {
  return {
    maxKeys: view.maxKeys,
    ...(view.marker ? { marker: view.marker } : {}),
    ...(view.keyword ? { [view.field]: view.keyword } : {}),
  }
}

export function nextPage(view: ListView, nextMarker: string): ListView {
  return { ...view, marker: nextMarker, previousMarkers: [...view.previousMarkers, view.marker ?? ''] }
}

export function previousPage(view: ListView): ListView {
  const previousMarkers = view.previousMarkers.slice(0, -1)
  return { ...view, marker: view.previousMarkers.at(-1) || undefined, previousMarkers }
}

/** A new search or page size starts again from the first page. */
export function firstPage(
  view: ListView,
  change: Partial<Pick<ListView, 'field' | 'keyword' | 'maxKeys'>>,
): ListView {
  return { ...view, ...change, marker: undefined, previousMarkers: [] }
}
