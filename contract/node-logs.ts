import { z } from 'zod'

export const NodeLogsParamsSchema = z.object({
  clusterId: z.string().min(1),
  brokerId: z.coerce.number().int().min(0),
})

export const NodeLogParamsSchema = NodeLogsParamsSchema.extend({ fileName: z.string().min(1).max(64) })

export const ReadLogQuerySchema = z.object({
  position: z.coerce
    .number()
    .int()
    .min(0)
    .optional()
    .describe('Byte to start at; the file’s tail when absent.'),
  maxBytes: z.coerce
    .number()
    .int()
    .min(1)
    .max(1024 * 1024)
    .default(64 * 1024),
})

export const LogFileListSchema = z
  .object({
    files: z.array(z.object({ name: z.string(), size: z.number().int(), modifiedTime: z.iso.datetime() })),
  })
  .meta({ id: 'LogFileList' })

export const LogChunkSchema = z
  .object({
    name: z.string(),
    /** The file's size now. */
    size: z.number().int(),
    position: z.number().int(),
    /** Ask again from here to follow the log. */
    nextPosition: z.number().int(),
    content: z.string(),
  })
  .meta({ id: 'LogChunk' })
