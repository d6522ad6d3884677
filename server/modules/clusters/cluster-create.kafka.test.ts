import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { CreateLocalClusterInput } from '../../../contract/cluster-create.ts'
import { describeCluster } from '../../kafka/describe-cluster.ts'
import { startTestApp } from '../../test/test-app.ts'

let t: Awaited<ReturnType<typeof startTestApp>>
beforeAll(async () => {
  t = await startTestApp()
})
afterAll(async () => {
  await t.services.jobsIdle()
  await t.services.local.shutdown()
  await t.close()
})

const alice = { username: 'alice', password: 'Alice2026!' }

/** Three nodes in one zone, SASL/SCRAM only with a first user, ACLs on. */
function body(overrides: Partial<CreateLocalClusterInput> = {}): CreateLocalClusterInput {
  return {
    provider: 'local',
    name: 'orders',
    mode: 'HP',
    provisioned: {
      kafkaVersion: '4.1.2',
      nodeType: 'local.small',
      logicalZones: ['zone-a'],
      numberOfBrokerNodesPerZone: 3,
      storageMeta: { storageSize: 5 },
      authentications: [{ mode: 'SASL_SCRAM', context: alice }],
      aclEnabled: true,
      storagePolicyEnabled: true,
      storagePolicy: {
        type: 'AUTO_DELETE',
        autoDelete: {
          diskUsedThresholdPercent: 75,
          logMinRetentionMs: 3_600_000,
          logMinRetentionBytes: 1 << 20,
        },
      },
      configMeta: { context: { 'log.retention.hours': '24' } },
    },
    tags: [{ tagKey: 'KAFKA-Cluster', tagValue: '' }],
    ...overrides,
  }
}

const send = (method: 'POST' | 'PUT' | 'DELETE', url: string, payload?: unknown, key?: string) =>
  t.app.inject({ method, url, payload: payload as object, headers: key ? { 'idempotency-key': key } : {} })
const get = async (url: string) => (await t.app.inject({ method: 'GET', url })).json()

let clusterId: string

describe('creating a local cluster', () => {
  it('refuses a bad request before anything is made, each problem on its field', async () => {
    const cases: [CreateLocalClusterInput, string][] = [
      [body({ mode: 'HA' }), 'provisioned.logicalZones'],
      [{ ...body(), name: 'bad name!' }, 'name'],
      [
        body({
          provisioned: { ...body().provisioned, authentications: [{ mode: 'NONE' }], aclEnabled: true },
        }),
        'provisioned.authentications',
      ],
      [body({ provisioned: { ...body().provisioned, kafkaVersion: '2.7.2' } }), 'provisioned.kafkaVersion'],
      [
        body({ provisioned: { ...body().provisioned, numberOfBrokerNodesPerZone: 10 } }),
        'provisioned.numberOfBrokerNodesPerZone',
      ],
      [
        body({ provisioned: { ...body().provisioned, configMeta: { context: { 'log.dirs': '/tmp' } } } }),
        'provisioned.configMeta.context.log.dirs',
      ],
    ]
    for (const [payload, field] of cases) {
      const res = await send('POST', '/v2/clusters', payload)
      expect(res.statusCode, field).toBe(400)
      expect(res.json().code).toBe('ERROR_PARAMS')
      expect(Object.keys(res.json().fields ?? {}), field).toContain(field)
    }
    expect((await get('/v2/clusters')).clusters).toHaveLength(0)
  })

  it('answers 202 with the job at once, and a retry with the same Idempotency-Key gets the same answer', async () => {
    const res = await send('POST', '/v2/clusters', body(), 'create-orders-1')
    expect(res.statusCode).toBe(202)
    clusterId = res.json().clusterId
    expect(res.json().jobId).toMatch(/^[0-9a-f]{32}$/)
    expect(['NEW', 'DEPLOYING']).toContain((await get(`/v2/clusters/${clusterId}`)).cluster.state)

    const again = await send('POST', '/v2/clusters', body(), 'create-orders-1')
    expect(again.statusCode).toBe(202)
    expect(again.json()).toEqual(res.json())
    const reused = await send('POST', '/v2/clusters', body({ name: 'other' }), 'create-orders-1')
    expect(reused.statusCode).toBe(422)
    expect(reused.json().code).toBe('IDEMPOTENCY_KEY_REUSED')
    const taken = await send('POST', '/v2/clusters', body())
    expect(taken.statusCode).toBe(409)
    expect(taken.json().code).toBe('CLUSTER_NAME_ALREADY_EXISTS')
    expect((await get('/v2/clusters')).clusters).toHaveLength(1)
  })

  it('becomes ACTIVE with three brokers that demand SASL and know the first user', async () => {
    await t.services.jobsIdle()
    const { cluster } = await get(`/v2/clusters/${clusterId}`)
    expect(cluster).toMatchObject({
      state: 'ACTIVE',
      numberOfBrokerNodes: 3,
      authenticationModes: ['SASL_SCRAM'],
    })
    expect(cluster.provisioned).toMatchObject({ nodeType: 'local.small', storagePolicyEnabled: true })
    const { jobs } = await get(`/v2/clusters/${clusterId}/jobs`)
    expect(jobs[0]).toMatchObject({ type: 'CREATE_KAFKA_CLUSTER', state: 'FINISHED', progress: 100 })
    expect(jobs[0].operations.map((o: { type: string }) => o.type)).toEqual([
      'INIT_DEPLOY_ENVIRONMENT',
      'CONFIG_KAFKA_SERVICE',
      'START_KAFKA_SERVICE',
      'UPDATE_METADATA_FOR_CLUSTER',
    ])

    const { accessEndpoints } = await get(`/v2/clusters/${clusterId}/access-endpoints`)
    expect(accessEndpoints.map((e: { securityProtocol: string }) => e.securityProtocol)).toEqual([
      'SASL_PLAINTEXT',
    ])
    const bootstrapServers = accessEndpoints[0].endpoints.split(',')
    const described = await describeCluster(
      {
        bootstrapServers,
        securityProtocol: 'SASL_PLAINTEXT',
        sasl: { mechanism: 'SCRAM-SHA-512', ...alice },
      },
      { timeoutMs: 15_000 },
    )
    expect(described.brokers.map((b) => [b.nodeId, b.rack])).toEqual([
      [1, 'zone-a'],
      [2, 'zone-a'],
      [3, 'zone-a'],
    ])
    await expect(
      describeCluster({ bootstrapServers, securityProtocol: 'PLAINTEXT' }, { timeoutMs: 5_000 }),
    ).rejects.toThrow()
    await expect(
      describeCluster(
        {
          bootstrapServers,
          securityProtocol: 'SASL_PLAINTEXT',
          sasl: { mechanism: 'SCRAM-SHA-512', username: 'alice', password: 'Wrong2026!' },
        },
        { timeoutMs: 5_000 },
      ),
    ).rejects.toThrow()
    const { configs } = await get(`/v2/clusters/${clusterId}/nodes/1/configs`)
    expect(configs.find((c: { name: string }) => c.name === 'log.retention.hours')?.value).toBe('24')
  })

  it('restarts one node: REBOOTING, then ACTIVE with every replica back in sync', async () => {
    const topic = await send('POST', `/v2/clusters/${clusterId}/topics`, {
      topicName: 'payments',
      partitionNum: 6,
      replicationFactor: 2,
    })
    expect(topic.statusCode).toBe(201)
    const res = await send('PUT', `/v2/clusters/${clusterId}/nodes/2/restart`)
    expect(res.statusCode).toBe(202)
    expect((await get(`/v2/clusters/${clusterId}`)).cluster.state).toBe('REBOOTING')
    const busy = await send('PUT', `/v2/clusters/${clusterId}/stop`)
    expect(busy.statusCode).toBe(409)
    expect(busy.json().code).toBe('CLUSTER_NOT_ACTIVE')
    await t.services.jobsIdle()
    expect((await get(`/v2/clusters/${clusterId}`)).cluster.state).toBe('ACTIVE')
    const { job } = await get(`/v2/clusters/${clusterId}/jobs/${res.json().jobId}`)
    expect(job).toMatchObject({ type: 'RESTART_BROKER', state: 'FINISHED' })
    const { nodes } = await get(`/v2/clusters/${clusterId}/nodes`)
    expect(nodes.map((n: { state: string }) => n.state)).toEqual(['ALIVE', 'ALIVE', 'ALIVE'])
  })

  it('refuses operations in the wrong state or shape with the reference’s codes', async () => {
    const start = await send('PUT', `/v2/clusters/${clusterId}/start`)
    expect([start.statusCode, start.json().code]).toEqual([409, 'CLUSTER_NOT_SUSPENDED'])
    const fewer = await send('PUT', `/v2/clusters/${clusterId}/increase-broker-count`, {
      numberOfBrokerNodes: 3,
    })
    expect([fewer.statusCode, fewer.json().fields?.numberOfBrokerNodes]).toEqual([400, expect.any(String)])
    const tooMany = await send('PUT', `/v2/clusters/${clusterId}/increase-broker-count`, {
      numberOfBrokerNodes: 12,
    })
    expect([tooMany.statusCode, tooMany.json().code]).toEqual([409, 'UPDATE_CLUSTER_FORBIDDEN'])
    const noNode = await send('PUT', `/v2/clusters/${clusterId}/nodes/9/restart`)
    expect(noNode.statusCode).toBe(404)
  })

  it('adds a node, and moves partitions onto it when asked', async () => {
    const res = await send('PUT', `/v2/clusters/${clusterId}/increase-broker-count`, {
      numberOfBrokerNodes: 4,
      reassignPartitions: true,
    })
    expect(res.statusCode).toBe(202)
    expect((await get(`/v2/clusters/${clusterId}`)).cluster.state).toBe('UPDATING')
    await t.services.jobsIdle()
    const { cluster } = await get(`/v2/clusters/${clusterId}`)
    expect(cluster).toMatchObject({ state: 'ACTIVE', numberOfBrokerNodes: 4, stateReason: null })
    const { nodes } = await get(`/v2/clusters/${clusterId}/nodes`)
    expect(nodes.map((n: { brokerId: number; state: string }) => [n.brokerId, n.state])).toEqual([
      [1, 'ALIVE'],
      [2, 'ALIVE'],
      [3, 'ALIVE'],
      [4, 'ALIVE'],
    ])
    const { partitions } = await get(`/v2/clusters/${clusterId}/topics/payments/partitions/statuses`)
    const onNew = partitions.filter((p: { replicas: number[] }) => p.replicas.includes(4)).length
    // 12 replicas over 4 brokers: the new one holds its share.
    expect(onNew).toBe(3)
    const events = (await get(`/v2/clusters/${clusterId}/events`)).events.map((e: { type: string }) => e.type)
    expect(events.slice(0, 2)).toEqual(['CLUSTER_SCALE_OUT_SUCCEEDED', 'CLUSTER_SCALE_OUT_STARTED'])
  })

  it('deletes it: brokers stopped, files removed, the cluster gone and its task still readable', async () => {
    const dir = join(t.dataDir, 'clusters', clusterId)
    expect(existsSync(dir)).toBe(true)
    const res = await send('DELETE', `/v2/clusters/${clusterId}`)
    expect(res.statusCode).toBe(202)
    await t.services.jobsIdle()
    expect((await t.app.inject({ method: 'GET', url: `/v2/clusters/${clusterId}` })).statusCode).toBe(404)
    expect(existsSync(dir)).toBe(false)
    const { job } = await get(`/v2/clusters/${clusterId}/jobs/${res.json().jobId}`)
    expect(job).toMatchObject({ type: 'RELEASE_KAFKA_CLUSTER', state: 'FINISHED' })
    const events = (await get(`/v2/events`)).events.map((e: { type: string }) => e.type)
    expect(events.slice(0, 2)).toEqual(['CLUSTER_RELEASE_SUCCEEDED', 'CLUSTER_RELEASE_STARTED'])
  })
})
