import { describe, expect, it } from 'vitest'
import type { ClusterDetail } from '../../../contract/clusters.ts'
import { caFileOf, defaultMechanism, defaultUsername, languageOf, mechanismsOf } from './connect-options.ts'

const cluster = (change: Partial<ClusterDetail>): ClusterDetail =>
  ({
    clusterId: 'c1',
    name: 'orders',
    provider: 'local',
    authenticationModes: ['SASL_SCRAM'],
    connection: {
      bootstrapServers: 'h:9093',
      securityProtocol: 'SASL_PLAINTEXT',
      saslMechanism: 'SCRAM-SHA-512',
      username: 'ferry-admin',
      hasCaCertificate: false,
    },
    ...change,
  }) as ClusterDetail

const external = (connection: Partial<ClusterDetail['connection']>) =>
  cluster({
    provider: 'external',
    authenticationModes: [],
    connection: { ...cluster({}).connection, ...connection },
  })

describe('connect options', () => {
  it('offers a local cluster the mechanisms of its modes, the strongest first chosen', () => {
    expect(mechanismsOf(cluster({}))).toEqual(['SCRAM-SHA-256', 'SCRAM-SHA-512'])
    expect(defaultMechanism(cluster({}))).toBe('SCRAM-SHA-512')
    const plain = cluster({ authenticationModes: ['SASL_PLAIN'] })
    expect(mechanismsOf(plain)).toEqual(['PLAIN'])
    expect(defaultMechanism(plain)).toBe('PLAIN')
    expect(mechanismsOf(cluster({ authenticationModes: ['SASL_PLAIN', 'SASL_SCRAM'] }))).toHaveLength(3)
  })

  it('offers an external cluster every mechanism, starting from the one Ferry signs in with', () => {
    const ext = external({ saslMechanism: 'PLAIN', username: 'svc' })
    expect(mechanismsOf(ext)).toEqual(['PLAIN', 'SCRAM-SHA-256', 'SCRAM-SHA-512'])
    expect(defaultMechanism(ext)).toBe('PLAIN')
    expect(defaultUsername(ext)).toBe('svc')
  })

  it('does not suggest a local cluster’s super user', () => {
    expect(defaultUsername(cluster({}))).toBe('')
  })

  it('names the CA file for TLS endpoints that have a CA of their own, and none otherwise', () => {
    expect(caFileOf(cluster({}), 'SSL')).toBe('orders-ca.pem')
    expect(caFileOf(cluster({}), 'SASL_PLAINTEXT')).toBeNull()
    expect(caFileOf(external({ hasCaCertificate: true }), 'SASL_SSL')).toBe('orders-ca.pem')
    expect(caFileOf(external({ hasCaCertificate: false }), 'SASL_SSL')).toBeNull()
  })

  it('reads the language from the address, Python when it names none known', () => {
    expect(languageOf('java')).toBe('java')
    expect(languageOf('cobol')).toBe('python')
    expect(languageOf(null)).toBe('python')
  })
})
