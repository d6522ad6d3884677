import { z } from 'zod'
import { KafkaPasswordSchema } from './cluster-create.ts'

/** How a user signs in. SCRAM users live in the cluster's metadata; PLAIN users only on local clusters. */
export const UserMechanismSchema = z
  .enum(['SCRAM-SHA-256', 'SCRAM-SHA-512', 'PLAIN'])
  .meta({ id: 'UserMechanism' })
export type UserMechanism = z.infer<typeof UserMechanismSchema>

export const KafkaUserSchema = z
  .object({
    username: z.string(),
    /** Every mechanism the user can sign in with, SCRAM first. */
    mechanisms: z.array(UserMechanismSchema),
    /** When Ferry created the user; null for users made outside Ferry. */
    createTime: z.iso.datetime().nullable(),
    /** Ferry itself connects as this user: it cannot be deleted or given a new password here. */
    usedByFerry: z.boolean(),
  })
  .meta({ id: 'User' })
export type KafkaUser = z.infer<typeof KafkaUserSchema>

export const UserListSchema = z.object({ users: z.array(KafkaUserSchema) }).meta({ id: 'UserList' })

export const CreateUserSchema = z
  .object({
    // The name's rules are checked by the server, which answers USER_NAME_INVALID as the reference does.
    username: z
      .string()
      .describe('Starts with a letter; 4–16 letters, digits or “_”. USER_NAME_INVALID otherwise.'),
    password: KafkaPasswordSchema,
    mechanisms: z
      .array(UserMechanismSchema)
      .min(1, 'Choose at least one mechanism.')
      .refine((list) => new Set(list).size === list.length, 'Each mechanism may be chosen once.')
      .optional()
      .describe(
        'Default: SCRAM-SHA-512 when the cluster has SASL/SCRAM, else PLAIN. PLAIN only on local clusters.',
      ),
  })
  .meta({ id: 'CreateUser' })
export type CreateUser = z.infer<typeof CreateUserSchema>

export const ResetUserPasswordSchema = z
  .object({ password: KafkaPasswordSchema.describe('The new password, for every mechanism the user has.') })
  .meta({ id: 'ResetUserPassword' })

export const UserParamsSchema = z.object({
  clusterId: z.string().min(1),
  username: z.string().min(1).max(255),
})

export const UserResultSchema = z.object({ username: z.string() }).meta({ id: 'UserResult' })
