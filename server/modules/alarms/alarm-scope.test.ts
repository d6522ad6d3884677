import { describe, expect, it } from 'vitest'
import { consolePath, scopeProblems } from './alarm-scope.ts'

describe('which scopes a metric can be watched over', () => {
  it('takes the whole cluster for any metric, and a label the metric has', () => {
    expect(scopeProblems('host_cpu', { level: 'cluster' })).toBeNull()
    expect(scopeProblems('group_lag', { level: 'group', value: 'billing' })).toBeNull()
    expect(scopeProblems('bytes_in', { level: 'topic', value: 'orders' })).toBeNull()
    expect(scopeProblems('produce_latency_p99', { level: 'node', value: '2' })).toBeNull()
  })

  it('refuses a level the metric has no label for, naming the levels it has', () => {
    expect(scopeProblems('bytes_in', { level: 'group', value: 'billing' })).toEqual({
      'scope.level': 'bytes_in has no group label: watch it over cluster, node, topic.',
    })
    expect(scopeProblems('topics', { level: 'topic', value: 'orders' })).toEqual({
      'scope.level': 'topics has no topic label: watch it over cluster.',
    })
  })

  it('wants a node named by its broker ID', () => {
    expect(scopeProblems('leaders', { level: 'node', value: 'broker-1' })).toEqual({
      'scope.value': 'Name the node by its broker ID, a whole number.',
    })
  })
})

describe('the console page of an alarm', () => {
  it('is the group’s or topic’s page, else the cluster’s', () => {
    expect(consolePath('c1', { level: 'group', value: 'a b/c' })).toBe(
      '/clusters/c1/consumer-groups/a%20b%2Fc',
    )
    expect(consolePath('c1', { level: 'topic', value: 'orders' })).toBe('/clusters/c1/topics/orders')
    expect(consolePath('c1', { level: 'node', value: '1' })).toBe('/clusters/c1')
    expect(consolePath('c1', { level: 'cluster' })).toBe('/clusters/c1')
  })
})
