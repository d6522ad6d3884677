import { describe, expect, it } from 'vitest'
import { ClusterStateSchema } from '../../../contract/clusters.ts'
import { type ClusterAction, isTransitional, refusal, stateColor } from './cluster-state.ts'

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

describe('what may be asked of a cluster, by state', () => {
  const offeredIn = (action: ClusterAction, provider: 'local' | 'external' = 'local') =>
    ClusterStateSchema.options.filter((state) => refusal({ state, provider }, action) === null)

  it('stops an active cluster and starts a stopped one', () => {
    expect(offeredIn('stop')).toEqual(['ACTIVE'])
    expect(offeredIn('start')).toEqual(['SUSPENDED'])
    expect(refusal({ state: 'SUSPENDED', provider: 'local' }, 'stop')).toBe('clusters.stopOnlyActive')
  })

  it('deletes a local cluster in service, stopped or failed to deploy, never while a job runs', () => {
    expect(offeredIn('delete')).toEqual(['ACTIVE', 'DEPLOY_FAILED', 'SUSPENDED'])
    for (const state of ['DEPLOYING', 'REBOOTING', 'UPDATING'] as const)
      expect(refusal({ state, provider: 'local' }, 'delete')).toBe('clusterOps.deleteOnlySettled')
  })

  it('forgets an external cluster whatever its state', () => {
    expect(offeredIn('delete', 'external')).toEqual(ClusterStateSchema.options)
  })

  it('restarts nodes of and adds nodes to an active local cluster only', () => {
    expect(offeredIn('restartNode')).toEqual(['ACTIVE'])
    expect(offeredIn('addNodes')).toEqual(['ACTIVE'])
    expect(refusal({ state: 'REBOOTING', provider: 'local' }, 'restartNode')).toBe(
      'clusterOps.restartOnlyActive',
    )
    expect(refusal({ state: 'UPDATING', provider: 'local' }, 'addNodes')).toBe(
      'clusterOps.addNodesOnlyActive',
    )
  })

  it('changes nothing of a cluster Ferry only connects to', () => {
    for (const action of ['stop', 'start', 'restartNode', 'addNodes'] as const)
      expect(offeredIn(action, 'external')).toEqual([])
    expect(refusal({ state: 'ACTIVE', provider: 'external' }, 'restartNode')).toBe(
      'clusterOps.restartNotManaged',
    )
  })
})
