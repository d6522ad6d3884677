import { describe, expect, it } from 'vitest'
import { topicBalance } from './topic-balance.ts'

const p = (partition: number, replicas: number[], leader = replicas[0] ?? -1, isr = replicas) => ({
  partition,
  leader,
  replicas,
  isr,
})

describe('topicBalance', () => {
  it('is perfect for replicas spread evenly and led by their preferred broker', () => {
    const balance = topicBalance([p(0, [1, 2, 3]), p(1, [2, 3, 1]), p(2, [3, 1, 2])], 3)
    expect(balance).toEqual({
      brokersSkewed: 0,
      brokersLeaderSkewed: 0,
      brokersSpread: 100,
      preferredReplicas: 100,
      underReplicated: 0,
    })
  })

  it('counts brokers left out, brokers over their share, moved leaders and lagging replicas', () => {
    // Broker 3 holds nothing; broker 1 leads all three partitions, two of them not as preferred leader.
    const balance = topicBalance([p(0, [1, 2]), p(1, [2, 1], 1), p(2, [1, 2], 1, [1])], 3)
    expect(balance.brokersSpread).toBe(66.67)
    // 6 replicas over 3 brokers is 2 each: brokers 1 and 2 hold 3.
    expect(balance.brokersSkewed).toBe(66.67)
    expect(balance.brokersLeaderSkewed).toBe(33.33)
    expect(balance.preferredReplicas).toBe(66.67)
    expect(balance.underReplicated).toBe(33.33)
  })
})
