import { describe, expect, it } from 'vitest'
import { parseResetTarget, partitionLag, planReset, timeLagMs } from './reset-plan.ts'

const positions = [
  { partition: 0, committed: 40, earliest: 10, latest: 100, atTime: 55 },
  { partition: 1, committed: null, earliest: 0, latest: 20, atTime: null },
]
const newOffsets = (target: Parameters<typeof planReset>[0]) =>
  planReset(target, positions).map((p) => p.newOffset)

describe('planReset', () => {
  it('moves to the log ends', () => {
    expect(newOffsets({ strategy: 'toearliest' })).toEqual([10, 0])
    expect(newOffsets({ strategy: 'tolatest' })).toEqual([100, 20])
  })
  it('clamps an exact offset into [earliest, latest]', () => {
    expect(newOffsets({ strategy: 'tooffset', value: 5 })).toEqual([10, 5])
    expect(newOffsets({ strategy: 'tooffset', value: 500 })).toEqual([100, 20])
  })
  it('shifts from the committed offset, or from the log start without one', () => {
    expect(newOffsets({ strategy: 'shiftby', value: 10 })).toEqual([50, 10])
    expect(newOffsets({ strategy: 'shiftby', value: -35 })).toEqual([10, 0])
  })
  it('goes to the offset at a time, or past the end when nothing is that recent', () => {
    expect(newOffsets({ strategy: 'todatetime' })).toEqual([55, 20])
  })
  it('keeps the old offset for the preview', () => {
    expect(planReset({ strategy: 'toearliest' }, positions).map((p) => p.oldOffset)).toEqual([40, null])
  })
})

describe('parseResetTarget', () => {
  it('accepts the values each strategy needs', () => {
    expect(parseResetTarget('tolatest', undefined)).toEqual({ target: { strategy: 'tolatest' } })
    expect(parseResetTarget('tooffset', '12')).toEqual({ target: { strategy: 'tooffset', value: 12 } })
    expect(parseResetTarget('shiftby', '-3')).toEqual({ target: { strategy: 'shiftby', value: -3 } })
    expect(parseResetTarget('todatetime', '2026-05-10T03:06:25+08:00')).toEqual({
      target: { strategy: 'todatetime' },
      time: new Date('2026-05-09T19:06:25Z'),
    })
  })
  it('names the problem otherwise', () => {
    expect(parseResetTarget('tooffset', '-1')).toHaveProperty('problem')
    expect(parseResetTarget('shiftby', '1.5')).toHaveProperty('problem')
    expect(parseResetTarget('todatetime', '2026-05-10')).toHaveProperty('problem')
    expect(parseResetTarget('tooffset', '99999999999999999999')).toEqual({
      problem: 'The number is too large.',
    })
  })
})

describe('lag math', () => {
  it('is log end minus committed, never negative, unknown without a commit', () => {
    expect(partitionLag(40, 100)).toBe(60)
    expect(partitionLag(101, 100)).toBe(0)
    expect(partitionLag(null, 100)).toBeNull()
  })
  it('ages the first unconsumed record, and is 0 without lag', () => {
    expect(timeLagMs(5, 1_000, 61_000)).toBe(60_000)
    expect(timeLagMs(0, null, 61_000)).toBe(0)
    expect(timeLagMs(5, null, 61_000)).toBeNull()
  })
})
