import { z } from 'zod'

/**
 * What a role may do, mirroring the reference's access policies (§18): three system policies over everything,
 * and resource-level write rights on all or chosen clusters. Every signed-in account may read.
 */
export const PermissionSchema = z
  .enum([
    'FULL_CONTROL',
    'OPERATE',
    'READ_ONLY',
    'CLUSTER_WRITE',
    'TOPIC_WRITE',
    'CONSUMER_GROUP_WRITE',
    'USER_WRITE',
  ])
  .meta({ id: 'Permission' })
export type Permission = z.infer<typeof PermissionSchema>

export const GrantSchema = z
  .object({
    permission: PermissionSchema,
    /** The clusters a resource-level right covers; null: every cluster. The system policies ignore it. */
    clusterIds: z.array(z.string().min(1)).max(100).nullable(),
  })
  .meta({ id: 'Grant' })
export type Grant = z.infer<typeof GrantSchema>

const roleFields = {
  name: z.string().trim().min(1, 'Enter a name.').max(65, 'At most 65 characters.'),
  description: z.string().max(255).default(''),
  grants: z.array(GrantSchema).max(20),
}
export const RoleRequestSchema = z.object(roleFields).meta({ id: 'RoleRequest' })
export const RoleSchema = z
  .object({
    ...roleFields,
    roleId: z.string(),
    /** The three system roles cannot be changed or deleted. */
    builtin: z.boolean(),
  })
  .meta({ id: 'Role' })
export type Role = z.infer<typeof RoleSchema>
export const RoleListSchema = z.object({ roles: z.array(RoleSchema) }).meta({ id: 'RoleList' })
export const RoleParamsSchema = z.object({ roleId: z.string().min(1) })

export const AccountNameSchema = z
  .string()
  .regex(/^[A-Za-z][A-Za-z0-9_.-]{2,31}$/, 'Start with a letter; 3–32 letters, digits, “_”, “.” or “-”.')

/** Console passwords: long rather than clever, as NIST 800-63B advises. */
export const AccountPasswordSchema = z
  .string()
  .min(10, 'At least 10 characters.')
  .max(128, 'At most 128 characters.')

export const AccountSchema = z
  .object({
    username: z.string(),
    roleId: z.string(),
    roleName: z.string(),
    disabled: z.boolean(),
    /** Set for the first administrator's one-time password and after an administrator resets it. */
    mustChangePassword: z.boolean(),
    lockedUntil: z.iso.datetime().nullable(),
    createTime: z.iso.datetime(),
    lastSignIn: z.iso.datetime().nullable(),
  })
  .meta({ id: 'Account' })
export const AccountListSchema = z.object({ accounts: z.array(AccountSchema) }).meta({ id: 'AccountList' })
export const AccountParamsSchema = z.object({ username: z.string().min(1) })

export const CreateAccountSchema = z
  .object({ username: AccountNameSchema, password: AccountPasswordSchema, roleId: z.string().min(1) })
  .meta({ id: 'CreateAccount' })
export const UpdateAccountSchema = z
  .object({ roleId: z.string().min(1), disabled: z.boolean() })
  .meta({ id: 'UpdateAccount' })
export const ResetAccountPasswordSchema = z
  .object({ password: AccountPasswordSchema })
  .meta({ id: 'ResetAccountPassword' })

export const LoginSchema = z
  .object({ username: z.string().min(1).max(64), password: z.string().min(1).max(128) })
  .meta({ id: 'Login' })

/** Who is signed in, and the token to echo in X-CSRF-Token on every change made with the session cookie. */
export const SessionSchema = z
  .object({
    username: z.string(),
    role: RoleSchema,
    mustChangePassword: z.boolean(),
    csrfToken: z.string(),
    expireTime: z.iso.datetime(),
  })
  .meta({ id: 'Session' })

export const ChangePasswordSchema = z
  .object({ currentPassword: z.string().min(1).max(128), newPassword: AccountPasswordSchema })
  .refine((b) => b.newPassword !== b.currentPassword, {
    message: 'Choose a password different from the current one.',
    path: ['newPassword'],
  })
  .meta({ id: 'ChangePassword' })

export const ApiTokenSchema = z
  .object({
    tokenId: z.string(),
    name: z.string(),
    username: z.string(),
    roleId: z.string(),
    roleName: z.string(),
    createTime: z.iso.datetime(),
    expireTime: z.iso.datetime().nullable(),
    lastUsed: z.iso.datetime().nullable(),
    revokedTime: z.iso.datetime().nullable(),
  })
  .meta({ id: 'ApiToken' })
export const ApiTokenListSchema = z.object({ tokens: z.array(ApiTokenSchema) }).meta({ id: 'ApiTokenList' })
export const CreateApiTokenSchema = z
  .object({
    name: z.string().trim().min(1, 'Enter a name.').max(65),
    /** The token's role; it can never do more than its owner's role allows. */
    roleId: z.string().min(1),
    expiresInDays: z.number().int().min(1).max(3650).nullable().default(90),
  })
  .meta({ id: 'CreateApiToken' })
/** The secret is in this answer only: Ferry keeps its hash. */
export const CreatedApiTokenSchema = ApiTokenSchema.extend({ token: z.string() }).meta({
  id: 'CreatedApiToken',
})
export const TokenParamsSchema = z.object({ tokenId: z.string().min(1) })

export const AuditOutcomeSchema = z.enum(['SUCCESS', 'DENIED', 'FAILED']).meta({ id: 'AuditOutcome' })

export const AuditRecordSchema = z
  .object({
    auditId: z.string(),
    time: z.iso.datetime(),
    /** The account (or its token's owner); `anonymous` before sign-in. */
    actor: z.string(),
    /** How the actor signed the call: a session, an API token (its ID), or nothing. */
    via: z.string(),
    /** The API operation, e.g. createTopic. */
    action: z.string(),
    resourceType: z.string(),
    /** What the call acted on, e.g. the cluster ID and topic name. */
    target: z.string(),
    clusterId: z.string().nullable(),
    requestId: z.string(),
    outcome: AuditOutcomeSchema,
    status: z.number().int(),
    ip: z.string(),
  })
  .meta({ id: 'AuditRecord' })

export const ListAuditQuerySchema = z.object({
  marker: z.string().optional(),
  maxKeys: z.coerce.number().int().min(1).max(1000).default(100),
  actor: z.string().optional(),
  action: z.string().optional(),
  resourceType: z.string().optional(),
  outcome: AuditOutcomeSchema.optional(),
  start: z.iso.datetime().optional(),
  end: z.iso.datetime().optional(),
})
export type ListAuditQuery = z.output<typeof ListAuditQuerySchema>

export const AuditListSchema = z
  .object({
    records: z.array(AuditRecordSchema),
    marker: z.string().nullable(),
    maxKeys: z.number().int(),
    isTruncated: z.boolean(),
    nextMarker: z.string().nullable(),
  })
  .meta({ id: 'AuditList' })

/** A client-side export of query results, reported so the audit trail has it. */
export const MessageExportSchema = z
  .object({
    topicName: z.string().min(1).max(249),
    messages: z.number().int().min(0),
    format: z.enum(['json', 'csv']),
  })
  .meta({ id: 'MessageExport' })
