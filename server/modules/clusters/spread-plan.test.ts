import { describe, expect, it } from 'vitest'
import { planSpread } from './spread-plan.ts'

const partitions = (n: number, replicas: (i: number) => number[]) =>
  Array.from({ length: n }, (_, i) => ({ topic: 't', partition: i, replicas: replicas(i) }))

const loadOf = (all: { replicas: number[] }[], brokers: number[]) =>
  brokers.map((b) => all.filter((p) => p.replicas.includes(b)).length)

describe('planSpread', () => {
  it('moves replicas onto a new broker until every broker holds about as many', () => {
    const before = partitions(6, (i) => [1 + (i % 3), 1 + ((i + 1) % 3)])
    const moves = planSpread(before, [1, 2, 3, 4])
    const after = before.map((p) => moves.find((m) => m.partition === p.partition) ?? p)
    const load = loadOf(after, [1, 2, 3, 4])
    expect(Math.max(...load) - Math.min(...load)).toBeLessThanOrEqual(1)
    expect(load[3]).toBe(3)
    // Replication factor kept, and no partition holds two replicas on one broker.
    for (const p of after) expect(new Set(p.replicas).size).toBe(2)
  })

  it('returns nothing when the spread is already even', () => {
    expect(
      planSpread(
        partitions(4, (i) => [1 + (i % 2)]),
        [1, 2],
      ),
    ).toEqual([])
  })

  it('cannot put a second replica of a partition on a broker that holds one', () => {
    // One partition on both brokers of three: the third broker gets one of its replicas, no more.
    const moves = planSpread(
      partitions(1, () => [1, 2]),
      [1, 2, 3],
    )
    expect(moves).toEqual([])
    const single = planSpread(
      partitions(3, () => [1]),
      [1, 2, 3],
    )
    expect(single.map((m) => m.replicas[0]).sort()).toEqual([2, 3])
  })
})
