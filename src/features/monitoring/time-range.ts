export const RANGE_PRESETS = ['15m', '1h', '6h', '24h', '7d'] as const
export type RangePreset = (typeof RANGE_PRESETS)[number]

export const REFRESH_CHOICES = ['off', '15s', '1m'] as const
export type RefreshChoice = (typeof REFRESH_CHOICES)[number]

const minute = 60_000
const presetMs: Record<RangePreset, number> = {
  '15m': 15 * minute,
  '1h': 60 * minute,
  '6h': 6 * 60 * minute,
  '24h': 24 * 60 * minute,
  '7d': 7 * 24 * 60 * minute,
}

export const refreshMs: Record<RefreshChoice, number | false> = { off: false, '15s': 15_000, '1m': 60_000 }

/** A preset ends now; a custom range is two fixed instants (epoch ms). */
export type TimeRange = { preset: RangePreset } | { start: number; end: number }

/**
 * Steps a chart's points fall on. Ferry scrapes every 15 s, so a finer step would only add empty steps;
 * the rest are round numbers a reader recognises on the axis.
 */
const STEPS = [15, 30, 60, 120, 300, 600, 900, 1800, 3600, 7200, 10_800, 21_600, 43_200, 86_400]
const maxPoints = 300

/** The step (seconds) for a range: the finest one keeping the chart at no more than 300 points. */
export function chooseStep(rangeMs: number): number {
  const seconds = rangeMs / 1000
  return STEPS.find((step) => seconds / step <= maxPoints) ?? (STEPS.at(-1) as number)
}

/** The instants and step to query for a range, `now` being when the page last refreshed. */
export function resolveRange(range: TimeRange, now: number): { start: number; end: number; step: number } {
  const [start, end] = 'preset' in range ? [now - presetMs[range.preset], now] : [range.start, range.end]
  return { start, end, step: chooseStep(end - start) }
}

export function isRangePreset(value: string | null): value is RangePreset {
  return (RANGE_PRESETS as readonly string[]).includes(value ?? '')
}

export function isRefreshChoice(value: string | null): value is RefreshChoice {
  return (REFRESH_CHOICES as readonly string[]).includes(value ?? '')
}
