import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { startTestApp } from '../../test/test-app.ts'

const kafka = inject('sharedKafka')
const node = kafka.nodes[0]
if (!node) throw new Error('the shared test cluster has no node')
const plain = `127.0.0.1:${node.clientPorts.PLAINTEXT}`
const sasl = `127.0.0.1:${node.clientPorts.SASL_PLAINTEXT}`
const ssl = `127.0.0.1:${node.clientPorts.SSL}`

let t: Awaited<ReturnType<typeof startTestApp>>
beforeAll(async () => {
  t = await startTestApp()
})
afterAll(() => t.close())

function register(body: Record<string, unknown>) {
  return t.app.inject({ method: 'POST', url: '/v2/clusters', payload: { provider: 'external', ...body } })
}

async function listNames(query = '') {
  const res = await t.app.inject({ method: 'GET', url: `/v2/clusters${query}` })
  return res.json().clusters.map((c: { name: string }) => c.name)
}

describe('registering an external cluster', () => {
  it('saves a reachable PLAINTEXT cluster and shows it in the list, detail, endpoints and nodes', async () => {
    const res = await register({ name: 'plain-one', bootstrapServers: plain })
    expect(res.statusCode).toBe(201)
    const { clusterId, cluster } = res.json()
    expect(clusterId).toMatch(/^[0-9a-f]{32}$/)
    expect(cluster).toMatchObject({
      name: 'plain-one',
      state: 'ACTIVE',
      provider: 'external',
      numberOfBrokerNodes: 1,
    })
    expect(cluster.kafkaClusterId).toBe(kafka.kafkaClusterId)

    expect(await listNames()).toContain('plain-one')
    const detail = await t.app.inject({ method: 'GET', url: `/v2/clusters/${clusterId}` })
    expect(detail.json().cluster.connection).toMatchObject({
      bootstrapServers: plain,
      securityProtocol: 'PLAINTEXT',
    })

    const endpoints = await t.app.inject({ method: 'GET', url: `/v2/clusters/${clusterId}/access-endpoints` })
    expect(endpoints.json()).toEqual({
      accessEndpoints: [{ securityProtocol: 'PLAINTEXT', endpoints: plain }],
    })

    const nodes = (await t.app.inject({ method: 'GET', url: `/v2/clusters/${clusterId}/nodes` })).json()
    expect(nodes.nodes).toEqual([
      expect.objectContaining({
        brokerId: node.nodeId,
        host: '127.0.0.1',
        state: 'ALIVE',
        isController: true,
      }),
    ])
    expect(nodes.isTruncated).toBe(false)
  })

  it('saves a SASL cluster without ever returning or storing its password in clear', async () => {
    const password = kafka.superUser.password
    const res = await register({
      name: 'sasl-one',
      bootstrapServers: sasl,
      securityProtocol: 'SASL_PLAINTEXT',
      saslMechanism: 'SCRAM-SHA-512',
      username: kafka.superUser.username,
      password,
    })
    expect(res.statusCode).toBe(201)
    expect(res.body).not.toContain(password)
    expect(res.json().cluster.authenticationModes).toEqual(['SASL_SCRAM'])
    const detail = await t.app.inject({ method: 'GET', url: `/v2/clusters/${res.json().clusterId}` })
    expect(detail.body).not.toContain(password)
    const row = await t.db
      .selectFrom('clusters')
      .selectAll()
      .where('name', '=', 'sasl-one')
      .executeTakeFirstOrThrow()
    expect(row.password_enc).toBeTruthy()
    expect(JSON.stringify(row)).not.toContain(password)
  })

  it('refuses a port where nothing listens, on the bootstrap servers field, and saves nothing', async () => {
    const res = await register({ name: 'nobody-home', bootstrapServers: '127.0.0.1:1' })
    expect(res.statusCode).toBe(400)
    const body = res.json()
    expect(body.code).toBe('KAFKA_UNREACHABLE')
    expect(body.fields.bootstrapServers).toMatch(/127\.0\.0\.1:1/)
    expect(body.requestId).toBeTruthy()
    expect(await listNames()).not.toContain('nobody-home')
  })

  it('refuses a wrong SASL password, on the password field, and saves nothing', async () => {
    const res = await register({
      name: 'wrong-password',
      bootstrapServers: sasl,
      securityProtocol: 'SASL_PLAINTEXT',
      saslMechanism: 'SCRAM-SHA-512',
      username: kafka.superUser.username,
      password: 'not-the-password',
    })
    expect(res.statusCode).toBe(400)
    expect(res.json().code).toBe('KAFKA_AUTHENTICATION_FAILED')
    expect(res.json().fields.password).toBeTruthy()
    expect(await listNames()).not.toContain('wrong-password')
  })

  it('refuses a PLAINTEXT client against a TLS listener with a TLS error, and saves nothing', async () => {
    const res = await register({ name: 'tls-mismatch', bootstrapServers: ssl, securityProtocol: 'PLAINTEXT' })
    expect(res.statusCode).toBe(400)
    expect(res.json().code).toBe('KAFKA_TLS_FAILED')
    expect(res.json().fields.securityProtocol).toBeTruthy()
    expect(await listNames()).not.toContain('tls-mismatch')
  })

  it('connects over TLS when given the cluster CA', async () => {
    const res = await register({
      name: 'tls-one',
      bootstrapServers: ssl,
      securityProtocol: 'SSL',
      caCertificate: kafka.caCertificate,
    })
    expect(res.statusCode).toBe(201)
    expect(res.json().cluster.connection.hasCaCertificate).toBe(true)
  })

  it('rejects bad input before touching Kafka, with every bad field named', async () => {
    const res = await register({
      name: 'bad name!',
      bootstrapServers: 'no-port-here',
      securityProtocol: 'SASL_SSL',
    })
    expect(res.statusCode).toBe(400)
    const body = res.json()
    expect(body.code).toBe('ERROR_PARAMS')
    expect(Object.keys(body.fields)).toEqual(
      expect.arrayContaining(['name', 'bootstrapServers', 'saslMechanism', 'username', 'password']),
    )
  })

  it('refuses a second cluster with a taken name with 409', async () => {
    const res = await register({ name: 'plain-one', bootstrapServers: plain })
    expect(res.statusCode).toBe(409)
    expect(res.json()).toMatchObject({
      code: 'CLUSTER_NAME_ALREADY_EXISTS',
      fields: { name: expect.any(String) },
    })
  })
})

describe('the cluster list', () => {
  it('pages newest first with marker and maxKeys, and filters by fuzzy name and ID prefix', async () => {
    const all = await listNames()
    expect(all.slice(0, 3)).toEqual(['tls-one', 'sasl-one', 'plain-one'])

    const first = (await t.app.inject({ method: 'GET', url: '/v2/clusters?maxKeys=2' })).json()
    expect(first.clusters.map((c: { name: string }) => c.name)).toEqual(['tls-one', 'sasl-one'])
    expect(first).toMatchObject({ isTruncated: true, maxKeys: 2, marker: null })
    const second = (
      await t.app.inject({ method: 'GET', url: `/v2/clusters?maxKeys=2&marker=${first.nextMarker}` })
    ).json()
    expect(second.clusters.map((c: { name: string }) => c.name)).toEqual(['plain-one'])
    expect(second).toMatchObject({ isTruncated: false, nextMarker: null, marker: first.nextMarker })

    expect(await listNames('?clusterName=SASL')).toEqual(['sasl-one'])
    expect(await listNames('?clusterName=%25')).toEqual([])
    const id = second.clusters[0].clusterId as string
    expect(await listNames(`?clusterId=${id.slice(0, 6)}`)).toEqual(['plain-one'])
    expect(await listNames('?state=SUSPENDED')).toEqual([])
  })

  it('answers 400 with the field for a bad query', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/v2/clusters?maxKeys=5000&state=HAPPY' })
    expect(res.statusCode).toBe(400)
    expect(Object.keys(res.json().fields)).toEqual(expect.arrayContaining(['maxKeys', 'state']))
  })
})

describe('forgetting a cluster', () => {
  it('removes an external cluster, after which it is 404 with the reference code', async () => {
    const { clusterId } = (await register({ name: 'short-lived', bootstrapServers: plain })).json()
    const res = await t.app.inject({ method: 'DELETE', url: `/v2/clusters/${clusterId}` })
    expect(res.statusCode).toBe(204)
    const gone = await t.app.inject({ method: 'GET', url: `/v2/clusters/${clusterId}` })
    expect(gone.statusCode).toBe(404)
    expect(gone.json().code).toBe('CLUSTER_NOT_FOUND')
  })
})

describe('the API itself', () => {
  it('documents every route in OpenAPI and answers unknown routes with the error shape', async () => {
    const spec = (await t.app.inject({ method: 'GET', url: '/v2/openapi.json' })).json()
    expect(Object.keys(spec.paths)).toEqual(
      expect.arrayContaining([
        '/v2/clusters',
        '/v2/clusters/{clusterId}',
        '/v2/clusters/{clusterId}/access-endpoints',
        '/v2/clusters/{clusterId}/nodes',
        '/v2/clusters/{clusterId}/nodes/{brokerId}/restart',
        '/v2/clusters/{clusterId}/increase-broker-count',
        '/v2/providers/local/catalogue',
      ]),
    )
    const missing = await t.app.inject({ method: 'GET', url: '/v2/nothing-here' })
    expect(missing.statusCode).toBe(404)
    expect(missing.json()).toMatchObject({ code: 'NOT_FOUND', requestId: expect.any(String) })
    expect(missing.headers['x-request-id']).toBe(missing.json().requestId)
  })

  it('sends strict security headers', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/healthz' })
    const csp = String(res.headers['content-security-policy'])
    expect(csp).toContain("default-src 'self'")
    // Scripts from Ferry's own files only: no inline script, no eval.
    expect(csp).toContain("script-src 'self';")
    expect(csp).not.toMatch(/script-src[^;]*unsafe/)
    expect(csp).toContain("frame-ancestors 'none'")
    expect(res.headers['x-content-type-options']).toBe('nosniff')
    expect(res.headers['referrer-policy']).toBe('no-referrer')
  })

  it('is ready once the store answers', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/readyz' })
    expect(res.statusCode).toBe(200)
  })

  it('answers malformed JSON with 400 and a code', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/v2/clusters',
      headers: { 'content-type': 'application/json' },
      payload: '{"name": ',
    })
    expect(res.statusCode).toBe(400)
    expect(res.json().code).toBe('MALFORMED_JSON')
  })
})

describe('nodes and the controller quorum of a 3-node cluster', () => {
  const triple = inject('sharedKafka3')
  let clusterId: string
  beforeAll(async () => {
    clusterId = await t.registerCluster(triple, 'three-nodes')
  })

  it('lists every broker with its rack, partitions, leaders and log dir, and one active controller', async () => {
    const { nodes } = (await t.app.inject({ method: 'GET', url: `/v2/clusters/${clusterId}/nodes` })).json()
    expect(nodes.map((n: { brokerId: number; rack: string }) => [n.brokerId, n.rack])).toEqual([
      [1, 'a'],
      [2, 'b'],
      [3, 'c'],
    ])
    expect(nodes.filter((n: { isController: boolean }) => n.isController)).toHaveLength(1)
    for (const node of nodes) {
      expect(node.state).toBe('ALIVE')
      expect(node.partitionCount).toBeGreaterThanOrEqual(node.leaderCount)
      expect(node.logDirs).toHaveLength(1)
      expect(node.logDirs[0].totalBytes).toBeGreaterThan(0)
    }
  })

  it('shows the quorum leader, three voters with their lag, and records the leader it saw', async () => {
    const res = await t.app.inject({ method: 'GET', url: `/v2/clusters/${clusterId}/quorum` })
    expect(res.statusCode).toBe(200)
    const quorum = res.json()
    expect(quorum.voters.map((v: { nodeId: number }) => v.nodeId)).toEqual([1, 2, 3])
    for (const voter of quorum.voters) expect(voter.lag).toBeGreaterThanOrEqual(0)
    const { nodes } = (await t.app.inject({ method: 'GET', url: `/v2/clusters/${clusterId}/nodes` })).json()
    expect(quorum.leaderId).toBe(nodes.find((n: { isController: boolean }) => n.isController).brokerId)
    expect(quorum.leaderChanges[0]).toMatchObject({
      leaderId: quorum.leaderId,
      leaderEpoch: quorum.leaderEpoch,
    })

    const again = (await t.app.inject({ method: 'GET', url: `/v2/clusters/${clusterId}/quorum` })).json()
    expect(again.leaderChanges).toHaveLength(quorum.leaderChanges.length)
  })
})

describe('broker configs', () => {
  const triple = inject('sharedKafka3')
  let clusterId: string
  beforeAll(async () => {
    clusterId = await t.registerCluster(triple, 'configs-three')
  })

  it('lists one broker’s configs with their source, read-only and sensitive flags', async () => {
    const res = await t.app.inject({ method: 'GET', url: `/v2/clusters/${clusterId}/nodes/2/configs` })
    expect(res.statusCode).toBe(200)
    const configs: {
      name: string
      value: string | null
      source: string
      readOnly: boolean
      sensitive: boolean
    }[] = res.json().configs
    expect(configs.find((c) => c.name === 'broker.rack')).toMatchObject({ value: 'b', source: 'STATIC' })
    expect(configs.find((c) => c.name === 'log.retention.hours')).toMatchObject({ source: 'DEFAULT' })
    for (const c of configs.filter((c) => c.sensitive)) expect(c.value).toBeNull()
    const missing = await t.app.inject({ method: 'GET', url: `/v2/clusters/${clusterId}/nodes/9/configs` })
    expect(missing.statusCode).toBe(404)
  })

  it('sets a cluster-wide dynamic config that every broker then reports, and removes it again', async () => {
    const set = await t.app.inject({
      method: 'PUT',
      url: `/v2/clusters/${clusterId}/configurations`,
      payload: { configs: [{ name: 'log.cleaner.threads', value: '2' }] },
    })
    expect(set.statusCode).toBe(200)
    expect(set.json().configs).toContainEqual(
      expect.objectContaining({ name: 'log.cleaner.threads', value: '2', source: 'DYNAMIC_CLUSTER_DEFAULT' }),
    )
    // Brokers pick the change up from the metadata log, a moment after the controller accepts it.
    await expect
      .poll(async () => {
        const node3 = await t.app.inject({ method: 'GET', url: `/v2/clusters/${clusterId}/nodes/3/configs` })
        return node3.json().configs.find((c: { name: string }) => c.name === 'log.cleaner.threads')
      })
      .toMatchObject({ value: '2', source: 'DYNAMIC_CLUSTER_DEFAULT' })
    const removed = await t.app.inject({
      method: 'PUT',
      url: `/v2/clusters/${clusterId}/configurations`,
      payload: { configs: [{ name: 'log.cleaner.threads', value: null }] },
    })
    expect(removed.json().configs.map((c: { name: string }) => c.name)).not.toContain('log.cleaner.threads')
  })

  it('refuses an invalid value, names its config, and applies none of the batch', async () => {
    const res = await t.app.inject({
      method: 'PUT',
      url: `/v2/clusters/${clusterId}/configurations`,
      payload: {
        configs: [
          { name: 'log.cleaner.threads', value: '2' },
          { name: 'log.retention.ms', value: 'forever' },
        ],
      },
    })
    expect(res.statusCode).toBe(400)
    expect(res.json().code).toBe('ERROR_PARAMS')
    expect(Object.keys(res.json().fields)).toEqual(['log.retention.ms'])
    const after = (
      await t.app.inject({ method: 'GET', url: `/v2/clusters/${clusterId}/configurations` })
    ).json()
    expect(after.configs.map((c: { name: string }) => c.name)).not.toContain('log.cleaner.threads')
  })

  it('refuses changes to a cluster that is not ACTIVE with 409', async () => {
    await t.db
      .updateTable('clusters')
      .set({ state: 'SUSPENDED' })
      .where('cluster_id', '=', clusterId)
      .execute()
    const res = await t.app.inject({
      method: 'PUT',
      url: `/v2/clusters/${clusterId}/configurations`,
      payload: { configs: [{ name: 'log.cleaner.threads', value: '2' }] },
    })
    expect(res.statusCode).toBe(409)
    expect(res.json().code).toBe('CLUSTER_NOT_ACTIVE')
    await t.db.updateTable('clusters').set({ state: 'ACTIVE' }).where('cluster_id', '=', clusterId).execute()
  })
})
