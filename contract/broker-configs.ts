import { z } from 'zod'

/** One config of a broker or a topic, as Kafka resolves it. */
export const ConfigEntrySchema = z
  .object({
    name: z.string(),
    /** null for sensitive configs, which are never returned, and for unset ones. */
    value: z.string().nullable(),
    source: z.enum([
      'DEFAULT',
      'STATIC',
      'DYNAMIC_TOPIC',
      'DYNAMIC_BROKER',
      'DYNAMIC_CLUSTER_DEFAULT',
      'OTHER',
    ]),
    readOnly: z.boolean(),
    sensitive: z.boolean(),
    documentation: z.string().nullable(),
  })
  .meta({ id: 'ConfigEntry' })
export type ConfigEntry = z.infer<typeof ConfigEntrySchema>

export const ConfigListSchema = z.object({ configs: z.array(ConfigEntrySchema) }).meta({ id: 'ConfigList' })

export const NodeParamsSchema = z.object({
  clusterId: z.string().min(1),
  brokerId: z.coerce.number().int().min(0),
})

/** Kafka config names: dotted lower-case words, as in `log.retention.ms`. */
export const ConfigNameSchema = z
  .string()
  .trim()
  .regex(/^[a-z0-9]+([._-][a-z0-9]+)*$/, 'A config name is dotted lower-case words, e.g. log.retention.ms.')

export const UpdateClusterConfigsSchema = z
  .object({
    configs: z
      .array(
        z.object({
          name: ConfigNameSchema,
          /** null removes the cluster-wide value, so brokers fall back to their own or the default. */
          value: z.string().max(4096).nullable(),
        }),
      )
      .min(1, 'Change at least one config.')
      .max(50),
  })
  .meta({ id: 'UpdateClusterConfigs' })
