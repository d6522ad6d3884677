import type { MetricUnit } from '../../contract/metrics.ts'
import { formatBytes } from './format-bytes.ts'

/** 0.25 → "0.25", 12.34 → "12.3", 1234 → "1.2k", 2_500_000 → "2.5M": a rate read at a glance. */
export function formatRateNumber(value: number): string {
  const abs = Math.abs(value)
  if (abs >= 1e9) return `${trim((value / 1e9).toFixed(1))}G`
  if (abs >= 1e6) return `${trim((value / 1e6).toFixed(1))}M`
  if (abs >= 1e3) return `${trim((value / 1e3).toFixed(1))}k`
  if (abs >= 100) return String(Math.round(value))
  if (abs >= 10) return trim(value.toFixed(1))
  return trim(value.toFixed(2))
}

const trim = (fixed: string) => (fixed.includes('.') ? fixed.replace(/\.?0+$/, '') : fixed)

/** 350 → "350 ms", 12_500 → "12.5 s", 93_000 → "1m 33s", 7_500_000 → "2h 5m": two parts at most. */
export function formatDurationMs(ms: number): string {
  if (ms < 0) return `-${formatDurationMs(-ms)}`
  if (ms < 10) return `${trim(ms.toFixed(2))} ms`
  if (ms < 1000) return `${Math.round(ms)} ms`
  if (ms < 60_000) return `${trim((ms / 1000).toFixed(1))} s`
  const total = Math.round(ms / 1000)
  const parts: Array<[number, string]> = [
    [Math.floor(total / 86_400), 'd'],
    [Math.floor((total % 86_400) / 3600), 'h'],
    [Math.floor((total % 3600) / 60), 'm'],
    [total % 60, 's'],
  ]
  const first = parts.findIndex(([amount]) => amount > 0)
  return parts
    .slice(first, first + 2)
    .filter(([amount], i) => i === 0 || amount > 0)
    .map(([amount, suffix]) => `${amount}${suffix}`)
    .join(' ')
}

/** 1234567 → "1,234,567"; a fraction (an average over a step) keeps two decimals. */
export function formatCount(value: number): string {
  const rounded = Number.isInteger(value) ? value : Math.round(value * 100) / 100
  return rounded.toLocaleString('en-US', { maximumFractionDigits: 2 })
}

/**
 * A value in its metric's unit, e.g. "1.5 KiB/s", "12.3 msg/s", "45.2%", "1m 33s".
 * `rateNoun` names what a per-second rate counts ("msg", "req"); without it the rate reads "12.3/s".
 */
export function formatMetricValue(value: number, unit: MetricUnit, rateNoun?: string): string {
  switch (unit) {
    case 'bytes':
      return formatBytes(value)
    case 'bytesPerSecond':
      return `${formatBytes(value)}/s`
    case 'perSecond':
      return rateNoun ? `${formatRateNumber(value)} ${rateNoun}/s` : `${formatRateNumber(value)}/s`
    case 'milliseconds':
      return formatDurationMs(value)
    case 'seconds':
      // No lag reads as "0 s", not as a latency of "0 ms".
      return value === 0 ? '0 s' : formatDurationMs(value * 1000)
    case 'percent':
      return `${trim(value.toFixed(1))}%`
    case 'count':
      return formatCount(value)
  }
}

/** What the threshold of an alarm or the axis of a chart is counted in, e.g. "B/s", "ms", "%". */
export function unitSymbol(unit: MetricUnit): string {
  return {
    bytes: 'B',
    bytesPerSecond: 'B/s',
    perSecond: '/s',
    milliseconds: 'ms',
    seconds: 's',
    percent: '%',
    count: '',
  }[unit]
}
