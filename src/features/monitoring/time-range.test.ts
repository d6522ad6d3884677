import { describe, expect, it } from 'vitest'
import { chooseStep, RANGE_PRESETS, resolveRange } from './time-range.ts'

const points = (range: ReturnType<typeof resolveRange>) => (range.end - range.start) / 1000 / range.step

describe('step choice', () => {
  it('gives each preset from an hour up between 120 and 300 points', () => {
    const now = Date.UTC(2026, 0, 1)
    for (const preset of RANGE_PRESETS.filter((p) => p !== '15m')) {
      const count = points(resolveRange({ preset }, now))
      expect(count, preset).toBeGreaterThanOrEqual(120)
      expect(count, preset).toBeLessThanOrEqual(300)
    }
  })

  it('never goes below the 15 s scrape interval, which a 15-minute range already reaches', () => {
    expect(chooseStep(15 * 60_000)).toBe(15)
    expect(chooseStep(60_000)).toBe(15)
  })

  it('picks round steps: 15 s for an hour, 2 min for 6 h, 5 min for a day, an hour for a week', () => {
    expect(chooseStep(3_600_000)).toBe(15)
    expect(chooseStep(6 * 3_600_000)).toBe(120)
    expect(chooseStep(24 * 3_600_000)).toBe(300)
    expect(chooseStep(7 * 24 * 3_600_000)).toBe(3600)
  })

  it('keeps a long custom range within the API limit of 11,000 points', () => {
    const year = 365 * 24 * 3_600_000
    expect(year / 1000 / chooseStep(year)).toBeLessThanOrEqual(11_000)
  })

  it('ends a preset at the last refresh and a custom range where it was set', () => {
    expect(resolveRange({ preset: '1h' }, 10_000_000)).toEqual({
      start: 6_400_000,
      end: 10_000_000,
      step: 15,
    })
    expect(resolveRange({ start: 0, end: 6 * 3_600_000 }, 99)).toEqual({
      start: 0,
      end: 6 * 3_600_000,
      step: 120,
    })
  })
})
