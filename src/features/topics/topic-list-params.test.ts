import { describe, expect, it } from 'vitest'
import {
  columnSortOrder,
  listTopicsInput,
  readTopicListView,
  sortedView,
  type TopicListView,
  writeTopicListView,
} from './topic-list-params.ts'

const defaults: TopicListView = {
  topicName: '',
  includeInternal: false,
  sortBy: 'topicName',
  order: 'asc',
  pageNo: 1,
  pageSize: 20,
}

describe('topic list URL', () => {
  it('round-trips filter, internal switch, sort, page and size', () => {
    const view: TopicListView = {
      topicName: 'orders',
      includeInternal: true,
      sortBy: 'sizeBytes',
      order: 'desc',
      pageNo: 3,
      pageSize: 50,
    }
    expect(writeTopicListView(view).toString()).toBe(
      'topicName=orders&includeInternal=true&sortBy=sizeBytes&order=desc&pageNo=3&pageSize=50',
    )
    expect(readTopicListView(writeTopicListView(view))).toEqual(view)
  })

  it('leaves defaults out of the URL', () => {
    expect(writeTopicListView(defaults).toString()).toBe('')
    expect(readTopicListView(new URLSearchParams())).toEqual(defaults)
    expect(writeTopicListView({ ...defaults, order: 'desc' }).toString()).toBe('sortBy=topicName&order=desc')
  })

  it('falls back to defaults for values a hand-edited URL may carry', () => {
    expect(
      readTopicListView(
        new URLSearchParams('pageNo=0&pageSize=7&sortBy=createTime&order=up&includeInternal=1'),
      ),
    ).toEqual(defaults)
  })

  it('asks the server for the view, without an empty filter', () => {
    expect(listTopicsInput(defaults)).toEqual({
      includeInternal: 'false',
      sortBy: 'topicName',
      order: 'asc',
      pageNo: 1,
      pageSize: 20,
    })
    expect(listTopicsInput({ ...defaults, topicName: 'pay', includeInternal: true })).toMatchObject({
      topicName: 'pay',
      includeInternal: 'true',
    })
  })
})

describe('column sort', () => {
  it('maps a header click to sortBy and order, back on the first page', () => {
    const onPage4 = { ...defaults, pageNo: 4 }
    expect(sortedView(onPage4, 'messageNum', 'descend')).toEqual({
      ...defaults,
      sortBy: 'messageNum',
      order: 'desc',
    })
    expect(sortedView(onPage4, 'retentionMs', 'ascend')).toMatchObject({
      sortBy: 'retentionMs',
      order: 'asc',
    })
  })

  it('falls back to name order when the sort is cleared', () => {
    const bySize = { ...defaults, sortBy: 'sizeBytes' as const, order: 'desc' as const }
    expect(sortedView(bySize, 'sizeBytes', undefined)).toEqual(defaults)
  })

  it('shows the arrow on the sorted column only', () => {
    const bySize = { ...defaults, sortBy: 'sizeBytes' as const, order: 'desc' as const }
    expect(columnSortOrder(bySize, 'sizeBytes')).toBe('descend')
    expect(columnSortOrder(bySize, 'topicName')).toBeNull()
    expect(columnSortOrder(defaults, 'topicName')).toBe('ascend')
  })
})
