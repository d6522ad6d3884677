import { describe, expect, it } from 'vitest'
import type { AuditRecord } from './api.ts'
import { auditCsv, auditJson } from './audit-export.ts'

const record: AuditRecord = {
  auditId: 'a1',
  time: '2026-05-01T10:00:00.000Z',
  actor: 'alice',
  via: 'session',
  action: 'createTopic',
  resourceType: 'topics',
  target: 'clusterId=local topicName=orders,eu',
  clusterId: 'local',
  requestId: 'req-1',
  outcome: 'DENIED',
  status: 403,
  ip: '127.0.0.1',
}

describe('audit export', () => {
  it('writes CSV with a header and the target quoted where it holds a comma', () => {
    expect(auditCsv([record]).split('\r\n')).toEqual([
      'time,actor,via,action,resourceType,target,clusterId,outcome,status,requestId,ip,auditId',
      '2026-05-01T10:00:00.000Z,alice,session,createTopic,topics,"clusterId=local topicName=orders,eu",local,DENIED,403,req-1,127.0.0.1,a1',
      '',
    ])
  })

  it('writes JSON that reads back as the records', () => {
    expect(JSON.parse(auditJson([record]))).toEqual([record])
  })
})
