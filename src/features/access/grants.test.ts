import { describe, expect, it } from 'vitest'
import zhCN from '../../locales/zh-CN.json' with { type: 'json' }
import { RESOURCE_PERMISSIONS, SYSTEM_PERMISSIONS, toGrants, toRows } from './grants.ts'

describe('role grants in the form', () => {
  it('sends a resource right on chosen clusters with their IDs, on every cluster as null', () => {
    expect(
      toGrants([
        { permission: 'TOPIC_WRITE', scope: 'chosen', clusterIds: ['a', 'b'] },
        { permission: 'USER_WRITE', scope: 'all', clusterIds: ['a'] },
      ]),
    ).toEqual([
      { permission: 'TOPIC_WRITE', clusterIds: ['a', 'b'] },
      { permission: 'USER_WRITE', clusterIds: null },
    ])
  })

  it('gives a system policy no clusters, whatever the form held', () => {
    expect(toGrants([{ permission: 'OPERATE', scope: 'chosen', clusterIds: ['a'] }])).toEqual([
      { permission: 'OPERATE', clusterIds: null },
    ])
  })

  it('reads a saved role back into the same rows', () => {
    const grants = [
      { permission: 'CLUSTER_WRITE' as const, clusterIds: ['a'] },
      { permission: 'READ_ONLY' as const, clusterIds: null },
    ]
    expect(toRows(grants)).toEqual([
      { permission: 'CLUSTER_WRITE', scope: 'chosen', clusterIds: ['a'] },
      { permission: 'READ_ONLY', scope: 'all', clusterIds: [] },
    ])
    expect(toGrants(toRows(grants))).toEqual(grants)
  })
})

describe('permission labels', () => {
  it('use the reference console’s Chinese names (§18)', () => {
    expect(SYSTEM_PERMISSIONS.map((p) => zhCN.access.permissions[p])).toEqual([
      '完全控制',
      '运维操作',
      '只读',
    ])
    expect(RESOURCE_PERMISSIONS.map((p) => zhCN.access.permissions[p])).toEqual([
      '集群写',
      '主题写',
      '消费组写',
      '用户写',
    ])
    expect(Object.values(zhCN.access.systemRoles)).toEqual(['完全控制', '运维操作', '只读'])
  })
})
