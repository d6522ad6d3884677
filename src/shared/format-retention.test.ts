import { describe, expect, it } from 'vitest'
import { formatRetention } from './format-retention.ts'

describe('formatRetention', () => {
  it('uses the largest unit that keeps the number at 1 or more', () => {
    expect(formatRetention(604_800_000, 'forever')).toBe('7 d')
    expect(formatRetention(172_800_000, 'forever')).toBe('2 d')
    expect(formatRetention(5_400_000, 'forever')).toBe('1.5 h')
    expect(formatRetention(90_000, 'forever')).toBe('1.5 min')
    expect(formatRetention(1_000, 'forever')).toBe('1 s')
    expect(formatRetention(250, 'forever')).toBe('250 ms')
  })

  it('reads -1 as forever and a missing value as a dash', () => {
    expect(formatRetention(-1, '永久')).toBe('永久')
    expect(formatRetention(null, 'forever')).toBe('—')
  })
})
