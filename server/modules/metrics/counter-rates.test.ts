import { describe, expect, it } from 'vitest'
import { CounterRates } from './counter-rates.ts'

const T = 1_767_225_600_000

describe('counter rates', () => {
  it('are the increase per second between two readings', () => {
    const rates = new CounterRates()
    expect(rates.observe({ key: 'c', value: 100, timeMs: T })).toBe('first')
    expect(rates.observe({ key: 'c', value: 400, timeMs: T + 15_000 })).toBe(20)
  })

  it('give nothing for a reading Prometheus federation repeats, and rate from the older base after', () => {
    const rates = new CounterRates()
    rates.observe({ key: 'c', value: 100, timeMs: T })
    expect(rates.observe({ key: 'c', value: 100, timeMs: T })).toBeNull()
    expect(rates.observe({ key: 'c', value: 700, timeMs: T + 30_000 })).toBe(20)
  })

  it('see a counter that went down as reset, and rate from its new value', () => {
    const rates = new CounterRates()
    rates.observe({ key: 'c', value: 5000, timeMs: T })
    expect(rates.observe({ key: 'c', value: 10, timeMs: T + 15_000 })).toBe('reset')
    expect(rates.observe({ key: 'c', value: 160, timeMs: T + 30_000 })).toBe(10)
  })

  it('forget counters that stopped coming, which then start over', () => {
    const rates = new CounterRates()
    rates.observe({ key: 'gone', value: 1, timeMs: T })
    rates.observe({ key: 'kept', value: 1, timeMs: T + 60_000 })
    rates.forgetBefore(T + 30_000)
    expect(rates.observe({ key: 'gone', value: 2, timeMs: T + 90_000 })).toBe('first')
    expect(rates.observe({ key: 'kept', value: 31, timeMs: T + 90_000 })).toBe(1)
  })
})
