import { describe, expect, it } from 'vitest'
import { ClusterStateSchema } from '../../../contract/clusters.ts'
import { isTransitional, stateColor } from './cluster-state.ts'

describe('cluster state presentation', () => {
  it('colours in service green, failures red, work in progress blue, stopped grey', () => {
    expect(stateColor('ACTIVE')).toBe('success')
    expect(stateColor('DEPLOY_FAILED')).toBe('error')
    expect(stateColor('UPDATE_ROLLBACK_FAILED')).toBe('error')
    for (const state of ['DEPLOYING', 'REBOOTING', 'UPDATING'] as const)
      expect(stateColor(state)).toBe('processing')
    expect(stateColor('SUSPENDED')).toBe('default')
  })

  it('polls only for states the cluster leaves by itself', () => {
    const polled = ClusterStateSchema.options.filter(isTransitional)
    expect(polled).toEqual(['NEW', 'DEPLOYING', 'REBOOTING', 'UPDATING', 'UPDATE_ROLLBACKING'])
  })
})
