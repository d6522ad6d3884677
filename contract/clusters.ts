import { z } from 'zod'
import { ProvisionedViewSchema } from './provisioned.ts'

export const ClusterStateSchema = z
  .enum([
    'NEW',
    'DEPLOYING',
    'REBOOTING',
    'ACTIVE',
    'DEPLOY_FAILED',
    'UPDATING',
    'UPDATE_ROLLBACKING',
    'UPDATE_ROLLBACK_FAILED',
    'SUSPENDED',
  ])
  .meta({ id: 'ClusterState' })
export type ClusterState = z.infer<typeof ClusterStateSchema>

export const ProviderSchema = z.enum(['local', 'external']).meta({ id: 'Provider' })
export const SecurityProtocolSchema = z
  .enum(['PLAINTEXT', 'SASL_PLAINTEXT', 'SSL', 'SASL_SSL'])
  .meta({ id: 'SecurityProtocol' })
export type SecurityProtocol = z.infer<typeof SecurityProtocolSchema>
export const SaslMechanismSchema = z
  .enum(['PLAIN', 'SCRAM-SHA-256', 'SCRAM-SHA-512'])
  .meta({ id: 'SaslMechanism' })
export const AuthenticationModeSchema = z
  .enum(['NONE', 'SASL_SCRAM', 'SASL_PLAIN', 'SSL'])
  .meta({ id: 'AuthenticationMode' })

// The reference's tag characters: letters, digits, Chinese, and `-_ /.`.
const TAG_TEXT = /^[A-Za-z0-9\u4e00-\u9fa5\-_ /.]*$/
const TAG_RULE = 'Use letters, digits, Chinese and “-_ /.” only.'

export const TagSchema = z
  .object({
    tagKey: z.string().min(1, 'Enter a key.').max(65, 'At most 65 characters.').regex(TAG_TEXT, TAG_RULE),
    tagValue: z.string().max(65, 'At most 65 characters.').regex(TAG_TEXT, TAG_RULE),
  })
  .meta({ id: 'Tag' })

export const ClusterSchema = z
  .object({
    clusterId: z.string(),
    name: z.string(),
    type: z.literal('PROVISIONED'),
    mode: z.enum(['HP', 'HA']),
    state: ClusterStateSchema,
    /** Why the cluster is in its state, when that needs saying (a failed deploy, an unreachable broker). */
    stateReason: z.string().nullable(),
    provider: ProviderSchema,
    /** The broker version; null when an external cluster does not tell. */
    kafkaVersion: z.string().nullable(),
    numberOfBrokerNodes: z.number().int(),
    logicalZones: z.array(z.string()),
    authenticationModes: z.array(AuthenticationModeSchema),
    aclEnabled: z.boolean(),
    publicIpEnabled: z.boolean(),
    tags: z.array(TagSchema),
    createTime: z.iso.datetime(),
  })
  .meta({ id: 'Cluster' })
export type Cluster = z.infer<typeof ClusterSchema>

export const ClusterDetailSchema = ClusterSchema.extend({
  /** The id Kafka itself reports (KRaft cluster id). */
  kafkaClusterId: z.string().nullable(),
  /** How Ferry connects. The password is never returned. */
  connection: z.object({
    bootstrapServers: z.string(),
    securityProtocol: SecurityProtocolSchema,
    saslMechanism: SaslMechanismSchema.nullable(),
    username: z.string().nullable(),
    hasCaCertificate: z.boolean(),
  }),
  /** How Ferry provisioned the cluster; null for an external one. */
  provisioned: ProvisionedViewSchema.nullable(),
}).meta({ id: 'ClusterDetail' })
export type ClusterDetail = z.infer<typeof ClusterDetailSchema>

const maxKeys = z.coerce.number().int().min(1).max(1000).default(1000)

export const ListClustersQuerySchema = z.object({
  marker: z
    .string()
    .optional()
    .describe('Start the page at this cluster ID (a previous answer’s nextMarker).'),
  maxKeys: maxKeys.describe('Page size, at most 1000.'),
  clusterName: z.string().optional().describe('Fuzzy match on the cluster name.'),
  clusterId: z.string().optional().describe('Prefix match on the cluster ID.'),
  state: ClusterStateSchema.optional(),
  kafkaVersion: z.string().optional(),
  provider: ProviderSchema.optional(),
})

export const ClusterListSchema = z
  .object({
    clusters: z.array(ClusterSchema),
    marker: z.string().nullable(),
    maxKeys: z.number().int(),
    isTruncated: z.boolean(),
    nextMarker: z.string().nullable(),
  })
  .meta({ id: 'ClusterList' })

export const ClusterIdParamsSchema = z.object({ clusterId: z.string().min(1) })

export const ClusterNameSchema = z
  .string()
  .trim()
  .min(1, 'Enter a cluster name.')
  .max(65, 'At most 65 characters.')
  .regex(/^[A-Za-z0-9_.-]+$/, 'Use letters, digits, “_”, “-” and “.” only.')

/** `host:port` pairs separated by commas, as Kafka clients take them. */
export const BootstrapServersSchema = z
  .string()
  .trim()
  .min(1, 'Enter at least one host:port.')
  .refine(
    (value) =>
      value.split(',').every((entry) => /^(\[[0-9a-fA-F:]+\]|[A-Za-z0-9.-]+):\d{1,5}$/.test(entry.trim())),
    'Use host:port pairs separated by commas, e.g. 10.0.0.5:9092,10.0.0.6:9092.',
  )
  .refine(
    (value) => value.split(',').every((entry) => Number(entry.trim().split(':').pop()) <= 65535),
    'A port is at most 65535.',
  )

export const RegisterExternalClusterSchema = z
  .object({
    provider: z.literal('external'),
    name: ClusterNameSchema,
    bootstrapServers: BootstrapServersSchema,
    securityProtocol: SecurityProtocolSchema.default('PLAINTEXT'),
    saslMechanism: SaslMechanismSchema.optional(),
    username: z.string().trim().min(1).max(255).optional(),
    password: z.string().min(1).max(1024).optional(),
    caCertificate: z
      .string()
      .trim()
      .regex(/-----BEGIN CERTIFICATE-----/, 'Paste a PEM certificate (-----BEGIN CERTIFICATE-----).')
      .optional(),
    tags: z.array(TagSchema).max(20).default([]),
  })
  .superRefine((body, ctx) => {
    const sasl = body.securityProtocol === 'SASL_PLAINTEXT' || body.securityProtocol === 'SASL_SSL'
    if (!sasl) return
    if (!body.saslMechanism)
      ctx.addIssue({ code: 'custom', path: ['saslMechanism'], message: 'Choose a SASL mechanism.' })
    if (!body.username)
      ctx.addIssue({ code: 'custom', path: ['username'], message: 'Enter the SASL username.' })
    if (!body.password)
      ctx.addIssue({ code: 'custom', path: ['password'], message: 'Enter the SASL password.' })
  })
  .meta({ id: 'RegisterExternalCluster' })
export type RegisterExternalCluster = z.infer<typeof RegisterExternalClusterSchema>

export const CreateClusterResultSchema = z
  .object({ clusterId: z.string(), cluster: ClusterDetailSchema })
  .meta({ id: 'CreateClusterResult' })

export const AccessEndpointsSchema = z
  .object({
    accessEndpoints: z.array(
      z.object({
        securityProtocol: SecurityProtocolSchema,
        endpoints: z.string().describe('host:port pairs, comma separated'),
      }),
    ),
  })
  .meta({ id: 'AccessEndpoints' })

export const NodeStateSchema = z.enum(['ALIVE', 'DEAD']).meta({ id: 'NodeServiceState' })

export const NodeSchema = z
  .object({
    brokerId: z.number().int(),
    nodeId: z.string(),
    host: z.string(),
    port: z.number().int(),
    rack: z.string().nullable(),
    state: NodeStateSchema,
    isController: z.boolean(),
    /** Replicas on this broker and how many lead; null when the brokers did not answer. */
    partitionCount: z.number().int().nullable(),
    leaderCount: z.number().int().nullable(),
    /** The node's disk budget: a local cluster's capacity per node, which its usage is reported against. */
    capacityBytes: z.number().nullable(),
    logDirs: z.array(
      z.object({
        path: z.string(),
        usedBytes: z.number(),
        totalBytes: z.number().nullable(),
        usableBytes: z.number().nullable(),
      }),
    ),
  })
  .meta({ id: 'Node' })
export type ClusterNode = z.infer<typeof NodeSchema>

export const ListNodesQuerySchema = z.object({
  marker: z.string().optional(),
  maxKeys: maxKeys,
  state: NodeStateSchema.optional(),
})

export const NodeListSchema = z
  .object({
    nodes: z.array(NodeSchema),
    marker: z.string().nullable(),
    maxKeys: z.number().int(),
    isTruncated: z.boolean(),
    nextMarker: z.string().nullable(),
  })
  .meta({ id: 'NodeList' })

const QuorumReplicaSchema = z.object({
  nodeId: z.number().int(),
  logEndOffset: z.number(),
  lag: z.number().describe('Records behind the leader'),
  lastFetchTimestamp: z.number().nullable(),
  lastCaughtUpTimestamp: z.number().nullable(),
})

export const QuorumSchema = z
  .object({
    leaderId: z.number().int().nullable().describe('The active controller'),
    leaderEpoch: z.number().int(),
    highWatermark: z.number(),
    voters: z.array(QuorumReplicaSchema),
    observers: z.array(QuorumReplicaSchema),
    /** Leader changes Ferry has seen, newest first, at most 50 as in the reference. */
    leaderChanges: z.array(
      z.object({ leaderId: z.number().int(), leaderEpoch: z.number().int(), seenTime: z.iso.datetime() }),
    ),
  })
  .meta({ id: 'Quorum' })
export type Quorum = z.infer<typeof QuorumSchema>
