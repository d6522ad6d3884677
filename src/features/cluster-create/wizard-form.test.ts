import { describe, expect, it } from 'vitest'
import { LOCAL_NODE_TYPES } from '../../../contract/cluster-create.ts'
import {
  contractIssueAt,
  formNameOf,
  initialValues,
  mapServerFields,
  stepOf,
  toBody,
  type WizardValues,
  zonesForMode,
} from './wizard-form.ts'

const catalogue = {
  kafkaVersions: [
    { version: '4.1.2', available: false },
    { version: '3.9.1', available: true },
  ],
  nodeTypes: LOCAL_NODE_TYPES.map((spec) => ({ ...spec })),
  zones: ['zone-a', 'zone-b', 'zone-c'],
  maxNodes: 9,
  availableMemoryMb: 8000,
  freeDiskGb: 100,
}

const valid = (): WizardValues => ({ ...initialValues(catalogue), name: 'orders' })

describe('initialValues', () => {
  it('starts from the first fetched version, three zones and the reference tag', () => {
    const values = initialValues(catalogue)
    expect(values.kafkaVersion).toBe('3.9.1')
    expect(values).toMatchObject({
      mode: 'HA',
      logicalZones: ['zone-a', 'zone-b', 'zone-c'],
      nodeType: 'local.small',
    })
    expect(values.tags).toEqual([{ tagKey: 'KAFKA-Cluster', tagValue: '' }])
  })

  it('is high performance when the provider has one zone', () => {
    expect(initialValues({ ...catalogue, zones: ['zone-a'] })).toMatchObject({
      mode: 'HP',
      logicalZones: ['zone-a'],
    })
  })
})

describe('toBody', () => {
  it('turns the watermark units into ms and bytes, and SASL users into contexts', () => {
    const body = toBody({
      ...valid(),
      storagePolicyEnabled: true,
      thresholdPercent: 80,
      retentionTime: 2,
      retentionTimeUnit: 'days',
      retentionSize: 1,
      retentionSizeUnit: 'GiB',
      authModes: ['SASL_SCRAM', 'SASL_PLAIN'],
      users: {
        SASL_SCRAM: { username: ' alice ', password: 'Alice2026!', confirm: 'Alice2026!' },
        SASL_PLAIN: {},
      },
    })
    expect(body.provisioned.storagePolicy?.autoDelete).toEqual({
      diskUsedThresholdPercent: 80,
      logMinRetentionMs: 172_800_000,
      logMinRetentionBytes: 1_073_741_824,
    })
    expect(body.provisioned.authentications).toEqual([
      { mode: 'SASL_SCRAM', context: { username: 'alice', password: 'Alice2026!' } },
      { mode: 'SASL_PLAIN' },
    ])
  })

  it('leaves out the watermark policy when it is off, and blank override rows', () => {
    const body = toBody({ ...valid(), configOverrides: [{ key: ' log.retention.hours ', value: '24' }, {}] })
    expect(body.provisioned.storagePolicy).toBeUndefined()
    expect(body.provisioned.configMeta).toEqual({ context: { 'log.retention.hours': '24' } })
    expect(body.provisioned.numberOfBrokerNodes).toBe(3)
  })
})

describe('contractIssueAt', () => {
  it("reports the contract's cross-field rules on the field that shows them", () => {
    const oneZone = { ...valid(), logicalZones: ['zone-a'] }
    expect(contractIssueAt(oneZone, ['logicalZones'])).toBe('High availability spreads over 2 or 3 zones.')
    expect(contractIssueAt({ ...oneZone, mode: 'HP' }, ['logicalZones'])).toBeUndefined()

    const acl = { ...valid(), aclEnabled: true, authModes: ['NONE' as const, 'SASL_SCRAM' as const] }
    expect(contractIssueAt(acl, ['authModes'])).toMatch(/^With permission control on/)
    expect(contractIssueAt({ ...valid(), publicIpEnabled: true }, ['publicIpEnabled'])).toMatch(
      /^Public access needs SASL/,
    )
  })

  it('still runs the cross-field rules while another step is incomplete', () => {
    expect(
      contractIssueAt({ ...valid(), name: '', nodesPerZone: null, logicalZones: ['zone-a'] }, [
        'logicalZones',
      ]),
    ).toBe('High availability spreads over 2 or 3 zones.')
  })

  it('refuses settings Ferry manages on their override row', () => {
    const values = {
      ...valid(),
      configOverrides: [
        { key: 'num.io.threads', value: '4' },
        { key: 'listeners', value: 'x' },
      ],
    }
    expect(contractIssueAt(values, ['configOverrides', 1, 'key'])).toBe(
      'Ferry sets this one itself for every node.',
    )
    expect(contractIssueAt(values, ['configOverrides', 0, 'key'])).toBeUndefined()
  })
})

describe('formNameOf', () => {
  const values: WizardValues = {
    ...valid(),
    authModes: ['NONE', 'SASL_PLAIN'],
    configOverrides: [{ key: 'log.retention.hours', value: '24' }],
  }

  it('maps body paths to the form fields showing them', () => {
    expect(formNameOf('provisioned.numberOfBrokerNodesPerZone', values)).toEqual(['nodesPerZone'])
    expect(formNameOf('provisioned.authentications.1.context.password', values)).toEqual([
      'users',
      'SASL_PLAIN',
      'password',
    ])
    expect(formNameOf('provisioned.configMeta.context.log.retention.hours', values)).toEqual([
      'configOverrides',
      0,
      'key',
    ])
    expect(formNameOf('provisioned.storagePolicy.autoDelete.logMinRetentionMs', values)).toEqual([
      'retentionTime',
    ])
    expect(formNameOf('tags.2.tagValue', values)).toEqual(['tags', 2, 'tagValue'])
    expect(formNameOf('provisioned.configMeta.context.unknown.key', values)).toBeUndefined()
    expect(formNameOf('region', values)).toBeUndefined()
  })

  it('puts each field on its step', () => {
    expect(stepOf(['name'])).toBe(0)
    expect(stepOf(['nodesPerZone'])).toBe(1)
    expect(stepOf(['retentionSize'])).toBe(2)
    expect(stepOf(['users', 'SASL_PLAIN', 'username'])).toBe(3)
    expect(stepOf(['tags', 0, 'tagKey'])).toBe(4)
  })

  it('keeps the server fields no form field can show', () => {
    expect(mapServerFields({ name: 'Taken.', region: 'Unknown.' }, values)).toEqual({
      byFormPath: { name: 'Taken.' },
      unplaced: { region: 'Unknown.' },
    })
  })
})

describe('zonesForMode', () => {
  const offered = ['zone-a', 'zone-b', 'zone-c']
  it('keeps one zone for HP and spreads HA over all offered when fewer than 2 are chosen', () => {
    expect(zonesForMode('HP', ['zone-b', 'zone-c'], offered)).toEqual(['zone-b'])
    expect(zonesForMode('HA', ['zone-b'], offered)).toEqual(offered)
    expect(zonesForMode('HA', ['zone-a', 'zone-c'], offered)).toEqual(['zone-a', 'zone-c'])
  })
})
