import type { PartitionMeta } from '../../kafka/topics.ts'

const percent = (part: number, whole: number) => (whole === 0 ? 0 : Math.round((part / whole) * 10_000) / 100)

/**
 * The reference console's replica-placement health of one topic, in %:
 * - brokersSpread: the cluster's brokers that hold at least one replica;
 * - brokersSkewed / brokersLeaderSkewed: brokers holding more replicas (leaders) than an even spread over
 *   the cluster would give each, i.e. more than ⌈total / brokers⌉;
 * - preferredReplicas: partitions led by their first replica, where leadership returns after a restart;
 * - underReplicated: partitions with fewer in-sync replicas than replicas.
 */
export function topicBalance(partitions: PartitionMeta[], clusterBrokers: number) {
  const replicas = new Map<number, number>()
  const leaders = new Map<number, number>()
  let preferred = 0
  let under = 0
  for (const p of partitions) {
    for (const r of p.replicas) replicas.set(r, (replicas.get(r) ?? 0) + 1)
    if (p.leader >= 0) leaders.set(p.leader, (leaders.get(p.leader) ?? 0) + 1)
    if (p.leader >= 0 && p.leader === p.replicas[0]) preferred++
    if (p.isr.length < p.replicas.length) under++
  }
  const brokers = Math.max(clusterBrokers, replicas.size)
  const totalReplicas = [...replicas.values()].reduce((a, b) => a + b, 0)
  const evenReplicas = Math.ceil(totalReplicas / brokers)
  const evenLeaders = Math.ceil(partitions.length / brokers)
  const over = (counts: Map<number, number>, even: number) =>
    [...counts.values()].filter((n) => n > even).length
  return {
    brokersSkewed: percent(over(replicas, evenReplicas), brokers),
    brokersLeaderSkewed: percent(over(leaders, evenLeaders), brokers),
    brokersSpread: percent(replicas.size, brokers),
    preferredReplicas: percent(preferred, partitions.length),
    underReplicated: percent(under, partitions.length),
  }
}
