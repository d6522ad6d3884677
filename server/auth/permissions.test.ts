import { describe, expect, it } from 'vitest'
import type { Grant } from '../../contract/auth.ts'
import { allows } from '../../contract/permissions.ts'
import { intersect, requirementOf } from './permissions.ts'

const role = (...grants: Grant[]) => grants
const full = role({ permission: 'FULL_CONTROL', clusterIds: null })
const operate = role({ permission: 'OPERATE', clusterIds: null })
const readOnly = role({ permission: 'READ_ONLY', clusterIds: null })
const topicsOfA = role({ permission: 'TOPIC_WRITE', clusterIds: ['a'] })
const clusterA = role({ permission: 'CLUSTER_WRITE', clusterIds: ['a'] })

describe('allows', () => {
  it('lets every role read, and only full control manage clusters and accounts', () => {
    for (const grants of [full, operate, readOnly, topicsOfA])
      expect(allows(grants, requirementOf('listClusters', 'GET'))).toBe(true)
    expect(allows(full, requirementOf('createCluster', 'POST'))).toBe(true)
    expect(allows(operate, requirementOf('createCluster', 'POST'))).toBe(false)
    expect(allows(operate, requirementOf('createAccount', 'POST'))).toBe(false)
  })

  it('lets operate change anything inside clusters, and read-only nothing', () => {
    expect(allows(operate, requirementOf('deleteTopic', 'DELETE'), 'a')).toBe(true)
    expect(allows(operate, requirementOf('createAlarmPolicy', 'POST'))).toBe(true)
    expect(allows(readOnly, requirementOf('deleteTopic', 'DELETE'), 'a')).toBe(false)
    expect(allows(readOnly, requirementOf('stopCluster', 'PUT'), 'a')).toBe(false)
  })

  it('limits a resource-level right to its clusters and its kind of resource', () => {
    expect(allows(topicsOfA, requirementOf('updateTopic', 'PUT'), 'a')).toBe(true)
    expect(allows(topicsOfA, requirementOf('updateTopic', 'PUT'), 'b')).toBe(false)
    expect(allows(topicsOfA, requirementOf('resetConsumerGroupOffsets', 'POST'), 'a')).toBe(false)
    expect(allows(topicsOfA, requirementOf('stopCluster', 'PUT'), 'a')).toBe(false)
    // Cluster write covers the topics and groups of its cluster.
    expect(allows(clusterA, requirementOf('resetConsumerGroupOffsets', 'POST'), 'a')).toBe(true)
    expect(allows(clusterA, requirementOf('deleteCluster', 'DELETE'), 'a')).toBe(false)
  })

  it('treats a route nobody classified as a change only operate may make', () => {
    expect(requirementOf('someFutureRoute' as 'login', 'POST')).toEqual({ kind: 'operate' })
    expect(allows(topicsOfA, requirementOf('someFutureRoute' as 'login', 'POST'), 'a')).toBe(false)
  })
})

describe('intersect', () => {
  it('never gives a token more than its owner has', () => {
    expect(intersect(operate, full)).toEqual([])
    expect(intersect(full, operate)).toEqual(operate)
    expect(intersect(clusterA, role({ permission: 'TOPIC_WRITE', clusterIds: ['a', 'b'] }))).toEqual([])
    expect(intersect(clusterA, topicsOfA)).toEqual(topicsOfA)
  })
})
