/**
 * One page of a list read newest first by sortable ID, with one row more than the page holds: that row's ID
 * is where the next page starts.
 */
export function markerPage<T>(
  rows: T[],
  idOf: (row: T) => string,
  query: { marker?: string; maxKeys: number },
) {
  const more = rows.length > query.maxKeys
  const next = rows[query.maxKeys]
  return {
    rows: rows.slice(0, query.maxKeys),
    marker: query.marker ?? null,
    maxKeys: query.maxKeys,
    isTruncated: more,
    nextMarker: more && next !== undefined ? idOf(next) : null,
  }
}
