import { z } from 'zod'

/** The reference's JobStatus, shared by jobs and their operations. */
export const JobStateSchema = z
  .enum(['NEW', 'PENDING', 'RUNNING', 'SUSPENDED', 'CANCELLED', 'FINISHED', 'FAILED'])
  .meta({ id: 'JobState' })
export type JobState = z.infer<typeof JobStateSchema>

/**
 * The reference's JobType codes Ferry runs, plus two of its own: the reference creates and releases clusters
 * through orders, Ferry through jobs like any other change.
 */
export const JobTypeSchema = z
  .enum([
    'CREATE_KAFKA_CLUSTER',
    'RELEASE_KAFKA_CLUSTER',
    'SUSPEND_KAFKA_CLUSTER',
    'RESUME_KAFKA_CLUSTER',
    'RESTART_BROKER',
    'INCREASE_BROKER_COUNT',
  ])
  .meta({ id: 'JobType' })
export type JobType = z.infer<typeof JobTypeSchema>

/** Steps of a job, named after the reference's operation groups. */
export const OperationTypeSchema = z
  .enum([
    'INIT_DEPLOY_ENVIRONMENT',
    'CONFIG_KAFKA_SERVICE',
    'STOP_KAFKA_SERVICE',
    'START_KAFKA_SERVICE',
    'RESTART_KAFKA_SERVICE',
    'TOPIC_REASSIGN_PARTITION',
    'RELEASE_ALL_RESOURCE',
    'UPDATE_METADATA_FOR_CLUSTER',
  ])
  .meta({ id: 'OperationType' })
export type OperationType = z.infer<typeof OperationTypeSchema>

export const OperationSchema = z
  .object({
    operationId: z.string(),
    type: OperationTypeSchema,
    state: JobStateSchema,
    /** 0–100. */
    progress: z.number().int(),
    startTime: z.iso.datetime().nullable(),
    endTime: z.iso.datetime().nullable(),
    /** Why the step failed, in words. */
    error: z.string().nullable(),
  })
  .meta({ id: 'Operation' })

export const JobSchema = z
  .object({
    jobId: z.string(),
    clusterId: z.string(),
    type: JobTypeSchema,
    state: JobStateSchema,
    progress: z.number().int(),
    createTime: z.iso.datetime(),
    startTime: z.iso.datetime().nullable(),
    endTime: z.iso.datetime().nullable(),
    /** The cluster before and after, as the job sees it (e.g. its state). */
    sourceContext: z.record(z.string(), z.unknown()),
    targetContext: z.record(z.string(), z.unknown()),
    /** Why the job failed, and in which step. */
    error: z.string().nullable(),
    errorStep: OperationTypeSchema.nullable(),
    operations: z.array(OperationSchema),
  })
  .meta({ id: 'Job' })
export type Job = z.infer<typeof JobSchema>

export const ListJobsQuerySchema = z.object({
  marker: z.string().optional().describe('Start the page at this job ID (a previous answer’s nextMarker).'),
  maxKeys: z.coerce.number().int().min(1).max(1000).default(1000).describe('Page size, at most 1000.'),
  name: JobTypeSchema.optional().describe('Only jobs of this type.'),
  state: JobStateSchema.optional(),
})
export type ListJobsQuery = z.output<typeof ListJobsQuerySchema>

export const JobListSchema = z
  .object({
    jobs: z.array(JobSchema),
    marker: z.string().nullable(),
    maxKeys: z.number().int(),
    isTruncated: z.boolean(),
    nextMarker: z.string().nullable(),
  })
  .meta({ id: 'JobList' })

export const JobParamsSchema = z.object({ clusterId: z.string().min(1), jobId: z.string().min(1) })

export const ClusterJobSchema = z
  .object({ clusterId: z.string(), jobId: z.string() })
  .meta({ id: 'ClusterJob' })
