/** One counter reading: its value and when it was read. */
export interface CounterReading {
  key: string
  value: number
  timeMs: number
}

/**
 * The last reading of each counter, to turn the next one into a per-second rate. A counter that went down was
 * reset (its process restarted): that step gives no rate rather than a negative one, and the new value is the
 * base of the next.
 */
export class CounterRates {
  readonly #last = new Map<string, { value: number; timeMs: number }>()

  /** 'first' without an earlier reading, 'reset' when the counter went down, null when no time passed. */
  observe({ key, value, timeMs }: CounterReading): number | 'first' | 'reset' | null {
    const last = this.#last.get(key)
    // The same reading again (a federated sample Prometheus has not scraped anew) keeps the older base.
    if (last && timeMs <= last.timeMs) return null
    this.#last.set(key, { value, timeMs })
    if (!last) return 'first'
    if (value < last.value) return 'reset'
    return ((value - last.value) * 1000) / (timeMs - last.timeMs)
  }

  /**
   * The summed rate of counters that make one series (a request's versions, the JVM's collectors). A reset of
   * any gives none, since they restart together; a counter seen for the first time adds nothing yet.
   */
  sum(readings: CounterReading[]): number | null {
    let total: number | null = null
    let reset = false
    for (const reading of readings) {
      const rate = this.observe(reading)
      if (rate === 'reset') reset = true
      else if (typeof rate === 'number') total = (total ?? 0) + rate
    }
    return reset ? null : total
  }

  /** Forgets counters last read before `timeMs`: series that went away would otherwise stay forever. */
  forgetBefore(timeMs: number): void {
    for (const [key, last] of this.#last) if (last.timeMs < timeMs) this.#last.delete(key)
  }
}
