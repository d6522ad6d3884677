import { describe, expect, it } from 'vitest'
import {
  CLIENT_LANGUAGES,
  caCertificateFileName,
  clientSnippet,
  PASSWORD_PLACEHOLDER,
  type SnippetInput,
  TOPIC_PLACEHOLDER,
  USERNAME_PLACEHOLDER,
} from './client-snippets.ts'

const saslSsl: SnippetInput = {
  bootstrapServers: '10.0.0.5:9095,10.0.0.6:9095',
  securityProtocol: 'SASL_SSL',
  saslMechanism: 'SCRAM-SHA-512',
  username: 'alice',
  caFile: 'orders-ca.pem',
  topic: 'payments',
}

const all = (input: SnippetInput) => CLIENT_LANGUAGES.map((language) => clientSnippet(language, input))

describe('clientSnippet', () => {
  it('fills in the endpoint, user, mechanism and CA file in every language, and leaves the password to the user', () => {
    const [python, go, java, node] = all(saslSsl).map((s) => s.code)
    expect(python).toContain('"bootstrap_servers": ["10.0.0.5:9095", "10.0.0.6:9095"],')
    expect(python).toContain('"security_protocol": "SASL_SSL",')
    expect(python).toContain('"sasl_mechanism": "SCRAM-SHA-512",')
    expect(python).toContain('"sasl_plain_username": "alice",')
    expect(python).toContain(`"sasl_plain_password": "${PASSWORD_PLACEHOLDER}",`)
    expect(python).toContain('"ssl_cafile": "orders-ca.pem",')
    expect(python).toContain('topic = "payments"')

    expect(go).toContain('"bootstrap.servers": "10.0.0.5:9095,10.0.0.6:9095",')
    expect(go).toMatch(/"sasl.mechanism": +"SCRAM-SHA-512",/)
    expect(go).toMatch(/"sasl.password": +"<password>",/)
    expect(go).toMatch(/"ssl.ca.location": +"orders-ca.pem",/)

    expect(java).toContain('config.put("bootstrap.servers", "10.0.0.5:9095,10.0.0.6:9095");')
    expect(java).toContain(
      'config.put("sasl.jaas.config", "org.apache.kafka.common.security.scram.ScramLoginModule required username=\\"alice\\" password=\\"<password>\\";");',
    )
    expect(java).toContain('config.put("ssl.truststore.type", "PEM");')
    expect(java).toContain('config.put("ssl.truststore.location", "orders-ca.pem");')

    expect(node).toContain('brokers: ["10.0.0.5:9095", "10.0.0.6:9095"],')
    expect(node).toContain('mechanism: "scram-sha-512",')
    expect(node).toContain('ssl: { ca: [readFileSync("orders-ca.pem", "utf8")] },')

    for (const code of [python, go, java, node])
      expect(code).toContain(`Replace ${PASSWORD_PLACEHOLDER} with alice's password`)
  })

  it('leaves SASL and TLS out of a PLAINTEXT endpoint', () => {
    for (const { code } of all({ bootstrapServers: 'h:9092', securityProtocol: 'PLAINTEXT', topic: 't' })) {
      expect(code).toContain('"h:9092"')
      expect(code).not.toMatch(/sasl[._]|ssl[._:]|truststore|jaas|mechanism:/i)
    }
  })

  it('trusts the system CAs on a TLS endpoint without a CA file of its own', () => {
    const [python, go, java, node] = all({
      bootstrapServers: 'h:9093',
      securityProtocol: 'SSL',
      caFile: null,
      topic: 't',
    }).map((s) => s.code)
    expect(python).not.toContain('ssl_cafile')
    expect(go).not.toContain('ssl.ca.location')
    expect(java).not.toContain('truststore')
    expect(node).toContain('ssl: true,')
    for (const code of [python, go, java, node]) expect(code).not.toMatch(/sasl[._]|jaas|mechanism:/i)
  })

  it('names each client’s spelling of the mechanism, and Java’s login module to match', () => {
    const plain = { ...saslSsl, securityProtocol: 'SASL_PLAINTEXT' as const, saslMechanism: 'PLAIN' as const }
    expect(clientSnippet('java', plain).code).toContain('security.plain.PlainLoginModule required')
    expect(clientSnippet('node', plain).code).toContain('mechanism: "plain",')
    expect(clientSnippet('node', { ...saslSsl, saslMechanism: 'SCRAM-SHA-256' }).code).toContain(
      'mechanism: "scram-sha-256",',
    )
    // CA files belong to TLS endpoints only.
    for (const { code } of all(plain)) expect(code).not.toContain('orders-ca.pem')
  })

  it('puts a given password in place of the placeholder, and placeholders for a missing user or topic', () => {
    const filled = clientSnippet('python', { ...saslSsl, password: 'Alice2026!' }).code
    expect(filled).toContain('"sasl_plain_password": "Alice2026!",')
    expect(filled).not.toContain(PASSWORD_PLACEHOLDER)
    expect(clientSnippet('go', { ...saslSsl, username: '  ' }).code).toMatch(
      /"sasl.username": +"<username>",/,
    )
    expect(USERNAME_PLACEHOLDER).toBe('<username>')
    expect(clientSnippet('java', { ...saslSsl, topic: '' }).code).toContain(
      `String topic = "${TOPIC_PLACEHOLDER}";`,
    )
  })

  it('quotes what the user typed so that it stays one string literal', () => {
    const odd = { ...saslSsl, username: 'a"b\\c', topic: 'x"y' }
    const python = clientSnippet('python', odd).code
    expect(python).toContain('topic = "x\\"y"')
    const line = python.split('\n').find((l) => l.includes('sasl_plain_username')) ?? ''
    expect(JSON.parse(`{${line.replace(/,$/, '')}}`)).toEqual({ sasl_plain_username: 'a"b\\c' })
    // JAAS quoting inside the Java string: the value reads back as typed.
    const java = clientSnippet('java', odd).code
    const jaasLine = java.split('\n').find((l) => l.includes('sasl.jaas.config')) ?? ''
    const jaas = JSON.parse(jaasLine.slice(jaasLine.indexOf(', ') + 2, -2)) as string
    expect(jaas).toContain('username="a\\"b\\\\c"')
  })

  it('says how to install and run each client', () => {
    expect(all(saslSsl).map((s) => [s.language, s.library, s.install, s.fileName])).toEqual([
      ['python', 'kafka-python', 'pip install kafka-python', 'ferry_quickstart.py'],
      [
        'go',
        'confluent-kafka-go',
        expect.stringContaining('go get github.com/confluentinc/confluent-kafka-go/v2'),
        'main.go',
      ],
      [
        'java',
        'kafka-clients',
        expect.stringContaining('org.apache.kafka:kafka-clients:'),
        'FerryQuickstart.java',
      ],
      ['node', 'KafkaJS', 'npm install kafkajs', 'ferry-quickstart.mjs'],
    ])
    for (const s of all(saslSsl)) expect(s.run).toContain(s.fileName)
  })
})

describe('caCertificateFileName', () => {
  it('names the file after the cluster, safe for a file system', () => {
    expect(caCertificateFileName('orders')).toBe('orders-ca.pem')
    expect(caCertificateFileName('a b/c')).toBe('a_b_c-ca.pem')
  })
})
