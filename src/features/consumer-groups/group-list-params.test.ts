import { describe, expect, it } from 'vitest'
import { readGroupListView, writeGroupListView } from './group-list-params.ts'

describe('group list URL', () => {
  it('round-trips search, page and size, leaving defaults out', () => {
    const view = { groupName: 'billing', pageNo: 3, pageSize: 50 }
    expect(writeGroupListView(view).toString()).toBe('groupName=billing&pageNo=3&pageSize=50')
    expect(readGroupListView(writeGroupListView(view))).toEqual(view)
    expect(writeGroupListView({ groupName: '', pageNo: 1, pageSize: 20 }).toString()).toBe('')
  })
  it('falls back to defaults for values a hand-edited URL may carry', () => {
    expect(readGroupListView(new URLSearchParams('pageNo=-2&pageSize=7'))).toEqual({
      groupName: '',
      pageNo: 1,
      pageSize: 20,
    })
  })
})
