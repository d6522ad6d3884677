import { describe, expect, it } from 'vitest'
import { type CreateLocalClusterInput, CreateLocalClusterSchema } from '../../../contract/cluster-create.ts'
import { localSpecOf } from './local-cluster-spec.ts'

const request = (provisioned: Partial<CreateLocalClusterInput['provisioned']>, mode: 'HP' | 'HA' = 'HA') =>
  CreateLocalClusterSchema.parse({
    provider: 'local',
    name: 'orders',
    mode,
    provisioned: {
      kafkaVersion: '4.1.2',
      nodeType: 'local.medium',
      logicalZones: ['zone-a', 'zone-b', 'zone-c'],
      numberOfBrokerNodesPerZone: 2,
      storageMeta: { storageSize: 20 },
      authentications: [{ mode: 'NONE' }],
      ...provisioned,
    },
  })

describe('localSpecOf', () => {
  it('spreads the nodes over the zones in turn, each zone a broker rack', () => {
    const { spec, nodes } = localSpecOf('c1', request({}))
    expect(nodes).toBe(6)
    expect(spec.racks).toEqual(['zone-a', 'zone-b', 'zone-c', 'zone-a', 'zone-b', 'zone-c'])
  })

  it('sizes the nodes from their spec and keeps the overrides', () => {
    const { spec, provisioned } = localSpecOf(
      'c1',
      request({ configMeta: { context: { 'log.retention.hours': '24' } } }),
    )
    expect(spec.profile).toEqual({ heapMb: 1024, ioThreads: 4, networkThreads: 3 })
    expect(spec.overrides).toEqual({ 'log.retention.hours': '24' })
    expect(provisioned).toMatchObject({ nodeType: 'local.medium', numberOfBrokerNodesPerZone: 2 })
  })

  it('makes one listener per protocol, the SASL mechanisms chosen, and the first users', () => {
    const { spec, users } = localSpecOf(
      'c1',
      request({
        authentications: [
          { mode: 'SASL_SCRAM', context: { username: 'alice', password: 'Alice2026!' } },
          { mode: 'SASL_PLAIN', context: { username: 'bob_1', password: 'Bob2026!x' } },
          { mode: 'SSL' },
        ],
        publicIpEnabled: true,
      }),
    )
    expect(spec.listeners).toEqual(['SASL_PLAINTEXT', 'SSL'])
    expect(spec.saslMechanisms).toEqual(['SCRAM-SHA-512', 'PLAIN'])
    expect(spec.bindAddress).toBe('0.0.0.0')
    expect(users).toEqual([
      { username: 'alice', password: 'Alice2026!', mechanism: 'SCRAM-SHA-512' },
      { username: 'bob_1', password: 'Bob2026!x', mechanism: 'PLAIN' },
    ])
  })
})
