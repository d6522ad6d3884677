import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type JobType, JobTypeSchema, type OperationType } from '../../../contract/jobs.ts'
import { type Db, openDatabase } from '../../store/database.ts'
import { eventsRepository } from '../../store/events-repository.ts'
import { jobsRepository } from '../../store/jobs-repository.ts'
import { type JobDefinition, JobRunner } from './job-runner.ts'

let dir: string
let db: Db
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ferry-jobs-'))
  db = await openDatabase(dir)
})
afterAll(async () => {
  await db.destroy()
  rmSync(dir, { recursive: true, force: true })
})

const log = { error() {} }

/** A stop-like job whose steps are recorded, and whose second step fails while `failing` is set. */
function recording() {
  const calls: string[] = []
  const state = { failing: false }
  const definition: JobDefinition = {
    title: 'Stopping the cluster',
    events: {
      started: 'CLUSTER_STOP_STARTED',
      succeeded: 'CLUSTER_STOP_SUCCEEDED',
      failed: 'CLUSTER_STOP_FAILED',
    },
    operations: ['STOP_KAFKA_SERVICE', 'UPDATE_METADATA_FOR_CLUSTER'],
    async step(_job, operation: OperationType) {
      calls.push(operation)
      if (state.failing && operation === 'UPDATE_METADATA_FOR_CLUSTER')
        throw new Error('the store is read-only')
    },
    async failed(_job, error, operation) {
      calls.push(`undo ${operation}: ${error}`)
    },
  }
  const definitions = Object.fromEntries(JobTypeSchema.options.map((type) => [type, definition])) as Record<
    JobType,
    JobDefinition
  >
  return { calls, state, definitions }
}

const submit = (runner: JobRunner) =>
  runner.submit({
    clusterId: 'c1',
    type: 'SUSPEND_KAFKA_CLUSTER',
    sourceContext: { state: 'ACTIVE' },
    targetContext: { state: 'SUSPENDED' },
  })

describe('JobRunner', () => {
  it('runs the steps in order and stores every state, ending FINISHED at 100 %', async () => {
    const jobs = jobsRepository(db)
    const { calls, definitions } = recording()
    const runner = new JobRunner(jobs, definitions, eventsRepository(db), log)
    const job = await submit(runner)
    await runner.idle()
    expect(calls).toEqual(['STOP_KAFKA_SERVICE', 'UPDATE_METADATA_FOR_CLUSTER'])
    const stored = await jobs.get(job.jobId)
    expect(stored).toMatchObject({ state: 'FINISHED', progress: 100, error: null })
    expect(stored?.operations.map((o) => [o.type, o.state, o.progress])).toEqual([
      ['STOP_KAFKA_SERVICE', 'FINISHED', 100],
      ['UPDATE_METADATA_FOR_CLUSTER', 'FINISHED', 100],
    ])
    expect(stored?.startTime).not.toBeNull()
    expect(stored?.endTime).not.toBeNull()
    const { events } = await eventsRepository(db).page('c1', { maxKeys: 10 })
    expect(events.map((e) => [e.type, e.level, e.jobId])).toEqual([
      ['CLUSTER_STOP_SUCCEEDED', 'FAULT', job.jobId],
      ['CLUSTER_STOP_STARTED', 'NOTICE', job.jobId],
    ])
  })

  it('fails with the step and the reason, and undoes', async () => {
    const jobs = jobsRepository(db)
    const { calls, state, definitions } = recording()
    state.failing = true
    const runner = new JobRunner(jobs, definitions, eventsRepository(db), log)
    const job = await submit(runner)
    await runner.idle()
    expect(await jobs.get(job.jobId)).toMatchObject({
      state: 'FAILED',
      progress: 50,
      error: 'the store is read-only',
      errorStep: 'UPDATE_METADATA_FOR_CLUSTER',
    })
    expect(calls.at(-1)).toBe('undo UPDATE_METADATA_FOR_CLUSTER: the store is read-only')
    const { events } = await eventsRepository(db).page('c1', { maxKeys: 1, level: 'WARNING' })
    expect(events[0]).toMatchObject({
      type: 'CLUSTER_STOP_FAILED',
      message: 'Stopping the cluster failed at UPDATE_METADATA_FOR_CLUSTER: the store is read-only',
    })
  })

  it('carries a job a crashed server left RUNNING on from its first unfinished step', async () => {
    const jobs = jobsRepository(db)
    const { calls, definitions } = recording()
    // What a server killed during the second step leaves in the store.
    const job = {
      jobId: 'crashed',
      clusterId: 'c1',
      type: 'SUSPEND_KAFKA_CLUSTER' as const,
      state: 'RUNNING' as const,
      progress: 50,
      createTime: new Date().toISOString(),
      startTime: new Date().toISOString(),
      endTime: null,
      sourceContext: {},
      targetContext: {},
      error: null,
      errorStep: null,
      operations: [
        {
          operationId: 'op1',
          type: 'STOP_KAFKA_SERVICE' as const,
          state: 'FINISHED' as const,
          progress: 100,
          startTime: null,
          endTime: null,
          error: null,
        },
        {
          operationId: 'op2',
          type: 'UPDATE_METADATA_FOR_CLUSTER' as const,
          state: 'RUNNING' as const,
          progress: 0,
          startTime: null,
          endTime: null,
          error: null,
        },
      ],
    }
    await jobs.insert(job)
    const runner = new JobRunner(jobs, definitions, eventsRepository(db), log)
    await runner.resumeUnfinished()
    await runner.idle()
    expect(calls).toEqual(['UPDATE_METADATA_FOR_CLUSTER'])
    expect(await jobs.get('crashed')).toMatchObject({ state: 'FINISHED', progress: 100 })
    // It said it started before the crash; only its success is new.
    const ofJob = (await eventsRepository(db).page(null, { maxKeys: 100 })).events.filter(
      (e) => e.jobId === 'crashed',
    )
    expect(ofJob.map((e) => e.type)).toEqual(['CLUSTER_STOP_SUCCEEDED'])
    expect(await jobs.unfinished()).toEqual([])
  })

  it('pages jobs newest first with a marker, and filters by type and state', async () => {
    const jobs = jobsRepository(db)
    const first = await jobs.page('c1', { maxKeys: 2 })
    expect(first.jobs).toHaveLength(2)
    expect(first.isTruncated).toBe(true)
    const rest = await jobs.page('c1', { maxKeys: 2, marker: first.nextMarker ?? undefined })
    const all = [...first.jobs, ...rest.jobs]
    expect(new Set(all.map((j) => j.jobId)).size).toBe(3)
    expect(all.map((j) => j.createTime)).toEqual([...all.map((j) => j.createTime)].sort().reverse())
    expect((await jobs.page('c1', { maxKeys: 10, state: 'FAILED' })).jobs).toHaveLength(1)
    expect((await jobs.page(null, { maxKeys: 10, name: 'RESUME_KAFKA_CLUSTER' })).jobs).toHaveLength(0)
  })
})
