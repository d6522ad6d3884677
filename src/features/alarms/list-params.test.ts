import { describe, expect, it } from 'vitest'
import { firstPage, nextPage } from '../../shared/marker-paging.ts'
import { listQuery, readHistoryView, readPolicyView, readTab, writeAlarmsView } from './list-params.ts'

const params = (query: string) => new URLSearchParams(query)

describe('alarms page URL state', () => {
  it('opens on the policies, and on any tab it names', () => {
    expect(readTab(params(''))).toBe('policies')
    expect(readTab(params('tab=history'))).toBe('history')
    expect(readTab(params('tab=nonsense'))).toBe('policies')
  })

  it('reads each list’s own states and ignores the others', () => {
    expect(readPolicyView(params('state=NO_DATA')).state).toBe('NO_DATA')
    expect(readHistoryView(params('state=NO_DATA')).state).toBeUndefined()
    expect(readHistoryView(params('state=RESOLVED')).state).toBe('RESOLVED')
  })

  it('survives a round trip, and filtering starts from the first page', () => {
    const query = 'tab=history&clusterId=c1&state=FIRING&marker=a9&prev='
    const view = readHistoryView(params(query))
    expect(writeAlarmsView('history', view).toString()).toBe(query)
    const paged = nextPage(readHistoryView(params('tab=history')), 'a20')
    expect(writeAlarmsView('history', firstPage(paged, { state: 'RESOLVED' })).toString()).toBe(
      'tab=history&state=RESOLVED',
    )
  })

  it('sends only the filters that are set', () => {
    expect(listQuery(readPolicyView(params('clusterId=c1')))).toEqual({ maxKeys: 20, clusterId: 'c1' })
    expect(listQuery(readPolicyView(params('')))).toEqual({ maxKeys: 20 })
  })
})
