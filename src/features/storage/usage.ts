/** Of a node's budget, in % (0–100); null when the capacity is unknown. */
export function usagePercent(usedBytes: number, capacityBytes: number | null): number | null {
  if (capacityBytes === null || capacityBytes <= 0) return null
  return Math.min(100, (usedBytes / capacityBytes) * 100)
}

/** antd Progress status: red from 90 %, where Kafka is close to refusing writes. */
export function usageStatus(percent: number): 'exception' | 'normal' {
  return percent >= 90 ? 'exception' : 'normal'
}

/** The largest topics first; ties by name so the order does not jump between reads. */
export function rankBySize<T extends { topicName: string; sizeBytes: number }>(topics: T[]): T[] {
  return [...topics].sort((a, b) => b.sizeBytes - a.sizeBytes || a.topicName.localeCompare(b.topicName))
}
