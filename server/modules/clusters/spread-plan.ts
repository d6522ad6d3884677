import type { Reassignment } from '../../kafka/reassign.ts'

/**
 * Which partitions to move so that replicas spread evenly over `brokers` (new nodes start empty): one replica
 * at a time goes from the fullest broker to the emptiest that does not hold the partition yet, until no two
 * brokers differ by more than one replica. A replica keeps its position in the list, so preferred leadership
 * spreads with it. Only the partitions that change are returned.
 */
export function planSpread(partitions: Reassignment[], brokers: number[]): Reassignment[] {
  const placed = partitions.map((p) => ({ ...p, replicas: [...p.replicas] }))
  const changed = new Set<number>()
  const load = new Map(brokers.map((b) => [b, 0]))
  for (const p of placed) for (const r of p.replicas) load.set(r, (load.get(r) ?? 0) + 1)
  for (;;) {
    const byLoad = [...load].filter(([b]) => brokers.includes(b)).sort((a, b) => a[1] - b[1] || a[0] - b[0])
    const [emptiest, least] = byLoad[0] ?? [0, 0]
    const [fullest, most] = byLoad[byLoad.length - 1] ?? [0, 0]
    if (most - least <= 1) break
    const index = placed.findIndex((p) => p.replicas.includes(fullest) && !p.replicas.includes(emptiest))
    if (index < 0) break
    const p = placed[index] as Reassignment
    p.replicas[p.replicas.indexOf(fullest)] = emptiest
    load.set(fullest, most - 1)
    load.set(emptiest, least + 1)
    changed.add(index)
  }
  return [...changed].sort((a, b) => a - b).map((i) => placed[i] as Reassignment)
}
