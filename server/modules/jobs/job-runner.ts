import { randomUUID } from 'node:crypto'
import type { EventType } from '../../../contract/events.ts'
import type { JobType, OperationType } from '../../../contract/jobs.ts'
import type { EventsRepository } from '../../store/events-repository.ts'
import type { JobsRepository, StoredJob } from '../../store/jobs-repository.ts'

/**
 * What a job of one type does: its steps in order, each idempotent, since a server stopped in the middle
 * of one runs it again; and what to put right when a step fails.
 */
export interface JobDefinition {
  /** What the job does, for its events: "Stopping the cluster". */
  title: string
  /** The reference's events for the job starting, succeeding and failing. */
  events: { started: EventType; succeeded: EventType; failed: EventType }
  operations: OperationType[]
  /** `checkpoint` marks a point inside the step where a crash must be survivable too (the fault test kills there). */
  step(job: StoredJob, operation: OperationType, checkpoint: (label: string) => void): Promise<void>
  failed(job: StoredJob, error: string, operation: OperationType): Promise<void>
}

const nowIso = () => new Date().toISOString()
const message = (err: unknown) => (err instanceof Error ? err.message : String(err))

/**
 * Runs durable jobs: every state change of a job and of each of its steps is stored before the next
 * begins, so after a crash `resumeUnfinished` carries each job on from its first unfinished step, and
 * every job ends FINISHED or FAILED with the step and the reason.
 */
export interface JobInput {
  clusterId: string
  type: JobType
  sourceContext: Record<string, unknown>
  targetContext: Record<string, unknown>
}

/**
 * Called after every state change is stored, with a label such as `CREATE_KAFKA_CLUSTER:START_KAFKA_SERVICE:RUNNING`.
 * Production passes nothing; the crash test passes one that kills the process at a chosen label.
 */
export type Checkpoint = (label: string) => void

export class JobRunner {
  readonly #running = new Map<string, Promise<void>>()

  constructor(
    private readonly jobs: JobsRepository,
    private readonly definitions: Record<JobType, JobDefinition>,
    private readonly events: Pick<EventsRepository, 'record'>,
    private readonly log: { error(obj: unknown, msg: string): void },
    private readonly checkpoint: Checkpoint = () => {},
  ) {}

  /** Stores a new job with its steps, and starts it. */
  async submit(input: JobInput): Promise<StoredJob> {
    const job = this.plan(input)
    await this.jobs.insert(job)
    this.start(job.jobId)
    return job
  }

  /** A new job and its steps, not yet stored: for a caller that stores it with what it belongs to, then starts it. */
  plan(input: JobInput): StoredJob {
    return {
      jobId: randomUUID().replaceAll('-', ''),
      ...input,
      state: 'NEW',
      progress: 0,
      createTime: nowIso(),
      startTime: null,
      endTime: null,
      error: null,
      errorStep: null,
      operations: this.definitions[input.type].operations.map((type) => ({
        operationId: randomUUID().replaceAll('-', ''),
        type,
        state: 'NEW',
        progress: 0,
        startTime: null,
        endTime: null,
        error: null,
      })),
    }
  }

  /** Picks up the jobs a previous server left unfinished. */
  async resumeUnfinished(): Promise<void> {
    for (const job of await this.jobs.unfinished()) this.start(job.jobId)
  }

  /** Resolves when no job is running in this process (tests, shutdown). */
  async idle(): Promise<void> {
    while (this.#running.size > 0) await Promise.allSettled([...this.#running.values()])
  }

  /** Runs a stored job in the background; a job already running here is left alone. */
  start(jobId: string) {
    if (this.#running.has(jobId)) return
    const run = this.run(jobId)
      .catch((err) => this.log.error({ err, jobId }, 'job runner failed'))
      .finally(() => this.#running.delete(jobId))
    this.#running.set(jobId, run)
  }

  private async run(jobId: string): Promise<void> {
    const job = await this.jobs.get(jobId)
    if (!job) return
    const definition = this.definitions[job.type]
    const event = (type: EventType, message: string) =>
      this.events.record({ clusterId: job.clusterId, type, message, jobId })
    // A job resumed after a restart has already said it started.
    if (job.state === 'NEW') await event(definition.events.started, `${definition.title} started.`)
    await this.jobs.update(jobId, { state: 'RUNNING', startTime: job.startTime ?? nowIso() })
    const mark = (label: string) => this.checkpoint(`${job.type}:${label}`)
    mark('RUNNING')
    const total = job.operations.length
    for (const [index, operation] of job.operations.entries()) {
      if (operation.state === 'FINISHED') continue
      await this.jobs.updateOperation(operation.operationId, {
        state: 'RUNNING',
        startTime: operation.startTime ?? nowIso(),
        error: null,
      })
      mark(`${operation.type}:RUNNING`)
      try {
        await definition.step(job, operation.type, (label) => mark(`${operation.type}:${label}`))
      } catch (err) {
        const reason = message(err)
        const endTime = nowIso()
        await this.jobs.updateOperation(operation.operationId, { state: 'FAILED', endTime, error: reason })
        await this.jobs.update(jobId, { state: 'FAILED', endTime, error: reason, errorStep: operation.type })
        await event(definition.events.failed, `${definition.title} failed at ${operation.type}: ${reason}`)
        await definition
          .failed(job, reason, operation.type)
          .catch((e) => this.log.error({ err: e, jobId }, 'undo failed'))
        return
      }
      await this.jobs.updateOperation(operation.operationId, {
        state: 'FINISHED',
        progress: 100,
        endTime: nowIso(),
      })
      await this.jobs.update(jobId, { progress: Math.round(((index + 1) / total) * 100) })
      mark(`${operation.type}:FINISHED`)
    }
    await this.jobs.update(jobId, { state: 'FINISHED', progress: 100, endTime: nowIso() })
    await event(definition.events.succeeded, `${definition.title} succeeded.`)
    mark('FINISHED')
  }
}
