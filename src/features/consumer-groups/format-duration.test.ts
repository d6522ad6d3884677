import { describe, expect, it } from 'vitest'
import { formatDuration } from './format-duration.ts'

describe('formatDuration', () => {
  it('shows the largest three units', () => {
    expect(formatDuration(0)).toBe('0s')
    expect(formatDuration(93_000)).toBe('1m 33s')
    expect(formatDuration(600_400)).toBe('10m 0s')
    expect(formatDuration(90_061_000)).toBe('1d 1h 1m')
  })
})
