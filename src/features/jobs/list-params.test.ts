import { describe, expect, it } from 'vitest'
import { firstPage, nextPage, previousPage } from '../../shared/marker-paging.ts'
import { jobListQuery, readJobListView, writeJobListView } from './list-params.ts'

const read = (query: string) => readJobListView(new URLSearchParams(query))

describe('task list URL state', () => {
  it('defaults to the first page of 20, unfiltered', () => {
    expect(read('')).toEqual({
      type: undefined,
      state: undefined,
      marker: undefined,
      maxKeys: 20,
      previousMarkers: [],
    })
  })

  it('survives a round trip through the URL', () => {
    const query = 'type=SUSPEND_KAFKA_CLUSTER&state=FAILED&maxKeys=50&marker=j3&prev=&prev=j2'
    expect(writeJobListView(read(query)).toString()).toBe(query)
  })

  it('ignores a type or state the API does not know', () => {
    expect(read('type=DROP_EVERYTHING&state=DONE')).toMatchObject({ type: undefined, state: undefined })
  })

  it('walks forward with nextMarker and back through the kept markers, keeping the filters', () => {
    const first = read('state=RUNNING')
    const second = nextPage(first, 'j21')
    const third = nextPage(second, 'j41')
    expect(writeJobListView(third).toString()).toBe('state=RUNNING&marker=j41&prev=&prev=j21')
    expect(previousPage(third)).toEqual(second)
    expect(previousPage(second)).toEqual(first)
  })

  it('starts again from the first page when a filter changes', () => {
    const deep = read('marker=j9&prev=&prev=j5')
    const filtered = firstPage(deep, { type: 'RESUME_KAFKA_CLUSTER' })
    expect(writeJobListView(filtered).toString()).toBe('type=RESUME_KAFKA_CLUSTER')
  })

  it('sends the type as the API’s name filter and leaves unset filters out', () => {
    expect(jobListQuery(read('type=RESUME_KAFKA_CLUSTER&state=FINISHED&marker=j7'))).toEqual({
      maxKeys: 20,
      marker: 'j7',
      name: 'RESUME_KAFKA_CLUSTER',
      state: 'FINISHED',
    })
    expect(jobListQuery(read(''))).toEqual({ maxKeys: 20 })
  })
})
