import type { Job, JobState, JobType, ListJobsQuery, OperationType } from '../../contract/jobs.ts'
import type { Db } from './database.ts'
import type { JobOperationRow, JobRow } from './schema.ts'

export type StoredJob = Job

export type JobPatch = Partial<
  Pick<Job, 'state' | 'progress' | 'startTime' | 'endTime' | 'targetContext' | 'error' | 'errorStep'>
>
export type OperationPatch = Partial<
  Pick<Job['operations'][number], 'state' | 'progress' | 'startTime' | 'endTime' | 'error'>
>

const UNFINISHED: JobState[] = ['NEW', 'PENDING', 'RUNNING']

function toJob(row: JobRow, operations: JobOperationRow[]): StoredJob {
  return {
    jobId: row.job_id,
    clusterId: row.cluster_id,
    type: row.type as JobType,
    state: row.state as JobState,
    progress: row.progress,
    createTime: row.create_time,
    startTime: row.start_time,
    endTime: row.end_time,
    sourceContext: JSON.parse(row.source_context),
    targetContext: JSON.parse(row.target_context),
    error: row.error,
    errorStep: row.error_step as OperationType | null,
    operations: operations
      .sort((a, b) => a.seq - b.seq)
      .map((o) => ({
        operationId: o.operation_id,
        type: o.type as OperationType,
        state: o.state as JobState,
        progress: o.progress,
        startTime: o.start_time,
        endTime: o.end_time,
        error: o.error,
      })),
  }
}

export function jobsRepository(db: Db) {
  async function withOperations(rows: JobRow[]): Promise<StoredJob[]> {
    if (rows.length === 0) return []
    const operations = await db
      .selectFrom('job_operations')
      .selectAll()
      .where(
        'job_id',
        'in',
        rows.map((r) => r.job_id),
      )
      .execute()
    return rows.map((row) =>
      toJob(
        row,
        operations.filter((o) => o.job_id === row.job_id),
      ),
    )
  }

  return {
    /** Stores a new job and its operations in one transaction: a job is never seen without its steps. */
    async insert(job: StoredJob): Promise<void> {
      // Inside a caller's transaction (a cluster created with its job), that one holds it together.
      const inTransaction = db.isTransaction
        ? (work: (tx: Db) => Promise<void>) => work(db)
        : (work: (tx: Db) => Promise<void>) => db.transaction().execute(work)
      await inTransaction(async (tx) => {
        await tx
          .insertInto('jobs')
          .values({
            job_id: job.jobId,
            cluster_id: job.clusterId,
            type: job.type,
            state: job.state,
            progress: job.progress,
            create_time: job.createTime,
            start_time: job.startTime,
            end_time: job.endTime,
            source_context: JSON.stringify(job.sourceContext),
            target_context: JSON.stringify(job.targetContext),
            error: job.error,
            error_step: job.errorStep,
          })
          .execute()
        await tx
          .insertInto('job_operations')
          .values(
            job.operations.map((o, seq) => ({
              operation_id: o.operationId,
              job_id: job.jobId,
              seq,
              type: o.type,
              state: o.state,
              progress: o.progress,
              start_time: o.startTime,
              end_time: o.endTime,
              error: o.error,
            })),
          )
          .execute()
      })
    },

    async get(jobId: string): Promise<StoredJob | undefined> {
      const row = await db.selectFrom('jobs').selectAll().where('job_id', '=', jobId).executeTakeFirst()
      return row ? (await withOperations([row]))[0] : undefined
    },

    async update(jobId: string, patch: JobPatch): Promise<void> {
      const row: Partial<JobRow> = {}
      if (patch.state !== undefined) row.state = patch.state
      if (patch.progress !== undefined) row.progress = patch.progress
      if (patch.startTime !== undefined) row.start_time = patch.startTime
      if (patch.endTime !== undefined) row.end_time = patch.endTime
      if (patch.targetContext !== undefined) row.target_context = JSON.stringify(patch.targetContext)
      if (patch.error !== undefined) row.error = patch.error
      if (patch.errorStep !== undefined) row.error_step = patch.errorStep
      await db.updateTable('jobs').set(row).where('job_id', '=', jobId).execute()
    },

    async updateOperation(operationId: string, patch: OperationPatch): Promise<void> {
      const row: Partial<JobOperationRow> = {}
      if (patch.state !== undefined) row.state = patch.state
      if (patch.progress !== undefined) row.progress = patch.progress
      if (patch.startTime !== undefined) row.start_time = patch.startTime
      if (patch.endTime !== undefined) row.end_time = patch.endTime
      if (patch.error !== undefined) row.error = patch.error
      await db.updateTable('job_operations').set(row).where('operation_id', '=', operationId).execute()
    },

    /** Jobs a server stopped in the middle of: they are run again from their first unfinished step. */
    async unfinished(): Promise<StoredJob[]> {
      const rows = await db
        .selectFrom('jobs')
        .selectAll()
        .where('state', 'in', UNFINISHED)
        .orderBy('create_time')
        .execute()
      return withOperations(rows)
    },

    /** Whether a cluster has a job still to finish (one change at a time per cluster). */
    async runningFor(clusterId: string): Promise<StoredJob | undefined> {
      const row = await db
        .selectFrom('jobs')
        .selectAll()
        .where('cluster_id', '=', clusterId)
        .where('state', 'in', UNFINISHED)
        .executeTakeFirst()
      return row ? (await withOperations([row]))[0] : undefined
    },

    /** Newest first; the marker is the job ID a page starts at. */
    async page(clusterId: string | null, query: ListJobsQuery) {
      let q = db.selectFrom('jobs').selectAll()
      if (clusterId !== null) q = q.where('cluster_id', '=', clusterId)
      if (query.name) q = q.where('type', '=', query.name)
      if (query.state) q = q.where('state', '=', query.state)
      if (query.marker) {
        const start = await db
          .selectFrom('jobs')
          .select(['create_time', 'job_id'])
          .where('job_id', '=', query.marker)
          .executeTakeFirst()
        if (start) {
          q = q.where((eb) =>
            eb.or([
              eb('create_time', '<', start.create_time),
              eb.and([eb('create_time', '=', start.create_time), eb('job_id', '<=', start.job_id)]),
            ]),
          )
        }
      }
      const rows = await q
        .orderBy('create_time', 'desc')
        .orderBy('job_id', 'desc')
        .limit(query.maxKeys + 1)
        .execute()
      const more = rows.length > query.maxKeys
      const shown = rows.slice(0, query.maxKeys)
      return {
        jobs: await withOperations(shown),
        marker: query.marker ?? null,
        maxKeys: query.maxKeys,
        isTruncated: more,
        nextMarker: more ? (rows[query.maxKeys]?.job_id ?? null) : null,
      }
    },
  }
}

export type JobsRepository = ReturnType<typeof jobsRepository>
