/** 93_000 → "1m 33s": the time lag of a partition, to the second. */
export function formatDuration(ms: number): string {
  const total = Math.floor(ms / 1000)
  const days = Math.floor(total / 86_400)
  const hours = Math.floor((total % 86_400) / 3600)
  const minutes = Math.floor((total % 3600) / 60)
  const seconds = total % 60
  const parts = [days && `${days}d`, hours && `${hours}h`, minutes && `${minutes}m`, `${seconds}s`]
  return parts.filter(Boolean).slice(0, 3).join(' ')
}
