const units = [
  { label: 'd', ms: 86_400_000 },
  { label: 'h', ms: 3_600_000 },
  { label: 'min', ms: 60_000 },
  { label: 's', ms: 1_000 },
] as const

/**
 * `retention.ms` for a person: 604800000 → "7 d", 5400000 → "1.5 h". Kafka reads -1 as "keep forever";
 * the caller passes that word in the reader's language.
 */
export function formatRetention(ms: number | null, forever: string): string {
  if (ms === null) return '—'
  if (ms < 0) return forever
  for (const unit of units) {
    if (ms >= unit.ms) return `${Number((ms / unit.ms).toFixed(1))} ${unit.label}`
  }
  return `${ms} ms`
}
