import { describe, expect, it } from 'vitest'
import { firstPage, nextPage, previousPage } from '../../shared/marker-paging.ts'
import { eventListQuery, readEventListView, writeEventListView } from './list-params.ts'

const read = (query: string) => readEventListView(new URLSearchParams(query))

describe('event list URL state', () => {
  it('defaults to the first page of 20, unfiltered', () => {
    expect(read('')).toEqual({
      level: undefined,
      type: undefined,
      marker: undefined,
      maxKeys: 20,
      previousMarkers: [],
    })
  })

  it('survives a round trip through the URL', () => {
    const query = 'level=FAULT&type=CLUSTER_STOP_SUCCEEDED&maxKeys=50&marker=e3&prev=&prev=e2'
    expect(writeEventListView(read(query)).toString()).toBe(query)
  })

  it('ignores a level or type the API does not know', () => {
    expect(read('level=DEBUG&type=CLUSTER_EXPLODED')).toMatchObject({ level: undefined, type: undefined })
  })

  it('walks forward with nextMarker and back through the kept markers, keeping the filters', () => {
    const first = read('level=WARNING')
    const second = nextPage(first, 'e21')
    const third = nextPage(second, 'e41')
    expect(writeEventListView(third).toString()).toBe('level=WARNING&marker=e41&prev=&prev=e21')
    expect(previousPage(third)).toEqual(second)
    expect(previousPage(second)).toEqual(first)
  })

  it('starts again from the first page when a filter changes', () => {
    const deep = read('marker=e9&prev=&prev=e5')
    const filtered = firstPage(deep, { type: 'CLUSTER_RESUME_FAILED' })
    expect(writeEventListView(filtered).toString()).toBe('type=CLUSTER_RESUME_FAILED')
  })

  it('sends level and type as they are and leaves unset filters out', () => {
    expect(eventListQuery(read('level=NOTICE&type=CLUSTER_STOP_STARTED&marker=e7'))).toEqual({
      maxKeys: 20,
      marker: 'e7',
      level: 'NOTICE',
      type: 'CLUSTER_STOP_STARTED',
    })
    expect(eventListQuery(read(''))).toEqual({ maxKeys: 20 })
  })
})
