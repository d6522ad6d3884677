import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { startTestApp, TEST_ADMIN_PASSWORD } from '../../test/test-app.ts'

/**
 * Every kind of secret Ferry is given or makes, stored the way a user would store it, then the store's files
 * read byte by byte: none of them may be there in clear.
 */
let t: Awaited<ReturnType<typeof startTestApp>>
const secrets: Record<string, string> = {}

beforeAll(async () => {
  t = await startTestApp()
  const kafka = inject('sharedKafka')
  secrets['console password'] = TEST_ADMIN_PASSWORD
  secrets['API token'] = await t.tokenFor('scripts', 'operate')

  const sasl = kafka.nodes.map((n) => `${n.host}:${n.clientPorts.SASL_PLAINTEXT}`).join(',')
  secrets['external cluster password'] = kafka.superUser.password
  const registered = await t.app.inject({
    method: 'POST',
    url: '/v2/clusters',
    payload: {
      provider: 'external',
      name: 'sasl-at-rest',
      bootstrapServers: sasl,
      securityProtocol: 'SASL_PLAINTEXT',
      saslMechanism: 'SCRAM-SHA-512',
      username: kafka.superUser.username,
      password: kafka.superUser.password,
    },
  })
  expect(registered.statusCode).toBe(201)

  secrets['webhook token'] = 'hook-secret-7d1f0c2a'
  const channel = await t.app.inject({
    method: 'POST',
    url: '/v2/alarms/channels',
    payload: {
      name: 'ops',
      type: 'WEBHOOK',
      url: 'http://127.0.0.1:9/hook',
      token: secrets['webhook token'],
    },
  })
  expect(channel.statusCode).toBe(201)

  // A local cluster: its super user's password, and a first SASL user's.
  secrets['first SASL user password'] = 'Alice2026!Rest'
  const created = await t.app.inject({
    method: 'POST',
    url: '/v2/clusters',
    payload: {
      provider: 'local',
      name: 'at-rest',
      mode: 'HP',
      provisioned: {
        kafkaVersion: '4.1.2',
        nodeType: 'local.small',
        logicalZones: ['zone-a'],
        numberOfBrokerNodesPerZone: 1,
        storageMeta: { storageSize: 1 },
        authentications: [
          {
            mode: 'SASL_SCRAM',
            context: { username: 'alice', password: secrets['first SASL user password'] },
          },
          { mode: 'SSL' },
        ],
      },
    },
  })
  expect(created.statusCode).toBe(202)
  await t.services.jobsIdle()
  const { cluster } = (
    await t.app.inject({ method: 'GET', url: `/v2/clusters/${created.json().clusterId}` })
  ).json()
  expect(cluster.state).toBe('ACTIVE')
  const row = await t.db
    .selectFrom('clusters')
    .select('password_enc')
    .where('name', '=', 'at-rest')
    .executeTakeFirstOrThrow()
  secrets['local super user password'] = t.secrets.open(row.password_enc as string)
})
afterAll(async () => {
  await t.services.jobsIdle()
  await t.services.local.shutdown()
  await t.close()
})

describe('secrets at rest', () => {
  it('leaves no secret in clear in the store’s files', () => {
    const files = readdirSync(t.dataDir).filter((f) => f.startsWith('ferry.db'))
    expect(files).toContain('ferry.db')
    for (const file of files) {
      const bytes = readFileSync(join(t.dataDir, file))
      for (const [what, secret] of Object.entries(secrets))
        expect(bytes.includes(Buffer.from(secret)), `${what} in ${file}`).toBe(false)
    }
  })

  it('keeps a TLS cluster’s CA key only sealed, and can still sign a certificate for a node added later', async () => {
    const row = await t.db
      .selectFrom('clusters')
      .select('cluster_id')
      .where('name', '=', 'at-rest')
      .executeTakeFirstOrThrow()
    const caDir = join(t.dataDir, 'clusters', row.cluster_id, 'ca')
    const sealedKey = () => {
      expect(readdirSync(caDir)).not.toContain('ca.key')
      expect(readFileSync(join(caDir, 'ca.key.sealed'), 'utf8')).not.toMatch(/PRIVATE KEY/)
    }
    sealedKey()
    const grown = await t.app.inject({
      method: 'PUT',
      url: `/v2/clusters/${row.cluster_id}/increase-broker-count`,
      payload: { numberOfBrokerNodes: 2 },
    })
    expect(grown.statusCode).toBe(202)
    await t.services.jobsIdle()
    const { job } = (
      await t.app.inject({ method: 'GET', url: `/v2/clusters/${row.cluster_id}/jobs/${grown.json().jobId}` })
    ).json()
    expect(job.state, job.error ?? '').toBe('FINISHED')
    expect(
      readFileSync(join(t.dataDir, 'clusters', row.cluster_id, 'node-2', 'keystore.pem'), 'utf8'),
    ).toMatch(/CERTIFICATE/)
    sealedKey()
  })

  it('keeps the key that seals them in a file only its owner can read', () => {
    expect(statSync(join(t.dataDir, 'secret.key')).mode & 0o777).toBe(0o600)
  })

  it('never returns a stored secret through the API', async () => {
    for (const url of ['/v2/clusters', '/v2/alarms/channels', '/v2/auth/tokens', '/v2/accounts']) {
      const body = (await t.app.inject({ method: 'GET', url })).body
      for (const [what, secret] of Object.entries(secrets))
        expect(body.includes(secret), `${what} from ${url}`).toBe(false)
    }
  })
})
