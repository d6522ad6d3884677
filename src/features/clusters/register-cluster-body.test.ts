import { describe, expect, it } from 'vitest'
import { RegisterExternalClusterSchema } from '../../../contract/clusters.ts'
import { registerClusterBody } from './register-cluster-body.ts'

const base = { name: ' orders ', bootstrapServers: ' k1:9092,k2:9092 ' }

describe('registerClusterBody', () => {
  it('sends a PLAINTEXT cluster without credentials typed for another protocol', () => {
    const body = registerClusterBody({ ...base, securityProtocol: 'PLAINTEXT', username: 'u', password: 'p' })
    expect(body).toEqual({
      provider: 'external',
      name: 'orders',
      bootstrapServers: 'k1:9092,k2:9092',
      securityProtocol: 'PLAINTEXT',
    })
    expect(RegisterExternalClusterSchema.safeParse(body).success).toBe(true)
  })

  it('sends SASL credentials and the CA certificate for SASL_SSL', () => {
    const body = registerClusterBody({
      ...base,
      securityProtocol: 'SASL_SSL',
      saslMechanism: 'SCRAM-SHA-512',
      username: ' admin ',
      password: ' secret ',
      caCertificate: '-----BEGIN CERTIFICATE-----\nabc\n-----END CERTIFICATE-----\n',
    })
    expect(body).toMatchObject({
      saslMechanism: 'SCRAM-SHA-512',
      username: 'admin',
      password: ' secret ',
      caCertificate: '-----BEGIN CERTIFICATE-----\nabc\n-----END CERTIFICATE-----',
    })
    expect(RegisterExternalClusterSchema.safeParse(body).success).toBe(true)
  })

  it('leaves out an empty CA certificate so the system trust store is used', () => {
    expect(registerClusterBody({ ...base, securityProtocol: 'SSL', caCertificate: '  ' })).not.toHaveProperty(
      'caCertificate',
    )
  })
})
