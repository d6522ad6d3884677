import { z } from 'zod'

export const AclResourceTypeSchema = z
  .enum(['TOPIC', 'GROUP', 'CLUSTER', 'TRANSACTIONAL_ID'])
  .meta({ id: 'AclResourceType' })
export type AclResourceType = z.infer<typeof AclResourceTypeSchema>

/** LITERAL: the name exactly, or `*` for every resource of the type. PREFIXED: every name that starts with it. */
export const AclPatternTypeSchema = z.enum(['LITERAL', 'PREFIXED']).meta({ id: 'AclPatternType' })
export type AclPatternType = z.infer<typeof AclPatternTypeSchema>

/** Kafka's own operations on the four resource types (token operations belong to resources Ferry leaves alone). */
export const KAFKA_ACL_OPERATIONS = [
  'ALL',
  'READ',
  'WRITE',
  'CREATE',
  'DELETE',
  'ALTER',
  'DESCRIBE',
  'CLUSTER_ACTION',
  'DESCRIBE_CONFIGS',
  'ALTER_CONFIGS',
  'IDEMPOTENT_WRITE',
] as const
export const KafkaAclOperationSchema = z.enum(KAFKA_ACL_OPERATIONS).meta({ id: 'KafkaAclOperation' })
export type KafkaAclOperation = z.infer<typeof KafkaAclOperationSchema>

/** The reference's operation types that stand for several Kafka operations. */
export const ACL_BUNDLES = ['PRODUCE', 'CONSUME'] as const

/** What a create or delete names: one of the reference's bundles, or one Kafka operation. */
export const AclOperationSchema = z
  .enum([...ACL_BUNDLES, ...KAFKA_ACL_OPERATIONS])
  .meta({ id: 'AclOperationType' })
export type AclOperation = z.infer<typeof AclOperationSchema>

export const AclPermissionTypeSchema = z.enum(['ALLOW', 'DENY']).meta({ id: 'AclPermissionType' })

/** The one name a CLUSTER resource has in Kafka. */
export const CLUSTER_RESOURCE_NAME = 'kafka-cluster'

/** The operations Kafka checks on each resource type, in the order the console lists them. */
export const OPERATIONS_BY_RESOURCE: Record<AclResourceType, KafkaAclOperation[]> = {
  TOPIC: ['READ', 'WRITE', 'CREATE', 'DELETE', 'ALTER', 'DESCRIBE', 'DESCRIBE_CONFIGS', 'ALTER_CONFIGS'],
  GROUP: ['READ', 'DESCRIBE', 'DELETE'],
  CLUSTER: [
    'CREATE',
    'ALTER',
    'DESCRIBE',
    'CLUSTER_ACTION',
    'DESCRIBE_CONFIGS',
    'ALTER_CONFIGS',
    'IDEMPOTENT_WRITE',
  ],
  TRANSACTIONAL_ID: ['WRITE', 'DESCRIBE'],
}

/**
 * The bundles as `kafka-acls --producer / --consumer` grant them, less CREATE on topics: publishing should not
 * let a client make topics. DESCRIBE comes along because clients look the resource up first.
 */
const BUNDLES: Record<(typeof ACL_BUNDLES)[number], Partial<Record<AclResourceType, KafkaAclOperation[]>>> = {
  PRODUCE: {
    TOPIC: ['WRITE', 'DESCRIBE'],
    TRANSACTIONAL_ID: ['WRITE', 'DESCRIBE'],
    CLUSTER: ['IDEMPOTENT_WRITE'],
  },
  CONSUME: { TOPIC: ['READ', 'DESCRIBE'], GROUP: ['READ'] },
}

/** The Kafka operations one requested operation stands for on a resource type; null when it has no meaning there. */
export function expandOperation(
  operation: AclOperation,
  resourceType: AclResourceType,
): KafkaAclOperation[] | null {
  if (operation === 'PRODUCE' || operation === 'CONSUME') return BUNDLES[operation][resourceType] ?? null
  return operation === 'ALL' || OPERATIONS_BY_RESOURCE[resourceType].includes(operation) ? [operation] : null
}

/** Every Kafka operation the requested ones stand for, each once; and those that do not apply to the type. */
export function expandOperations(
  operations: AclOperation[],
  resourceType: AclResourceType,
): { operations: KafkaAclOperation[]; unsupported: AclOperation[] } {
  const expanded = new Set<KafkaAclOperation>()
  const unsupported: AclOperation[] = []
  for (const operation of operations) {
    const kafka = expandOperation(operation, resourceType)
    if (kafka) for (const k of kafka) expanded.add(k)
    else unsupported.push(operation)
  }
  return { operations: [...expanded], unsupported }
}

/** The reference console's choices per type: 发布/订阅 on topics, 订阅 on groups, 幂等写 and 写 fixed. */
export const REFERENCE_OPERATIONS: Record<AclResourceType, AclOperation[]> = {
  TOPIC: ['PRODUCE', 'CONSUME'],
  GROUP: ['CONSUME'],
  CLUSTER: ['IDEMPOTENT_WRITE'],
  TRANSACTIONAL_ID: ['WRITE'],
}

/** Every operation a create form offers for a type: the reference's choices first, then Kafka's own, then ALL. */
export function operationChoices(resourceType: AclResourceType): AclOperation[] {
  const reference = REFERENCE_OPERATIONS[resourceType]
  const kafka = OPERATIONS_BY_RESOURCE[resourceType].filter((op) => !reference.includes(op))
  return [...reference, ...kafka, 'ALL']
}

export const PrincipalSchema = z
  .string()
  .trim()
  .regex(/^User:\S(.*\S)?$/, 'Write the principal as User:name, or User:* for every user.')

const IPV4 = /^(25[0-5]|2[0-4]\d|1?\d?\d)(\.(25[0-5]|2[0-4]\d|1?\d?\d)){3}$/
const IPV6 = /^[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*$/

/** Kafka matches an ACL's host against the client's IP address: `*`, or one address. */
export const AclHostSchema = z
  .string()
  .trim()
  .refine((h) => h === '*' || IPV4.test(h) || IPV6.test(h), 'Use * for any host, or one IP address.')

/** `User:alice` from the reference's `username` or Ferry's `principal`, whichever was given. */
export function principalOf(input: { principal?: string; username?: string }): string {
  if (input.principal) return input.principal
  return `User:${input.username ?? ''}`
}

/** `alice` from `User:alice`; other principal types keep their prefix. */
export function usernameOf(principal: string): string {
  return principal.startsWith('User:') ? principal.slice('User:'.length) : principal
}

const who = {
  principal: PrincipalSchema.optional().describe('User:name, or User:* for every user.'),
  username: z.string().trim().min(1).optional().describe('The reference’s form: the name without User:.'),
}

function checkWho(body: { principal?: string; username?: string }, ctx: z.RefinementCtx) {
  if (!body.principal && !body.username)
    ctx.addIssue({ code: 'custom', path: ['principal'], message: 'Choose a user.' })
  if (body.principal && body.username && body.principal !== `User:${body.username}`)
    ctx.addIssue({
      code: 'custom',
      path: ['username'],
      message: 'Give the user once: principal or username.',
    })
}

function checkResource(
  body: { resourceType: AclResourceType; patternType: AclPatternType; resourceName?: string },
  ctx: z.RefinementCtx,
) {
  if (body.resourceType === 'CLUSTER') {
    if (body.resourceName !== undefined && body.resourceName !== CLUSTER_RESOURCE_NAME)
      ctx.addIssue({
        code: 'custom',
        path: ['resourceName'],
        message: 'A cluster is always named kafka-cluster.',
      })
    if (body.patternType !== 'LITERAL')
      ctx.addIssue({ code: 'custom', path: ['patternType'], message: 'A cluster is matched literally.' })
  } else if (!body.resourceName) {
    ctx.addIssue({ code: 'custom', path: ['resourceName'], message: 'Enter a resource name or prefix.' })
  }
}

function checkOperations(operations: AclOperation[], resourceType: AclResourceType, ctx: z.RefinementCtx) {
  const { unsupported } = expandOperations(operations, resourceType)
  if (unsupported.length > 0)
    ctx.addIssue({
      code: 'custom',
      path: ['operations'],
      message: `${unsupported.join(', ')} does not apply to ${resourceType}.`,
    })
}

const resourceName = z
  .string()
  .trim()
  .min(1, 'Enter a resource name or prefix.')
  .max(255, 'At most 255 characters.')

export const CreateAclSchema = z
  .object({
    ...who,
    resourceType: AclResourceTypeSchema,
    patternType: AclPatternTypeSchema.default('LITERAL'),
    resourceName: resourceName.optional().describe('Left out for CLUSTER, which is always kafka-cluster.'),
    operations: z
      .array(AclOperationSchema)
      .min(1, 'Choose at least one operation.')
      .describe('PRODUCE and CONSUME stand for the Kafka operations they need; each becomes its own ACL.'),
    host: AclHostSchema.default('*'),
    permissionType: AclPermissionTypeSchema.default('ALLOW'),
  })
  .superRefine((body, ctx) => {
    checkWho(body, ctx)
    checkResource(body, ctx)
    checkOperations(body.operations, body.resourceType, ctx)
  })
  .meta({ id: 'CreateAcl' })
export type CreateAcl = z.output<typeof CreateAclSchema>
export type CreateAclInput = z.input<typeof CreateAclSchema>

export const DeleteAclQuerySchema = z
  .object({
    ...who,
    resourceType: AclResourceTypeSchema,
    patternType: AclPatternTypeSchema,
    resourceName,
    operation: AclOperationSchema.describe('A bundle deletes every ACL it stands for.'),
    host: AclHostSchema.default('*'),
    permissionType: AclPermissionTypeSchema.default('ALLOW'),
  })
  .superRefine((query, ctx) => {
    checkWho(query, ctx)
    checkResource(query, ctx)
    checkOperations([query.operation], query.resourceType, ctx)
  })
export type DeleteAclQuery = z.output<typeof DeleteAclQuerySchema>

export const ListAclsQuerySchema = z.object({
  principal: z.string().trim().optional().describe('Exactly this principal, e.g. User:alice.'),
  username: z.string().trim().optional().describe('Exactly this user name.'),
  resourceType: AclResourceTypeSchema.optional(),
  patternType: AclPatternTypeSchema.optional(),
  resourceName: z.string().trim().optional().describe('Resources whose name contains this text.'),
})
export type ListAclsQuery = z.output<typeof ListAclsQuerySchema>

export const AclSchema = z
  .object({
    principal: z.string(),
    /** The principal's name, as the reference lists it. */
    username: z.string(),
    resourceType: AclResourceTypeSchema,
    resourceName: z.string(),
    patternType: AclPatternTypeSchema,
    operation: KafkaAclOperationSchema,
    host: z.string(),
    permissionType: AclPermissionTypeSchema,
  })
  .meta({ id: 'Acl' })
export type Acl = z.infer<typeof AclSchema>

export const AclListSchema = z.object({ acls: z.array(AclSchema) }).meta({ id: 'AclList' })

export const AclChangeResultSchema = z
  .object({ username: z.string(), principal: z.string(), acls: z.array(AclSchema) })
  .meta({ id: 'AclChangeResult' })

export const EffectivePermissionsQuerySchema = z
  .object({
    ...who,
    resourceType: AclResourceTypeSchema,
    resourceName,
    host: AclHostSchema.optional().describe(
      'The client’s IP address; left out, only ACLs for any host (*) count.',
    ),
  })
  .superRefine(checkWho)
export type EffectivePermissionsQuery = z.output<typeof EffectivePermissionsQuerySchema>

export const PermissionReasonSchema = z
  .enum(['SUPER_USER', 'ALLOW_ACL', 'DENY_ACL', 'NO_ALLOW_ACL', 'NO_ACL_ON_RESOURCE'])
  .meta({ id: 'PermissionReason' })
export type PermissionReason = z.infer<typeof PermissionReasonSchema>

export const EffectivePermissionsSchema = z
  .object({
    principal: z.string(),
    resourceType: AclResourceTypeSchema,
    resourceName: z.string(),
    host: z.string(),
    superUser: z.boolean(),
    /** super.users as the brokers report it; null when they would not say. */
    superUsers: z.array(z.string()).nullable(),
    /** allow.everyone.if.no.acl.found as the brokers report it; null when they would not say. */
    allowEveryoneIfNoAclFound: z.boolean().nullable(),
    operations: z.array(
      z.object({
        operation: KafkaAclOperationSchema,
        allowed: z.boolean(),
        /** What decided it; `acl` is the ACL that did, for ALLOW_ACL and DENY_ACL. */
        reason: PermissionReasonSchema,
        acl: AclSchema.nullable(),
      }),
    ),
  })
  .meta({ id: 'EffectivePermissions' })
export type EffectivePermissions = z.infer<typeof EffectivePermissionsSchema>
