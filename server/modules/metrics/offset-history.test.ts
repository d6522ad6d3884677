import { describe, expect, it } from 'vitest'
import { OffsetHistory } from './offset-history.ts'

const T = 1_767_225_600_000

describe('time lag from the history of log end offsets', () => {
  it('is 0 when the group has consumed everything written', () => {
    const history = new OffsetHistory()
    history.record('p', 500, T)
    expect(history.lagSeconds('p', 500, T + 60_000)).toBe(0)
  })

  it('places a record between the two rounds that saw it written, at the pace between them', () => {
    // 100 records a second from T: the end is 1000 at T + 10 s and 2000 at T + 20 s.
    const history = new OffsetHistory()
    for (let s = 0; s <= 20; s += 2) history.record('p', s * 100, T + s * 1000)
    // Offset 1499 was written at T + 15 s; at T + 20 s it is 5 s old.
    expect(history.lagSeconds('p', 1499, T + 20_000)).toBeCloseTo(5, 1)
    expect(history.lagSeconds('p', 0, T + 20_000)).toBeCloseTo(20, 1)
  })

  it('brackets a record by the last round that had not seen it and the first that had', () => {
    const history = new OffsetHistory()
    history.record('p', 100, T)
    history.record('p', 100, T + 50_000)
    history.record('p', 200, T + 60_000)
    history.record('p', 200, T + 120_000)
    // Offsets 100-199 came between T + 50 s and T + 60 s, whatever the rounds saw after.
    const lag = history.lagSeconds('p', 100, T + 120_000) ?? 0
    expect(lag).toBeGreaterThanOrEqual(60)
    expect(lag).toBeLessThanOrEqual(70)
  })

  it('gives at least the history’s age for a record older than it; null until it has one, or for an unknown partition', () => {
    const history = new OffsetHistory()
    history.record('p', 1000, T)
    expect(history.lagSeconds('p', 10, T)).toBeNull()
    history.record('p', 1100, T + 15_000)
    expect(history.lagSeconds('p', 10, T + 30_000)).toBe(30)
    expect(history.lagSeconds('q', 10, T)).toBeNull()
  })

  it('starts over when the log goes back (the topic was recreated)', () => {
    const history = new OffsetHistory()
    history.record('p', 1000, T)
    history.record('p', 5, T + 15_000)
    expect(history.lagSeconds('p', 0, T + 30_000)).toBe(15)
  })

  it('keeps a long history in bounded memory, still bracketing recent records to within a round', () => {
    const history = new OffsetHistory()
    // 10 records a second for 24 h, seen every 15 s.
    for (let s = 0; s <= 86_400; s += 15) history.record('p', s * 10, T + s * 1000)
    const now = T + 86_400_000
    expect(history.lagSeconds('p', 864_000 - 600, now)).toBeCloseTo(60, 0)
    const dayOld = history.lagSeconds('p', 5, now) ?? 0
    expect(dayOld).toBeGreaterThan(80_000)
    expect(dayOld).toBeLessThanOrEqual(86_400)
  })
})
