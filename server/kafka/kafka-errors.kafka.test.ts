import { describe, expect, inject, it } from 'vitest'
import type { LocalListener } from '../providers/local/local-cluster.ts'
import { allocatePorts } from '../providers/local/ports.ts'
import type { KafkaConnectionConfig } from './connection.ts'
import { describeCluster } from './describe-cluster.ts'
import { KafkaConnectError } from './kafka-errors.ts'

const cluster = inject('sharedKafka')
const node = cluster.nodes[0]
if (!node) throw new Error('the shared cluster has no node')
const address = (l: LocalListener) => `${node.host}:${node.clientPorts[l]}`
const admin = cluster.superUser

async function failure(cfg: KafkaConnectionConfig): Promise<KafkaConnectError> {
  const started = Date.now()
  const err = await describeCluster(cfg, { timeoutMs: 5000 }).then(
    () => new Error('connected, but should have failed'),
    (e: unknown) => e,
  )
  // The probe after an ambiguous failure may add a few seconds, never more.
  expect(Date.now() - started).toBeLessThan(12_000)
  expect(err).toBeInstanceOf(KafkaConnectError)
  return err as KafkaConnectError
}

describe('describeCluster against a real broker', () => {
  it('answers on every listener with the right settings', async () => {
    const info = await describeCluster(
      {
        bootstrapServers: [address('SASL_PLAINTEXT')],
        securityProtocol: 'SASL_PLAINTEXT',
        sasl: { mechanism: 'PLAIN', ...admin },
      },
      { timeoutMs: 5000 },
    )
    expect(info.kafkaClusterId).toBe(cluster.kafkaClusterId)
    expect(info.brokers).toEqual([
      { nodeId: 1, host: node.host, port: node.clientPorts.SASL_PLAINTEXT, rack: null },
    ])
  })

  it('calls a port where nothing listens unreachable', async () => {
    const [port] = await allocatePorts('127.0.0.1', 1)
    const err = await failure({ bootstrapServers: [`127.0.0.1:${port}`], securityProtocol: 'PLAINTEXT' })
    expect(err).toMatchObject({ code: 'KAFKA_UNREACHABLE', field: 'bootstrapServers' })
    expect(err.message).toContain(`Nothing answers at 127.0.0.1:${port}`)
  })

  it('calls a host name that does not resolve unreachable', async () => {
    const err = await failure({
      bootstrapServers: ['no-such-host.invalid:9092'],
      securityProtocol: 'PLAINTEXT',
    })
    expect(err).toMatchObject({ code: 'KAFKA_UNREACHABLE', field: 'bootstrapServers' })
  })

  it('blames the password when SASL credentials are wrong', async () => {
    for (const mechanism of ['SCRAM-SHA-512', 'PLAIN'] as const) {
      const err = await failure({
        bootstrapServers: [address('SASL_PLAINTEXT')],
        securityProtocol: 'SASL_PLAINTEXT',
        sasl: { mechanism, username: admin.username, password: 'wrong' },
      })
      expect(err).toMatchObject({ code: 'KAFKA_AUTHENTICATION_FAILED', field: 'password' })
    }
  })

  it('blames the mechanism when the listener does not enable it', async () => {
    const err = await failure({
      bootstrapServers: [address('SASL_PLAINTEXT')],
      securityProtocol: 'SASL_PLAINTEXT',
      sasl: { mechanism: 'SCRAM-SHA-256', ...admin },
    })
    expect(err.code).toBe('KAFKA_AUTHENTICATION_FAILED')
  })

  it('says TLS is needed when a plaintext client meets a TLS listener', async () => {
    const err = await failure({ bootstrapServers: [address('SSL')], securityProtocol: 'PLAINTEXT' })
    expect(err).toMatchObject({ code: 'KAFKA_TLS_FAILED', field: 'securityProtocol' })
    expect(err.message).toMatch(/SSL or SASL_SSL/)
  })

  it('says TLS is not spoken when a TLS client meets a plaintext listener', async () => {
    const err = await failure({ bootstrapServers: [address('PLAINTEXT')], securityProtocol: 'SSL' })
    expect(err).toMatchObject({ code: 'KAFKA_TLS_FAILED', field: 'securityProtocol' })
  })

  it('asks for the CA when the broker certificate is not trusted', async () => {
    const err = await failure({ bootstrapServers: [address('SSL')], securityProtocol: 'SSL' })
    expect(err).toMatchObject({ code: 'KAFKA_TLS_FAILED', field: 'caCertificate' })
  })

  it('connects over TLS once the CA is given', async () => {
    const info = await describeCluster(
      { bootstrapServers: [address('SSL')], securityProtocol: 'SSL', caCertificate: cluster.caCertificate },
      { timeoutMs: 5000 },
    )
    expect(info.kafkaClusterId).toBe(cluster.kafkaClusterId)
  })
})
