import { describe, expect, it } from 'vitest'
import { rankBySize, usagePercent, usageStatus } from './usage.ts'

describe('storage usage', () => {
  it('is a share of the capacity, capped at 100, unknown without one', () => {
    expect(usagePercent(25, 100)).toBe(25)
    expect(usagePercent(150, 100)).toBe(100)
    expect(usagePercent(5, null)).toBeNull()
    expect(usagePercent(5, 0)).toBeNull()
  })

  it('turns red from 90 %', () => {
    expect(usageStatus(89.9)).toBe('normal')
    expect(usageStatus(90)).toBe('exception')
  })

  it('ranks topics by size, largest first, ties by name', () => {
    const ranked = rankBySize([
      { topicName: 'b', sizeBytes: 10 },
      { topicName: 'c', sizeBytes: 30 },
      { topicName: 'a', sizeBytes: 10 },
    ])
    expect(ranked.map((t) => t.topicName)).toEqual(['c', 'a', 'b'])
  })
})
