import { afterEach, describe, expect, it, vi } from 'vitest'
import { fetchAuditRecords } from './api.ts'

/** An audit trail of `total` records, answered a page at a time from the marker (the index to start at). */
function serveTrail(total: number) {
  const fetchMock = vi.fn(async (url: string) => {
    const query = new URLSearchParams(url.split('?')[1])
    const start = Number(query.get('marker') ?? 0)
    const maxKeys = Number(query.get('maxKeys'))
    const end = Math.min(total, start + maxKeys)
    const records = Array.from({ length: end - start }, (_, i) => ({ auditId: String(start + i) }))
    const more = end < total
    return new Response(
      JSON.stringify({
        records,
        marker: null,
        maxKeys,
        isTruncated: more,
        nextMarker: more ? String(end) : null,
      }),
      { status: 200 },
    )
  })
  vi.stubGlobal('fetch', fetchMock)
  return fetchMock
}

afterEach(() => vi.unstubAllGlobals())

describe('fetchAuditRecords', () => {
  it('follows the markers to the last page, with the filter on every request', async () => {
    const fetchMock = serveTrail(2500)
    const progress: number[] = []
    const { records, truncated } = await fetchAuditRecords(
      { outcome: 'DENIED' },
      { limit: 10_000, onProgress: (n) => progress.push(n) },
    )
    expect(records).toHaveLength(2500)
    expect(truncated).toBe(false)
    expect(progress).toEqual([1000, 2000, 2500])
    expect(fetchMock.mock.calls.map(([url]) => url)).toEqual([
      '/v2/audit?outcome=DENIED&maxKeys=1000',
      '/v2/audit?outcome=DENIED&maxKeys=1000&marker=1000',
      '/v2/audit?outcome=DENIED&maxKeys=1000&marker=2000',
    ])
  })

  it('stops at the limit and says more were there', async () => {
    serveTrail(5000)
    const { records, truncated } = await fetchAuditRecords({}, { limit: 1500 })
    expect(records).toHaveLength(1500)
    expect(truncated).toBe(true)
  })
})
