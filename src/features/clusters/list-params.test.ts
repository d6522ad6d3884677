import { describe, expect, it } from 'vitest'
import { firstPage, listQuery, nextPage, previousPage, readListView, writeListView } from './list-params.ts'

const read = (query: string) => readListView(new URLSearchParams(query))

describe('cluster list URL state', () => {
  it('defaults to the first page of 20, searching by name', () => {
    expect(read('')).toEqual({
      field: 'clusterName',
      keyword: '',
      marker: undefined,
      maxKeys: 20,
      previousMarkers: [],
    })
  })

  it('survives a round trip through the URL', () => {
    const query = 'field=clusterId&keyword=kafka-&maxKeys=50&marker=c3&prev=&prev=c2'
    expect(writeListView(read(query)).toString()).toBe(query)
  })

  it('walks forward with nextMarker and back through the kept markers', () => {
    const first = read('maxKeys=10')
    const second = nextPage(first, 'c11')
    const third = nextPage(second, 'c21')
    expect(writeListView(third).toString()).toBe('maxKeys=10&marker=c21&prev=&prev=c11')
    expect(previousPage(third)).toEqual(second)
    expect(previousPage(second)).toEqual(first)
  })

  it('starts again from the first page on a new search', () => {
    const deep = read('marker=c9&prev=&prev=c5')
    expect(firstPage(deep, { keyword: 'orders' })).toMatchObject({ marker: undefined, previousMarkers: [] })
  })

  it('ignores an out-of-range page size', () => {
    expect(read('maxKeys=5000').maxKeys).toBe(20)
  })

  it('sends the keyword as the chosen search field', () => {
    expect(listQuery(read('field=clusterId&keyword=abc&marker=m'))).toEqual({
      maxKeys: 20,
      marker: 'm',
      clusterId: 'abc',
    })
    expect(listQuery(read('keyword=ord'))).toEqual({ maxKeys: 20, clusterName: 'ord' })
  })
})
