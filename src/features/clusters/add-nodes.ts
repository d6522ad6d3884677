/** How many zones a cluster's nodes are spread over: one when it names none. */
export function zoneCount(logicalZones: readonly string[]): number {
  return Math.max(1, logicalZones.length)
}

export type TotalLimits = {
  zones: number
  /** The smallest total above the current one that keeps every zone the same size. */
  min: number
  /** The largest such total within the provider's limit; unknown until the catalogue answers. */
  max: number | undefined
}

export function totalLimits(current: number, zones: number, maxNodes: number | undefined): TotalLimits {
  return {
    zones,
    min: (Math.floor(current / zones) + 1) * zones,
    max: maxNodes === undefined ? undefined : Math.floor(maxNodes / zones) * zones,
  }
}

/** The cluster cannot grow at all: the next size up is beyond the provider's limit. */
export const isFull = (limits: TotalLimits) => limits.max !== undefined && limits.min > limits.max

/** What is wrong with a target total, as a locale key, or null when the server should take it. */
export function totalProblem(
  total: number,
  limits: TotalLimits,
): 'clusterOps.addNodesMin' | 'clusterOps.addNodesMultiple' | 'clusterOps.addNodesMax' | null {
  if (total < limits.min) return 'clusterOps.addNodesMin'
  if (total % limits.zones !== 0) return 'clusterOps.addNodesMultiple'
  if (limits.max !== undefined && total > limits.max) return 'clusterOps.addNodesMax'
  return null
}
