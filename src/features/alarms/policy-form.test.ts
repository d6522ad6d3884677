import { describe, expect, it } from 'vitest'
import type { AlarmPolicy } from './api.ts'
import {
  type PolicyFormValues,
  policyBody,
  policyValues,
  scopeLevels,
  thresholdScales,
} from './policy-form.ts'

const values: PolicyFormValues = {
  name: 'ingress',
  clusterId: 'c1',
  metric: 'bytes_in',
  scope: { level: 'topic', value: 'orders' },
  comparator: 'GT',
  threshold: 2,
  thresholdScale: 1024 ** 2,
  durationSeconds: 120,
  severity: 'MAJOR',
  channelIds: ['ch1'],
  enabled: true,
}

describe('alarm policy form', () => {
  it('sends the threshold in the metric’s own unit', () => {
    expect(policyBody(values)).toEqual({
      name: 'ingress',
      clusterId: 'c1',
      metric: 'bytes_in',
      scope: { level: 'topic', value: 'orders' },
      comparator: 'GT',
      threshold: 2 * 1024 ** 2,
      durationSeconds: 120,
      severity: 'MAJOR',
      channelIds: ['ch1'],
      enabled: true,
    })
  })

  it('sends no scope value for the whole cluster, even one left over from another level', () => {
    expect(policyBody({ ...values, scope: { level: 'cluster', value: 'orders' } }).scope).toEqual({
      level: 'cluster',
    })
  })

  it('offers the scope levels the metric has labels for', () => {
    expect(scopeLevels('bytes_in')).toEqual(['cluster', 'node', 'topic'])
    expect(scopeLevels('group_lag')).toEqual(['cluster', 'topic', 'group'])
    expect(scopeLevels('topics')).toEqual(['cluster'])
    expect(scopeLevels(undefined)).toEqual(['cluster'])
  })

  it('offers byte units for byte metrics and the metric’s unit otherwise', () => {
    expect(thresholdScales('bytesPerSecond').map((s) => s.symbol)).toEqual(['B/s', 'KiB/s', 'MiB/s', 'GiB/s'])
    expect(thresholdScales('percent')).toEqual([{ scale: 1, symbol: '%' }])
  })

  it('opens a stored policy with its threshold in the largest whole unit', () => {
    const stored = {
      ...policyBody(values),
      channelIds: ['ch1'],
      enabled: true,
      policyId: 'p1',
      state: 'OK',
      lastValue: null,
      lastEvaluated: null,
      createTime: '2026-01-01T00:00:00.000Z',
    } as AlarmPolicy
    expect(policyValues(stored)).toMatchObject({ threshold: 2, thresholdScale: 1024 ** 2 })
    expect(policyValues({ ...stored, threshold: 1500 })).toMatchObject({ threshold: 1500, thresholdScale: 1 })
    expect(policyValues({ ...stored, metric: 'request_handler_idle', threshold: 20 })).toMatchObject({
      threshold: 20,
      thresholdScale: 1,
    })
  })
})
