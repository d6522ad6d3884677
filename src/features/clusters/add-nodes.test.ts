import { describe, expect, it } from 'vitest'
import { isFull, totalLimits, totalProblem, zoneCount } from './add-nodes.ts'

describe('adding nodes', () => {
  it('counts a cluster without zones as one zone', () => {
    expect(zoneCount([])).toBe(1)
    expect(zoneCount(['zone-a', 'zone-b', 'zone-c'])).toBe(3)
  })

  it('grows by whole zones, up to the largest multiple within the provider limit', () => {
    expect(totalLimits(3, 1, 9)).toEqual({ zones: 1, min: 4, max: 9 })
    expect(totalLimits(6, 3, 10)).toEqual({ zones: 3, min: 9, max: 9 })
    expect(totalLimits(4, 2, undefined)).toEqual({ zones: 2, min: 6, max: undefined })
  })

  it('knows when the next size up is beyond the limit', () => {
    expect(isFull(totalLimits(9, 3, 10))).toBe(true)
    expect(isFull(totalLimits(6, 3, 10))).toBe(false)
    expect(isFull(totalLimits(9, 3, undefined))).toBe(false)
  })

  it('refuses a total that does not grow, splits a zone, or passes the limit', () => {
    const limits = totalLimits(4, 2, 8)
    expect(totalProblem(4, limits)).toBe('clusterOps.addNodesMin')
    expect(totalProblem(7, limits)).toBe('clusterOps.addNodesMultiple')
    expect(totalProblem(10, limits)).toBe('clusterOps.addNodesMax')
    expect(totalProblem(6, limits)).toBeNull()
    expect(totalProblem(8, limits)).toBeNull()
  })
})
