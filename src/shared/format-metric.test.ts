import { describe, expect, it } from 'vitest'
import { formatCount, formatDurationMs, formatMetricValue, formatRateNumber } from './format-metric.ts'

describe('metric value formatting', () => {
  it('writes byte rates in binary units per second', () => {
    expect(formatMetricValue(0, 'bytesPerSecond')).toBe('0 B/s')
    expect(formatMetricValue(1228.8, 'bytesPerSecond')).toBe('1.2 KiB/s')
    expect(formatMetricValue(5 * 1024 ** 3, 'bytes')).toBe('5.0 GiB')
  })

  it('writes rates with what they count, shortened past a thousand', () => {
    expect(formatMetricValue(12.34, 'perSecond', 'msg')).toBe('12.3 msg/s')
    expect(formatMetricValue(1234, 'perSecond', 'req')).toBe('1.2k req/s')
    expect(formatMetricValue(0.25, 'perSecond')).toBe('0.25/s')
    expect(formatRateNumber(2_500_000)).toBe('2.5M')
    expect(formatRateNumber(3_000_000_000)).toBe('3G')
    expect(formatRateNumber(150.4)).toBe('150')
    expect(formatRateNumber(0)).toBe('0')
  })

  it('writes latencies in ms under a second and as a duration above', () => {
    expect(formatMetricValue(3.456, 'milliseconds')).toBe('3.46 ms')
    expect(formatMetricValue(350.4, 'milliseconds')).toBe('350 ms')
    expect(formatMetricValue(12_500, 'milliseconds')).toBe('12.5 s')
  })

  it('writes time lags as durations of two parts at most', () => {
    expect(formatMetricValue(93, 'seconds')).toBe('1m 33s')
    expect(formatMetricValue(7500, 'seconds')).toBe('2h 5m')
    expect(formatMetricValue(3 * 86_400 + 4 * 3600 + 59, 'seconds')).toBe('3d 4h')
    expect(formatMetricValue(3600, 'seconds')).toBe('1h')
    expect(formatMetricValue(0, 'seconds')).toBe('0 s')
    expect(formatMetricValue(0.25, 'seconds')).toBe('250 ms')
    expect(formatDurationMs(-1500)).toBe('-1.5 s')
  })

  it('writes percentages with one decimal and counts with separators', () => {
    expect(formatMetricValue(45.234, 'percent')).toBe('45.2%')
    expect(formatMetricValue(100, 'percent')).toBe('100%')
    expect(formatMetricValue(1_234_567, 'count')).toBe('1,234,567')
    expect(formatCount(2.345)).toBe('2.35')
  })
})
