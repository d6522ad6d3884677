import { describe, expect, it } from 'vitest'
import {
  AUDITED_ACTIONS,
  AUDITED_RESOURCE_TYPES,
  auditQuery,
  readAuditView,
  writeAuditView,
} from './list-params.ts'

describe('audit list params', () => {
  it('reads the filters and page from the URL and asks the API for them', () => {
    const view = readAuditView(
      new URLSearchParams(
        'actor=alice&action=createTopic&resourceType=topics&outcome=DENIED&start=2026-05-01T00:00:00.000Z&end=2026-05-02T00:00:00.000Z&marker=m2&prev=',
      ),
    )
    expect(auditQuery(view)).toEqual({
      maxKeys: 20,
      marker: 'm2',
      actor: 'alice',
      action: 'createTopic',
      resourceType: 'topics',
      outcome: 'DENIED',
      start: '2026-05-01T00:00:00.000Z',
      end: '2026-05-02T00:00:00.000Z',
    })
    expect(writeAuditView(view).toString()).toBe(
      'actor=alice&action=createTopic&resourceType=topics&start=2026-05-01T00%3A00%3A00.000Z&end=2026-05-02T00%3A00%3A00.000Z&outcome=DENIED&marker=m2&prev=',
    )
  })

  it('drops an outcome or time the API would refuse', () => {
    const view = readAuditView(new URLSearchParams('outcome=MAYBE&start=yesterday'))
    expect(auditQuery(view)).toEqual({ maxKeys: 20 })
  })

  it('offers the routes that change something, not the reads', () => {
    expect(AUDITED_ACTIONS).toContain('createTopic')
    expect(AUDITED_ACTIONS).toContain('login')
    expect(AUDITED_ACTIONS).not.toContain('listTopics')
    expect(AUDITED_RESOURCE_TYPES).toContain('auth')
  })
})
