import { describe, expect, it } from 'vitest'
import { brokerAddresses, instanceHost, nodeOfSeries } from './federate-nodes.ts'

describe('the broker of a federated series', () => {
  const brokers = [
    { nodeId: 1, names: new Set(['kafka-1.prod', '10.0.0.1']) },
    { nodeId: 2, names: new Set(['kafka-2.prod', '10.0.0.2']) },
    // Two brokers on one machine cannot be told apart by host.
    { nodeId: 3, names: new Set(['shared.prod']) },
    { nodeId: 4, names: new Set(['shared.prod']) },
  ]

  it('is the broker whose host the exporter runs on, by name or address', () => {
    expect(nodeOfSeries({ instance: 'kafka-2.prod:9404', job: 'kafka' }, brokers)).toBe(2)
    expect(nodeOfSeries({ instance: '10.0.0.1:7071' }, brokers)).toBe(1)
    expect(nodeOfSeries({ instance: 'KAFKA-1.PROD:9404' }, brokers)).toBe(1)
  })

  it('is the broker named by a broker id label, when the exporter setup adds one', () => {
    expect(nodeOfSeries({ instance: 'shared.prod:9405', broker_id: '4' }, brokers)).toBe(4)
  })

  it('is unknown for other clusters’ exporters and for hosts with several brokers', () => {
    expect(nodeOfSeries({ instance: '10.9.9.9:9404' }, brokers)).toBeNull()
    expect(nodeOfSeries({ instance: 'shared.prod:9405' }, brokers)).toBeNull()
    expect(nodeOfSeries({ instance: 'elsewhere:9404', broker_id: '7' }, brokers)).toBeNull()
    expect(nodeOfSeries({ job: 'kafka' }, brokers)).toBeNull()
  })

  it('reads hosts of every instance form', () => {
    expect(instanceHost('kafka-1:9404')).toBe('kafka-1')
    expect(instanceHost('[fd00::1]:9404')).toBe('fd00::1')
    expect(instanceHost('fd00::1')).toBe('fd00::1')
    expect(instanceHost('kafka-1')).toBe('kafka-1')
  })

  it('knows a broker by the addresses its host resolves to', async () => {
    const [local] = await brokerAddresses([{ nodeId: 1, host: 'localhost' }])
    expect(local?.names.has('localhost')).toBe(true)
    expect(nodeOfSeries({ instance: '127.0.0.1:9404' }, local ? [local] : [])).toBe(1)
  })
})
