import { describe, expect, it } from 'vitest'
import type { LocalClusterState } from './local-cluster.ts'
import { renderLogConfig, renderServerProperties } from './node-config.ts'

function state(overrides: Partial<LocalClusterState['spec']> = {}, nodeCount = 1): LocalClusterState {
  return {
    spec: {
      clusterId: 'c1',
      kafkaVersion: '4.1.2',
      nodes: nodeCount as 1 | 3,
      listeners: ['PLAINTEXT'],
      aclEnabled: false,
      ...overrides,
    },
    kafkaClusterId: 'Irv-MG-SG0qkFlIVK9cnWg',
    superUser: { username: 'ferry-admin', password: 'secret' },
    nodes: Array.from({ length: nodeCount }, (_, i) => ({
      nodeId: i + 1,
      host: '127.0.0.1',
      clientPorts: { PLAINTEXT: 1000 + i, SASL_PLAINTEXT: 1100 + i, SSL: 1200 + i, SASL_SSL: 1300 + i },
      controllerPort: 2000 + i,
      internalPort: 3000 + i,
      metricsPort: 4000 + i,
      rack: null,
    })),
  }
}

function nodeOf(s: LocalClusterState, index: number) {
  const node = s.nodes[index]
  if (!node) throw new Error(`no node at ${index}`)
  return node
}

function parse(text: string): Map<string, string> {
  return new Map(
    text
      .trim()
      .split('\n')
      .map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]),
  )
}

describe('renderServerProperties', () => {
  it('makes every node a voter and keeps controller and inter-broker traffic on PLAINTEXT listeners', () => {
    const s = state({}, 3)
    const props = parse(renderServerProperties(s, nodeOf(s, 1), { dataDir: '/d' }))
    expect(props.get('node.id')).toBe('2')
    expect(props.get('controller.quorum.voters')).toBe('1@127.0.0.1:2000,2@127.0.0.1:2001,3@127.0.0.1:2002')
    expect(props.get('listeners')).toBe(
      'PLAINTEXT://127.0.0.1:1001,INTERNAL://127.0.0.1:3001,CONTROLLER://127.0.0.1:2001',
    )
    expect(props.get('advertised.listeners')).toBe('PLAINTEXT://127.0.0.1:1001,INTERNAL://127.0.0.1:3001')
    expect(props.get('listener.security.protocol.map')).toBe(
      'PLAINTEXT:PLAINTEXT,INTERNAL:PLAINTEXT,CONTROLLER:PLAINTEXT',
    )
    expect(props.get('offsets.topic.replication.factor')).toBe('3')
    expect(props.get('min.insync.replicas')).toBe('2')
    expect(props.has('authorizer.class.name')).toBe(false)
  })

  it('sizes internal topics for a single node', () => {
    const s = state()
    const props = parse(renderServerProperties(s, nodeOf(s, 0), { dataDir: '/d' }))
    expect(props.get('offsets.topic.replication.factor')).toBe('1')
    expect(props.get('transaction.state.log.min.isr')).toBe('1')
    expect(props.get('auto.create.topics.enable')).toBe('false')
  })

  it('enables SCRAM and PLAIN on SASL listeners and makes the super user and the node principal super users', () => {
    const s = state({ listeners: ['SASL_PLAINTEXT', 'SASL_SSL'], aclEnabled: true })
    const props = parse(
      renderServerProperties(s, nodeOf(s, 0), {
        dataDir: '/d',
        keystore: '/k.pem',
        plainCredentials: '/c/plain-credentials',
      }),
    )
    expect(props.get('listener.name.sasl_ssl.sasl.enabled.mechanisms')).toBe(
      'SCRAM-SHA-256,SCRAM-SHA-512,PLAIN',
    )
    expect(props.get('listener.name.sasl_plaintext.scram-sha-256.sasl.jaas.config')).toContain(
      'ScramLoginModule',
    )
    expect(props.get('ssl.keystore.type')).toBe('PEM')
    expect(props.get('ssl.keystore.location')).toBe('/k.pem')
    expect(props.get('super.users')).toBe('User:ferry-admin;User:ANONYMOUS')
  })

  it('verifies PLAIN sign-ins against Ferry’s users file, with no password in the config', () => {
    const s = state({ listeners: ['SASL_PLAINTEXT'], saslMechanisms: ['PLAIN'] })
    const text = renderServerProperties(s, nodeOf(s, 0), {
      dataDir: '/d',
      plainCredentials: '/c/plain-credentials',
    })
    const props = parse(text)
    expect(props.get('listener.name.sasl_plaintext.sasl.enabled.mechanisms')).toBe('PLAIN')
    expect(props.get('listener.name.sasl_plaintext.plain.sasl.jaas.config')).toBe(
      'org.apache.kafka.common.security.plain.PlainLoginModule required ferry.credentials.file="/c/plain-credentials";',
    )
    expect(props.get('listener.name.sasl_plaintext.plain.sasl.server.callback.handler.class')).toBe(
      'dev.ferry.kafka.PlainCredentialsCallbackHandler',
    )
    expect(text).not.toContain('secret')
    expect(() => renderServerProperties(s, nodeOf(s, 0), { dataDir: '/d' })).toThrow(/users file/)
  })

  it('refuses a TLS listener without a keystore', () => {
    const s = state({ listeners: ['SSL'] })
    expect(() => renderServerProperties(s, nodeOf(s, 0), { dataDir: '/d' })).toThrow(/keystore/)
  })

  it('leaves share-group settings out for Kafka 3.9', () => {
    const s = state({ kafkaVersion: '3.9.1' })
    expect(renderServerProperties(s, nodeOf(s, 0), { dataDir: '/d' })).not.toContain('share.coordinator')
  })

  it('writes log config in the syntax of each line', () => {
    expect(renderLogConfig(true)).toContain('log4j.rootLogger=')
    expect(renderLogConfig(false)).toContain('rootLogger.level = info')
  })
})
