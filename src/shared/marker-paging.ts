import { defaultPageSize } from './paging.ts'

/**
 * A list the API pages with a marker (`marker`, `maxKeys` → `nextMarker`), kept in the URL. Going
 * back needs the markers of earlier pages: they are kept as repeated `prev` parameters (the first
 * page's marker is the empty string).
 */
export interface MarkerView {
  marker: string | undefined
  maxKeys: number
  previousMarkers: string[]
}

export function readMarkerView(params: URLSearchParams): MarkerView {
  const size = Number(params.get('maxKeys'))
  return {
    marker: params.get('marker') || undefined,
    // The API's limit is 1000.
    maxKeys: Number.isInteger(size) && size >= 1 && size <= 1000 ? size : defaultPageSize,
    previousMarkers: params.getAll('prev'),
  }
}

/** Adds the page to `params`, leaving defaults out so links stay short. */
export function writeMarkerView(params: URLSearchParams, view: MarkerView): URLSearchParams {
  if (view.maxKeys !== defaultPageSize) params.set('maxKeys', String(view.maxKeys))
  if (view.marker) params.set('marker', view.marker)
  for (const marker of view.previousMarkers) params.append('prev', marker)
  return params
}

export function markerQuery(view: MarkerView): { maxKeys: number; marker?: string } {
  return { maxKeys: view.maxKeys, ...(view.marker ? { marker: view.marker } : {}) }
}

export function isFirstPage(view: MarkerView): boolean {
  return !view.marker && view.previousMarkers.length === 0
}

export function nextPage<V extends MarkerView>(view: V, nextMarker: string): V {
  return { ...view, marker: nextMarker, previousMarkers: [...view.previousMarkers, view.marker ?? ''] }
}

export function previousPage<V extends MarkerView>(view: V): V {
  const previousMarkers = view.previousMarkers.slice(0, -1)
  return { ...view, marker: view.previousMarkers.at(-1) || undefined, previousMarkers }
}

/** A new search, filter or page size starts again from the first page. */
export function firstPage<V extends MarkerView>(view: V, change: Partial<NoInfer<V>>): V {
  return { ...view, ...change, marker: undefined, previousMarkers: [] }
}
