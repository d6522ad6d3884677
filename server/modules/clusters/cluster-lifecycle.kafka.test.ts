import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { clustersRepository } from '../../store/clusters-repository.ts'
import { jobsRepository } from '../../store/jobs-repository.ts'
import { startTestApp } from '../../test/test-app.ts'

let t: Awaited<ReturnType<typeof startTestApp>>
let clusterId: string

beforeAll(async () => {
  t = await startTestApp()
  // Ferry's own `local` cluster: one real node, provisioned as on a first start.
  await t.services.provisionDefault()
  const list = (await t.app.inject({ method: 'GET', url: '/v2/clusters' })).json()
  clusterId = list.clusters[0].clusterId
})
afterAll(async () => {
  await t.services.jobsIdle()
  await t.services.local.shutdown()
  await t.close()
})

const get = async (url: string) => (await t.app.inject({ method: 'GET', url })).json()
const put = (action: 'stop' | 'start') =>
  t.app.inject({ method: 'PUT', url: `/v2/clusters/${clusterId}/${action}` })
const clusterState = async () => (await get(`/v2/clusters/${clusterId}`)).cluster.state
const nodeStates = async () =>
  (await get(`/v2/clusters/${clusterId}/nodes`)).nodes.map((n: { state: string }) => n.state)

async function finished(jobId: string) {
  await t.services.jobsIdle()
  return (await get(`/v2/clusters/${clusterId}/jobs/${jobId}`)).job
}

describe('stopping and starting a cluster Ferry runs', () => {
  it('stops it with a job that ends FINISHED, leaving it SUSPENDED with its broker down', async () => {
    expect(await clusterState()).toBe('ACTIVE')
    const res = await put('stop')
    expect(res.statusCode).toBe(202)
    const { jobId } = res.json()
    const job = await finished(jobId)
    expect(job).toMatchObject({
      type: 'SUSPEND_KAFKA_CLUSTER',
      state: 'FINISHED',
      progress: 100,
      sourceContext: { state: 'ACTIVE' },
      targetContext: { state: 'SUSPENDED' },
    })
    expect(job.operations.map((o: { type: string; state: string }) => [o.type, o.state])).toEqual([
      ['STOP_KAFKA_SERVICE', 'FINISHED'],
      ['UPDATE_METADATA_FOR_CLUSTER', 'FINISHED'],
    ])
    expect(await clusterState()).toBe('SUSPENDED')
    expect(await nodeStates()).toEqual(['DEAD'])
    const topics = await t.app.inject({ method: 'GET', url: `/v2/clusters/${clusterId}/topics` })
    expect(topics.statusCode).toBe(409)
    expect(topics.json()).toMatchObject({
      code: 'CLUSTER_NOT_AVAILABLE',
      message: expect.stringContaining('stopped'),
    })
  })

  it('refuses to stop a stopped cluster, or to start a running one, with the reference’s codes', async () => {
    const again = await put('stop')
    expect(again.statusCode).toBe(409)
    expect(again.json().code).toBe('CLUSTER_NOT_ACTIVE')

    const res = await put('start')
    expect(res.statusCode).toBe(202)
    expect(await finished(res.json().jobId)).toMatchObject({
      type: 'RESUME_KAFKA_CLUSTER',
      state: 'FINISHED',
    })
    expect(await clusterState()).toBe('ACTIVE')
    expect(await nodeStates()).toEqual(['ALIVE'])

    const twice = await put('start')
    expect(twice.statusCode).toBe(409)
    expect(twice.json().code).toBe('CLUSTER_NOT_SUSPENDED')
  })

  it('lists the cluster’s jobs newest first, here and across clusters, filtered by type', async () => {
    const own = await get(`/v2/clusters/${clusterId}/jobs`)
    expect(own.jobs.map((j: { type: string }) => j.type)).toEqual([
      'RESUME_KAFKA_CLUSTER',
      'SUSPEND_KAFKA_CLUSTER',
      'CREATE_KAFKA_CLUSTER',
    ])
    const stops = await get(`/v2/jobs?name=SUSPEND_KAFKA_CLUSTER`)
    expect(stops.jobs).toHaveLength(1)
    const events = await get(`/v2/clusters/${clusterId}/events`)
    expect(events.events.map((e: { type: string }) => e.type)).toEqual([
      'CLUSTER_RESUME_SUCCEEDED',
      'CLUSTER_RESUME_STARTED',
      'CLUSTER_STOP_SUCCEEDED',
      'CLUSTER_STOP_STARTED',
      'CLUSTER_CREATE_SUCCEEDED',
      'CLUSTER_CREATE_STARTED',
    ])
    const faults = await get(`/v2/events?level=FAULT`)
    expect(faults.events.map((e: { type: string }) => e.type)).toEqual(['CLUSTER_STOP_SUCCEEDED'])
    const missing = await t.app.inject({ method: 'GET', url: `/v2/clusters/${clusterId}/jobs/nope` })
    expect(missing.statusCode).toBe(404)
    expect(missing.json().code).toBe('JOB_NOT_FOUND')
  })

  it('finishes a stop that a killed server left half done, when the next server starts', async () => {
    // What a server killed right after stopping the broker leaves: the first step done, the second running.
    const stored = await clustersRepository(t.db).get(clusterId)
    if (!stored) throw new Error('the local cluster is gone')
    await t.services.local.stopNodes(stored)
    const jobs = jobsRepository(t.db)
    const now = new Date().toISOString()
    await jobs.insert({
      jobId: 'killed-mid-stop',
      clusterId,
      type: 'SUSPEND_KAFKA_CLUSTER',
      state: 'RUNNING',
      progress: 50,
      createTime: now,
      startTime: now,
      endTime: null,
      sourceContext: { state: 'ACTIVE' },
      targetContext: { state: 'SUSPENDED' },
      error: null,
      errorStep: null,
      operations: [
        {
          operationId: 'k1',
          type: 'STOP_KAFKA_SERVICE',
          state: 'FINISHED',
          progress: 100,
          startTime: now,
          endTime: now,
          error: null,
        },
        {
          operationId: 'k2',
          type: 'UPDATE_METADATA_FOR_CLUSTER',
          state: 'RUNNING',
          progress: 0,
          startTime: now,
          endTime: null,
          error: null,
        },
      ],
    })
    await t.db
      .updateTable('clusters')
      .set({ state: 'UPDATING' })
      .where('cluster_id', '=', clusterId)
      .execute()
    await t.services.resumeJobs()
    expect(await finished('killed-mid-stop')).toMatchObject({ state: 'FINISHED', progress: 100 })
    expect(await clusterState()).toBe('SUSPENDED')
  })
})

describe('the logs of a node Ferry runs', () => {
  it('are listed, read from their tail and followed from where the last read stopped', async () => {
    const { files } = await get(`/v2/clusters/${clusterId}/nodes/1/logs`)
    expect(files.map((f: { name: string }) => f.name)).toContain('broker.log')
    const tail = await get(`/v2/clusters/${clusterId}/nodes/1/logs/broker.log?maxBytes=4096`)
    expect(tail.content).toMatch(/Kafka|INFO/)
    expect(tail.nextPosition).toBe(tail.size)
    const next = await get(`/v2/clusters/${clusterId}/nodes/1/logs/broker.log?position=${tail.nextPosition}`)
    expect(next.position).toBe(tail.nextPosition)
    const secret = await t.app.inject({
      method: 'GET',
      url: `/v2/clusters/${clusterId}/nodes/1/logs/server.properties`,
    })
    expect(secret.statusCode).toBe(404)
  })
})

describe('a cluster Ferry only connects to', () => {
  it('cannot be stopped, and its logs are not Ferry’s to read', async () => {
    const external = await t.registerCluster(inject('sharedKafka'), 'lifecycle-external')
    const res = await t.app.inject({ method: 'PUT', url: `/v2/clusters/${external}/stop` })
    expect(res.statusCode).toBe(409)
    expect(res.json().code).toBe('CLUSTER_NOT_MANAGED')
    const logs = await t.app.inject({ method: 'GET', url: `/v2/clusters/${external}/nodes/1/logs` })
    expect(logs.json().code).toBe('CLUSTER_NOT_MANAGED')
  })
})
