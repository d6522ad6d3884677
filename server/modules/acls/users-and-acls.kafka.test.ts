import { Consumer, Producer, stringDeserializers, stringSerializers } from '@platformatic/kafka'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { describeCluster } from '../../kafka/describe-cluster.ts'
import { startTestApp } from '../../test/test-app.ts'

/**
 * SASL users and ACLs through the API, checked with real clients on a local cluster made in the test: SCRAM
 * and PLAIN listeners, ACLs on, alice as the first SCRAM user.
 */
let t: Awaited<ReturnType<typeof startTestApp>>
let clusterId: string
let bootstrap: string[]

type Mechanism = 'SCRAM-SHA-256' | 'SCRAM-SHA-512' | 'PLAIN'
interface Client {
  username: string
  password: string
  mechanism: Mechanism
}

const alice: Client = { username: 'alice', password: 'Alice2026!', mechanism: 'SCRAM-SHA-512' }
const bob: Client = { username: 'bob_scram', password: 'Bob2026!x', mechanism: 'SCRAM-SHA-256' }
const carol: Client = { username: 'carol_plain', password: 'Carol2026!', mechanism: 'PLAIN' }

const call = async (method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, payload?: unknown) => {
  const res = await t.app.inject({ method, url, payload: payload as object })
  return { status: res.statusCode, body: res.json() }
}
const users = (path = '') => `/v2/clusters/${clusterId}/users${path}`
const acls = (path = '') => `/v2/clusters/${clusterId}/acls${path}`

const clientOptions = (c: Client, clientId: string) => ({
  clientId,
  bootstrapBrokers: bootstrap,
  connectTimeout: 5_000,
  requestTimeout: 5_000,
  timeout: 5_000,
  retries: 0,
  sasl: { mechanism: c.mechanism, username: c.username, password: c.password },
})

async function signsIn(c: Client): Promise<boolean> {
  return describeCluster(
    { bootstrapServers: bootstrap, securityProtocol: 'SASL_PLAINTEXT', sasl: clientOptions(c, '').sasl },
    { timeoutMs: 10_000 },
  ).then(
    () => true,
    () => false,
  )
}

/** Sends one record as the client; true when the broker took it. */
async function produces(c: Client, topic: string, value = `from ${c.username}`): Promise<boolean> {
  const producer = new Producer({
    ...clientOptions(c, 'ferry-test-producer'),
    serializers: stringSerializers,
  })
  try {
    await producer.send({ messages: [{ topic, value }] })
    return true
  } catch {
    return false
  } finally {
    await producer.close().catch(() => {})
  }
}

/** Reads the topic from the start in `group` as the client; the values of the first records, or null if refused. */
async function consumes(c: Client, group: string, topic: string): Promise<string[] | null> {
  const consumer = new Consumer({
    ...clientOptions(c, 'ferry-test-consumer'),
    groupId: group,
    deserializers: stringDeserializers,
    sessionTimeout: 10_000,
    heartbeatInterval: 500,
  })
  let stream: Awaited<ReturnType<typeof consumer.consume>> | null = null
  try {
    const opened = await consumer.consume({ topics: [topic], mode: 'earliest', autocommit: false })
    stream = opened
    return await new Promise<string[] | null>((resolve) => {
      const timer = setTimeout(() => resolve(null), 15_000)
      opened.once('error', () => {
        clearTimeout(timer)
        resolve(null)
      })
      opened.once('data', (message) => {
        clearTimeout(timer)
        resolve([message.value])
      })
    })
  } catch {
    return null
  } finally {
    if (stream) await stream.close().catch(() => {})
    await consumer.close().catch(() => {})
  }
}

/** Brokers apply credential and ACL changes from the metadata log a moment after the controller commits them. */
async function eventually(check: () => Promise<boolean>, timeoutMs = 20_000): Promise<boolean> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    if (await check()) return true
    if (Date.now() > deadline) return false
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
}

async function effective(c: Client, resourceType: string, resourceName: string) {
  const { status, body } = await call(
    'GET',
    acls(`/effective?principal=User:${c.username}&resourceType=${resourceType}&resourceName=${resourceName}`),
  )
  expect(status).toBe(200)
  return Object.fromEntries(
    (body.operations as { operation: string; allowed: boolean; reason: string; acl: unknown }[]).map((o) => [
      o.operation,
      o,
    ]),
  )
}

beforeAll(async () => {
  t = await startTestApp()
  const created = await call('POST', '/v2/clusters', {
    provider: 'local',
    name: 'secure',
    mode: 'HP',
    provisioned: {
      kafkaVersion: '4.1.2',
      nodeType: 'local.small',
      logicalZones: ['zone-a'],
      numberOfBrokerNodesPerZone: 1,
      storageMeta: { storageSize: 5 },
      authentications: [{ mode: 'SASL_SCRAM', context: alice }, { mode: 'SASL_PLAIN' }],
      aclEnabled: true,
    },
  })
  expect(created.status, JSON.stringify(created.body)).toBe(202)
  clusterId = created.body.clusterId
  await t.services.jobsIdle()
  const { body } = await call('GET', `/v2/clusters/${clusterId}/access-endpoints`)
  bootstrap = body.accessEndpoints[0].endpoints.split(',')
  const topic = await call('POST', `/v2/clusters/${clusterId}/topics`, {
    topicName: 'orders',
    partitionNum: 1,
    replicationFactor: 1,
  })
  expect(topic.status, JSON.stringify(topic.body)).toBe(201)
})

afterAll(async () => {
  await t.services.jobsIdle()
  await t.services.local.shutdown()
  await t.close()
})

describe('SASL users', () => {
  it('are created for SCRAM-SHA-256 and PLAIN, and listed with their mechanisms but never a password', async () => {
    expect((await call('GET', `/v2/clusters/${clusterId}`)).body.cluster.state).toBe('ACTIVE')
    for (const c of [bob, carol]) {
      const res = await call('POST', users(), {
        username: c.username,
        password: c.password,
        mechanisms: [c.mechanism],
      })
      expect(res, c.username).toEqual({ status: 201, body: { username: c.username } })
    }
    const list = await call('GET', users())
    expect(list.status).toBe(200)
    expect(JSON.stringify(list.body)).not.toMatch(/Bob2026|Carol2026|Alice2026/)
    const byName = Object.fromEntries(
      (list.body.users as { username: string; createTime: string }[]).map((u) => [u.username, u]),
    )
    expect(byName.alice).toMatchObject({ mechanisms: ['SCRAM-SHA-512'], usedByFerry: false })
    expect(byName.bob_scram).toMatchObject({ mechanisms: ['SCRAM-SHA-256'], usedByFerry: false })
    expect(byName.carol_plain).toMatchObject({ mechanisms: ['PLAIN'] })
    expect(Date.parse(byName.carol_plain?.createTime ?? '')).toBeGreaterThan(Date.now() - 600_000)
    expect(byName['ferry-admin']).toMatchObject({ usedByFerry: true })
    expect(await eventually(() => signsIn(bob))).toBe(true)
    expect(await signsIn(carol)).toBe(true)
    expect(await signsIn({ ...carol, password: 'Wrong2026!' })).toBe(false)
  })

  it('refuse a bad name, a bad password, a taken name and Ferry’s own user, each with its code', async () => {
    const bad = await call('POST', users(), { username: '1abc', password: 'Valid2026!' })
    expect(bad.status).toBe(400)
    expect(bad.body).toMatchObject({ code: 'USER_NAME_INVALID', fields: { username: expect.any(String) } })
    const weak = await call('POST', users(), { username: 'dave', password: 'password' })
    expect(weak.status).toBe(400)
    expect(weak.body.fields).toHaveProperty('password')
    const taken = await call('POST', users(), { username: 'alice', password: 'Other2026!' })
    expect(taken.status).toBe(409)
    expect(taken.body.code).toBe('USER_NAME_ALREADY_EXISTS')
    const own = await call('DELETE', users('/ferry-admin'))
    expect(own.status).toBe(409)
    expect(own.body.code).toBe('USER_USED_BY_FERRY')
    const missing = await call('PUT', users('/nobody'), { password: 'Valid2026!' })
    expect(missing.status).toBe(404)
    expect(missing.body.code).toBe('USER_NOT_FOUND_ERROR')
  })
})

describe('ACLs', () => {
  it('deny producing until an ALLOW is created, allow it then, and deny it again once deleted; effective permissions agree', async () => {
    expect(await produces(bob, 'orders')).toBe(false)
    let ops = await effective(bob, 'TOPIC', 'orders')
    expect(ops.WRITE).toMatchObject({ allowed: false, reason: 'NO_ACL_ON_RESOURCE' })

    const grant = await call('POST', acls(), {
      principal: 'User:bob_scram',
      resourceType: 'TOPIC',
      patternType: 'LITERAL',
      resourceName: 'orders',
      operations: ['PRODUCE'],
    })
    expect(grant.status, JSON.stringify(grant.body)).toBe(201)
    expect(grant.body.acls.map((a: { operation: string }) => a.operation).sort()).toEqual([
      'DESCRIBE',
      'WRITE',
    ])
    expect(await eventually(() => produces(bob, 'orders'))).toBe(true)
    ops = await effective(bob, 'TOPIC', 'orders')
    expect(ops.WRITE).toMatchObject({
      allowed: true,
      reason: 'ALLOW_ACL',
      acl: {
        principal: 'User:bob_scram',
        operation: 'WRITE',
        resourceName: 'orders',
        permissionType: 'ALLOW',
      },
    })
    expect(ops.READ).toMatchObject({ allowed: false, reason: 'NO_ALLOW_ACL' })

    const revoke = await call(
      'DELETE',
      acls(
        '?username=bob_scram&patternType=LITERAL&resourceType=TOPIC&resourceName=orders&operation=PRODUCE',
      ),
    )
    expect(revoke.status, JSON.stringify(revoke.body)).toBe(200)
    expect(revoke.body.acls).toHaveLength(2)
    expect(await eventually(async () => !(await produces(bob, 'orders')))).toBe(true)
    ops = await effective(bob, 'TOPIC', 'orders')
    expect(ops.WRITE?.allowed).toBe(false)

    const again = await call(
      'DELETE',
      acls(
        '?username=bob_scram&patternType=LITERAL&resourceType=TOPIC&resourceName=orders&operation=PRODUCE',
      ),
    )
    expect(again.status).toBe(404)
    expect(again.body.code).toBe('ACL_NOT_FOUND')
  })

  it('let a DENY win over a wildcard ALLOW, as the brokers and the effective permissions both say', async () => {
    for (const [principal, permissionType] of [
      ['User:*', 'ALLOW'],
      ['User:bob_scram', 'DENY'],
    ] as const)
      expect(
        (
          await call('POST', acls(), {
            principal,
            resourceType: 'TOPIC',
            resourceName: '*',
            operations: ['WRITE'],
            permissionType,
          })
        ).status,
      ).toBe(201)
    expect(await eventually(() => produces(alice, 'orders'))).toBe(true)
    expect(await produces(bob, 'orders')).toBe(false)
    const ops = await effective(bob, 'TOPIC', 'orders')
    expect(ops.WRITE).toMatchObject({
      allowed: false,
      reason: 'DENY_ACL',
      acl: { principal: 'User:bob_scram' },
    })
    expect((await effective(alice, 'TOPIC', 'orders')).WRITE).toMatchObject({
      allowed: true,
      acl: { principal: 'User:*' },
    })
    for (const [username, permissionType] of [
      ['*', 'ALLOW'],
      ['bob_scram', 'DENY'],
    ] as const)
      expect(
        (
          await call(
            'DELETE',
            acls(
              `?username=${encodeURIComponent(username)}&patternType=LITERAL&resourceType=TOPIC&resourceName=*&operation=WRITE&permissionType=${permissionType}`,
            ),
          )
        ).status,
      ).toBe(200)
  })

  it('let a PLAIN user consume through a prefixed topic ACL and a group ACL, and list and filter them', async () => {
    for (const body of [
      { resourceType: 'TOPIC', patternType: 'PREFIXED', resourceName: 'ord', operations: ['CONSUME'] },
      { resourceType: 'GROUP', patternType: 'LITERAL', resourceName: 'carol-group', operations: ['CONSUME'] },
    ]) {
      const res = await call('POST', acls(), { username: 'carol_plain', ...body })
      expect(res.status, JSON.stringify(res.body)).toBe(201)
    }
    let read: string[] | null = null
    expect(
      await eventually(async () => {
        read = await consumes(carol, 'carol-group', 'orders')
        return read !== null
      }, 30_000),
    ).toBe(true)
    expect(read?.[0]).toMatch(/^from /)
    expect(await produces(carol, 'orders')).toBe(false)
    expect((await effective(carol, 'TOPIC', 'orders')).READ).toMatchObject({
      allowed: true,
      acl: { patternType: 'PREFIXED', resourceName: 'ord' },
    })

    const groups = await call('GET', acls('?resourceType=GROUP'))
    expect(groups.body.acls).toEqual([
      expect.objectContaining({
        username: 'carol_plain',
        principal: 'User:carol_plain',
        resourceName: 'carol-group',
        operation: 'READ',
        host: '*',
        permissionType: 'ALLOW',
      }),
    ])
    const byName = await call('GET', acls('?resourceName=ORD&username=carol_plain'))
    expect(byName.body.acls.map((a: { operation: string }) => a.operation).sort()).toEqual([
      'DESCRIBE',
      'READ',
    ])
  })
})

describe('password resets and deletions', () => {
  it('make the old password fail and the new one work, for SCRAM and PLAIN users', async () => {
    for (const c of [bob, carol]) {
      const fresh = { ...c, password: 'Fresh2026!' }
      expect((await call('PUT', users(`/${c.username}`), { password: fresh.password })).status).toBe(200)
      expect(await eventually(async () => !(await signsIn(c)))).toBe(true)
      expect(await signsIn(fresh)).toBe(true)
    }
  })

  it('make a deleted user fail to sign in and leave the list', async () => {
    await call('POST', acls(), {
      username: 'bob_scram',
      resourceType: 'TOPIC',
      resourceName: 'orders',
      operations: ['PRODUCE'],
    })
    const fresh = { ...bob, password: 'Fresh2026!' }
    expect(await eventually(() => produces(fresh, 'orders'))).toBe(true)
    for (const c of [bob, carol]) {
      expect(await call('DELETE', users(`/${c.username}`))).toEqual({
        status: 200,
        body: { username: c.username },
      })
      expect(await eventually(async () => !(await signsIn({ ...c, password: 'Fresh2026!' })))).toBe(true)
    }
    expect(await produces(fresh, 'orders')).toBe(false)
    const names = (await call('GET', users())).body.users.map((u: { username: string }) => u.username)
    expect(names).not.toContain('bob_scram')
    expect(names).not.toContain('carol_plain')
    expect((await call('DELETE', users('/bob_scram'))).body.code).toBe('USER_NOT_FOUND_ERROR')
  })
})

describe('clusters without SASL or ACLs, and external clusters', () => {
  const kafka = inject('sharedKafka')

  it('answer 409 with a code where the cluster has no SASL or no ACLs, and PLAIN only on clusters Ferry runs', async () => {
    const plain = await t.registerCluster(kafka, 'plain-only')
    const noSasl = await call('GET', `/v2/clusters/${plain}/users`)
    expect(noSasl.status).toBe(409)
    expect(noSasl.body.code).toBe('CLUSTER_SASL_NOT_ENABLED')
    const noAcl = await call('GET', `/v2/clusters/${plain}/acls`)
    expect(noAcl.status).toBe(409)
    expect(noAcl.body.code).toBe('CLUSTER_ACL_NOT_ENABLED')

    const registered = await call('POST', '/v2/clusters', {
      provider: 'external',
      name: 'external-sasl',
      bootstrapServers: kafka.nodes.map((n) => `${n.host}:${n.clientPorts.SASL_PLAINTEXT}`).join(','),
      securityProtocol: 'SASL_PLAINTEXT',
      saslMechanism: 'SCRAM-SHA-512',
      username: kafka.superUser.username,
      password: kafka.superUser.password,
    })
    expect(registered.status, JSON.stringify(registered.body)).toBe(201)
    const external = registered.body.clusterId
    const plainUser = await call('POST', `/v2/clusters/${external}/users`, {
      username: 'erin',
      password: 'Erin2026!',
      mechanisms: ['PLAIN'],
    })
    expect(plainUser.status).toBe(409)
    expect(plainUser.body.code).toBe('CLUSTER_NOT_MANAGED')
    expect(plainUser.body.message).toMatch(/PLAIN/)

    const scram = await call('POST', `/v2/clusters/${external}/users`, {
      username: 'erin',
      password: 'Erin2026!',
      mechanisms: ['SCRAM-SHA-256'],
    })
    expect(scram.status).toBe(201)
    const saslBootstrap = kafka.nodes.map((n) => `${n.host}:${n.clientPorts.SASL_PLAINTEXT}`)
    const erinSignsIn = () =>
      describeCluster(
        {
          bootstrapServers: saslBootstrap,
          securityProtocol: 'SASL_PLAINTEXT',
          sasl: { mechanism: 'SCRAM-SHA-256', username: 'erin', password: 'Erin2026!' },
        },
        { timeoutMs: 10_000 },
      ).then(
        () => true,
        () => false,
      )
    expect(await eventually(erinSignsIn)).toBe(true)
    const listed = (await call('GET', `/v2/clusters/${external}/users`)).body.users
    expect(listed).toContainEqual(
      expect.objectContaining({ username: kafka.superUser.username, usedByFerry: true }),
    )
    expect((await call('DELETE', `/v2/clusters/${external}/users/erin`)).status).toBe(200)
    expect(await eventually(async () => !(await erinSignsIn()))).toBe(true)
  })
})
