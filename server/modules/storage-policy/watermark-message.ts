import type { AutoDeletePolicy, WatermarkPlan } from './watermark-plan.ts'

const SIZE_UNITS = ['bytes', 'KB', 'MB', 'GB', 'TB']

/** Sizes in the budget's own unit, 1 GB being 1024³ bytes: "10 GB", "1.3 GB", "512 KB". */
export function formatSize(bytes: number): string {
  let unit = 0
  let value = bytes
  while (value >= 1024 && unit < SIZE_UNITS.length - 1) {
    value /= 1024
    unit++
  }
  const shown =
    unit === 0 || value >= 10 ? Math.round(value).toString() : value.toFixed(1).replace(/\.0$/, '')
  return `${shown} ${SIZE_UNITS[unit]}`
}

const DURATION_UNITS: [number, string][] = [
  [86_400_000, 'day'],
  [3_600_000, 'hour'],
  [60_000, 'minute'],
  [1000, 'second'],
]

const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`

/** The minimum retention time in the largest unit it is a whole number of: "7 days", "90 minutes". */
export function formatDuration(ms: number): string {
  const [unit, noun] = DURATION_UNITS.find(([unit]) => ms % unit === 0) ?? [1, 'millisecond']
  return count(ms / unit, noun)
}

const capitalized = (text: string) => text.charAt(0).toUpperCase() + text.slice(1)
const percent = (part: number, whole: number) => `${Math.round((part * 100) / whole)}%`

/**
 * What the controller saw and did, for a person: which nodes were over the threshold, what it deleted, by
 * topic, and which nodes the minimum retention keeps above.
 */
export function exceededMessage(plan: WatermarkPlan, policy: AutoDeletePolicy): string {
  const { nodes, deletions } = plan
  const usage = nodes.map((n) => `node ${n.nodeId} used ${percent(n.usedBytes, n.capacityBytes)}`).join(', ')
  const budget = formatSize(nodes[0]?.capacityBytes ?? 0)
  const seen = `${capitalized(usage)} of ${nodes.length === 1 ? `its ${budget} budget` : `their ${budget} budget each`} (threshold ${policy.diskUsedThresholdPercent}%)`
  const minimum = `the minimum retention (the last ${formatDuration(policy.logMinRetentionMs)}, and ${formatSize(policy.logMinRetentionBytes)} per partition)`
  const above = nodes.filter((n) => n.staysAbove).map((n) => n.nodeId)
  const stays = above.length === 1 ? `node ${above[0]} stays` : `nodes ${above.join(', ')} stay`

  if (deletions.length === 0)
    return `${seen}: nothing could be deleted without going below ${minimum}, so ${stays} above the threshold.`

  const byTopic = new Map<string, number>()
  for (const d of deletions) byTopic.set(d.topic, (byTopic.get(d.topic) ?? 0) + d.bytes)
  const topics = [...byTopic].sort((a, b) => b[1] - a[1])
  const shown = topics.slice(0, 5).map(([topic, bytes]) => `${topic} ${formatSize(bytes)}`)
  if (topics.length > 5) shown.push(`${count(topics.length - 5, 'more topic')}`)
  const total = formatSize(deletions.reduce((sum, d) => sum + d.bytes, 0))
  const deleted = `deleted the oldest records of ${count(deletions.length, 'partition')} of ${count(topics.length, 'topic')}, about ${total} (${shown.join(', ')})`
  const kept = above.length === 0 ? '' : ` Because of ${minimum}, ${stays} above the threshold.`
  return `${seen}: ${deleted}.${kept}`
}
