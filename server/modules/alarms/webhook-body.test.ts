import { describe, expect, it } from 'vitest'
import { alarmBody, eventBody, testBody } from './webhook-body.ts'

const fired = {
  alarmId: 'a1',
  policyId: 'p1',
  policyName: 'billing lag',
  clusterId: 'c1',
  metric: 'group_lag',
  severity: 'CRITICAL' as const,
  state: 'FIRING' as const,
  firedValue: 1500,
  resolvedValue: null,
  threshold: 1000,
  comparator: 'GT' as const,
  firedTime: '2026-01-01T00:00:00.000Z',
  resolvedTime: null,
}

describe('webhook bodies', () => {
  it('say which alarm fired, where, with what value against which threshold', () => {
    expect(alarmBody(fired, { level: 'group', value: 'billing' }, 'orders')).toEqual({
      kind: 'alarm',
      text: '[CRITICAL] FIRING: billing lag on orders — group_lag of group billing is 1500 (threshold > 1000)',
      state: 'FIRING',
      alarmId: 'a1',
      policy: { policyId: 'p1', name: 'billing lag' },
      cluster: { clusterId: 'c1', name: 'orders' },
      metric: 'group_lag',
      unit: 'count',
      scope: { level: 'group', value: 'billing' },
      value: 1500,
      threshold: 1000,
      comparator: 'GT',
      severity: 'CRITICAL',
      firedTime: '2026-01-01T00:00:00.000Z',
      resolvedTime: null,
      link: '/clusters/c1/consumer-groups/billing',
    })
  })

  it('carry the last value seen when an alarm resolves, and the cluster ID once the cluster is gone', () => {
    const resolved = {
      ...fired,
      state: 'RESOLVED' as const,
      resolvedValue: 20,
      resolvedTime: '2026-01-01T00:05:00.000Z',
    }
    expect(alarmBody(resolved, { level: 'cluster' }, null)).toMatchObject({
      text: '[CRITICAL] RESOLVED: billing lag on c1 — group_lag of the cluster is 20 (threshold > 1000)',
      state: 'RESOLVED',
      value: 20,
      cluster: { clusterId: 'c1', name: null },
      resolvedTime: '2026-01-01T00:05:00.000Z',
      link: '/clusters/c1',
    })
  })

  it('forward an event whole, with the policy that matched it', () => {
    const event = {
      eventId: 'e1',
      clusterId: 'c1',
      time: '2026-01-01T00:00:00.000Z',
      level: 'FAULT' as const,
      type: 'CLUSTER_STOP_SUCCEEDED' as const,
      message: 'Stopping the cluster succeeded.',
      jobId: 'j1',
    }
    expect(eventBody(event, { policyId: 'ep1', name: 'faults' }, 'orders')).toEqual({
      kind: 'event',
      text: '[FAULT] CLUSTER_STOP_SUCCEEDED on orders: Stopping the cluster succeeded.',
      policy: { policyId: 'ep1', name: 'faults' },
      cluster: { clusterId: 'c1', name: 'orders' },
      event,
      link: '/clusters/c1/events',
    })
  })

  it('name the channel a test was sent to', () => {
    expect(testBody({ channelId: 'ch1', name: 'ops' }, new Date('2026-01-01T00:00:00Z'))).toEqual({
      kind: 'test',
      text: 'Ferry test notification for channel ops.',
      channel: { channelId: 'ch1', name: 'ops' },
      time: '2026-01-01T00:00:00.000Z',
    })
  })
})
