import { z } from 'zod'

export const StoragePolicySchema = z
  .object({
    type: z.literal('AUTO_DELETE'),
    autoDelete: z.object({
      diskUsedThresholdPercent: z.number().int().min(50, 'At least 50%.').max(95, 'At most 95%.'),
      logMinRetentionMs: z.number().int().min(60_000, 'At least one minute.'),
      logMinRetentionBytes: z.number().int().min(0),
    }),
  })
  .meta({ id: 'StoragePolicy' })
export type StoragePolicy = z.infer<typeof StoragePolicySchema>

export const StorageMetaSchema = z
  .object({
    /** The local provider's disk is the host's; capacity is a budget Ferry measures use against. */
    storageType: z.literal('LOCAL_DISK').default('LOCAL_DISK'),
    /** GB per node. */
    storageSize: z.number().int().min(1, 'At least 1 GB.').max(16_000, 'At most 16,000 GB.'),
    numberOfDisk: z.literal(1).default(1),
  })
  .meta({ id: 'StorageMeta' })

export const ConfigMetaSchema = z
  .object({
    configId: z.null().optional(),
    revisionId: z.null().optional(),
    /** Broker settings on top of the defaults, e.g. {"log.retention.hours": "24"}. */
    context: z
      .record(
        z.string(),
        z
          .string()
          .max(1024)
          .regex(/^[^\r\n]*$/, 'One line only.'),
      )
      .default({}),
  })
  .meta({ id: 'ConfigMeta' })

/** How a cluster Ferry runs was provisioned, as the detail shows it; secrets left out. */
export const ProvisionedViewSchema = z
  .object({
    nodeType: z.string(),
    numberOfBrokerNodesPerZone: z.number().int(),
    storageMeta: StorageMetaSchema,
    storagePolicyEnabled: z.boolean(),
    storagePolicy: StoragePolicySchema.nullable(),
    configMeta: ConfigMetaSchema,
  })
  .meta({ id: 'ProvisionedView' })
export type ProvisionedView = z.infer<typeof ProvisionedViewSchema>
