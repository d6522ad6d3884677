import { describe, expect, it } from 'vitest'
import { CreateLocalClusterSchema, estimateResources, recommendSizing } from './cluster-create.ts'

const valid = {
  provider: 'local',
  name: 'orders',
  mode: 'HP',
  provisioned: {
    kafkaVersion: '4.1.2',
    nodeType: 'local.small',
    logicalZones: ['zone-a'],
    numberOfBrokerNodesPerZone: 3,
    storageMeta: { storageSize: 10 },
    authentications: [{ mode: 'SASL_SCRAM' }],
    aclEnabled: true,
  },
}

/** The fields a request is refused on, as the API reports them. */
function refusedFields(change: (body: typeof valid & Record<string, unknown>) => unknown): string[] {
  const body = structuredClone(valid) as typeof valid & Record<string, unknown>
  const result = CreateLocalClusterSchema.safeParse(change(body) ?? body)
  return result.success ? [] : result.error.issues.map((i) => i.path.join('.'))
}

describe('CreateLocalClusterSchema', () => {
  it('takes the reference’s create body', () => {
    expect(refusedFields(() => undefined)).toEqual([])
  })

  it('refuses zones that do not fit the mode', () => {
    expect(refusedFields((b) => ({ ...b, mode: 'HA' }))).toEqual(['provisioned.logicalZones'])
    expect(
      refusedFields((b) => ({ ...b, provisioned: { ...b.provisioned, logicalZones: ['zone-a', 'zone-b'] } })),
    ).toEqual(['provisioned.logicalZones'])
  })

  it('refuses ACLs next to anonymous access, and public access without SASL', () => {
    const none = [{ mode: 'NONE' }, { mode: 'SASL_SCRAM' }]
    expect(
      refusedFields((b) => ({ ...b, provisioned: { ...b.provisioned, authentications: none } })),
    ).toEqual(['provisioned.authentications'])
    const publicPlain = {
      ...valid.provisioned,
      aclEnabled: false,
      authentications: [{ mode: 'NONE' }],
      publicIpEnabled: true,
    }
    expect(refusedFields((b) => ({ ...b, provisioned: publicPlain }))).toEqual([
      'provisioned.publicIpEnabled',
    ])
  })

  it('refuses overrides of what Ferry writes, and values that would add lines', () => {
    const context = { listeners: 'PLAINTEXT://:9092', 'log.retention.hours': '1\nsuper.users=User:x' }
    expect(
      refusedFields((b) => ({ ...b, provisioned: { ...b.provisioned, configMeta: { context } } })).sort(),
    ).toEqual([
      'provisioned.configMeta.context.listeners',
      'provisioned.configMeta.context.log.retention.hours',
    ])
  })

  it('checks the first user’s name and password by the reference’s rules', () => {
    const weak = [{ mode: 'SASL_SCRAM', context: { username: '1al', password: 'password' } }]
    expect(
      refusedFields((b) => ({ ...b, provisioned: { ...b.provisioned, authentications: weak } })).sort(),
    ).toEqual([
      'provisioned.authentications.0.context.password',
      'provisioned.authentications.0.context.username',
    ])
  })
})

describe('sizing', () => {
  it('recommends what carries the peak with the least memory, then the fewest nodes', () => {
    expect(recommendSizing({ peakMBps: 8, zones: 1, maxNodes: 9 })).toEqual({
      nodeType: 'local.small',
      nodesPerZone: 1,
      nodes: 1,
    })
    // Three small nodes (2304 MB) carry 25 MB/s, but one medium node (1408 MB) does too.
    expect(recommendSizing({ peakMBps: 25, zones: 1, maxNodes: 9 })).toEqual({
      nodeType: 'local.medium',
      nodesPerZone: 1,
      nodes: 1,
    })
    // HA keeps three nodes at least, in whole zones.
    expect(recommendSizing({ peakMBps: 1, zones: 2, maxNodes: 9 })).toEqual({
      nodeType: 'local.small',
      nodesPerZone: 2,
      nodes: 4,
    })
    expect(recommendSizing({ peakMBps: 200, zones: 1, maxNodes: 9 })).toEqual({
      nodeType: 'local.large',
      nodesPerZone: 4,
      nodes: 4,
    })
    expect(recommendSizing({ peakMBps: 1000, zones: 1, maxNodes: 9 })).toBeNull()
  })

  it('adds up what a cluster will take from the machine', () => {
    expect(
      estimateResources({
        nodeType: 'local.small',
        nodes: 3,
        storageSizeGb: 10,
        modes: ['NONE', 'SASL_SCRAM'],
      }),
    ).toEqual({ memoryMb: 2304, diskGb: 30, ports: 15 })
  })
})
