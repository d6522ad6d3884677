import { z } from 'zod'
import { AuthenticationModeSchema, ClusterNameSchema, TagSchema } from './clusters.ts'
import { ConfigMetaSchema, StorageMetaSchema, StoragePolicySchema } from './provisioned.ts'

/**
 * Node specs of the local provider: heap and thread profiles sized for one machine, in the reference's
 * lowercase spec style. `memoryMb` is what one node takes in all (heap plus the JVM's own), `throughputMBps`
 * what one node comfortably carries, which the sizing helper uses.
 */
export const LOCAL_NODE_TYPES = [
  {
    nodeType: 'local.small',
    heapMb: 512,
    ioThreads: 2,
    networkThreads: 2,
    memoryMb: 768,
    throughputMBps: 10,
  },
  {
    nodeType: 'local.medium',
    heapMb: 1024,
    ioThreads: 4,
    networkThreads: 3,
    memoryMb: 1408,
    throughputMBps: 25,
  },
  {
    nodeType: 'local.large',
    heapMb: 2048,
    ioThreads: 8,
    networkThreads: 4,
    memoryMb: 2560,
    throughputMBps: 50,
  },
] as const
export type LocalNodeType = (typeof LOCAL_NODE_TYPES)[number]

/** Zones of the local provider. A zone becomes the `broker.rack` of its nodes. */
export const LOCAL_ZONES = ['zone-a', 'zone-b', 'zone-c'] as const

/** Broker settings Ferry itself writes for a local node; an override would break the node or Ferry's access. */
export const MANAGED_BROKER_CONFIGS = [
  'process.roles',
  'node.id',
  'broker.id',
  'controller.quorum.voters',
  'controller.quorum.bootstrap.servers',
  'controller.listener.names',
  'listeners',
  'advertised.listeners',
  'listener.security.protocol.map',
  'inter.broker.listener.name',
  'log.dirs',
  'log.dir',
  'metadata.log.dir',
  'broker.rack',
  'authorizer.class.name',
  'super.users',
  'sasl.enabled.mechanisms',
  'ssl.keystore.type',
  'ssl.keystore.location',
]

export const KafkaUsernameSchema = z
  .string()
  .regex(/^[A-Za-z][A-Za-z0-9_]{3,15}$/, 'Start with a letter; 4–16 letters, digits or “_”.')

export const KafkaPasswordSchema = z
  .string()
  .min(8, 'At least 8 characters.')
  .max(32, 'At most 32 characters.')
  .regex(/^[A-Za-z0-9!@#$%^*()]+$/, 'Use letters, digits and the symbols !@#$%^*() only.')
  .refine(
    (p) => /[A-Za-z]/.test(p) && /[0-9]/.test(p) && /[!@#$%^*()]/.test(p),
    'Mix letters, digits and at least one of !@#$%^*().',
  )

/**
 * One authentication mode. For the SASL modes `context` may name a first client user, created with the
 * cluster, so that clients can connect before any user is managed; it is stored sealed and never returned.
 */
export const AuthenticationSchema = z
  .object({
    mode: AuthenticationModeSchema,
    context: z.object({ username: KafkaUsernameSchema, password: KafkaPasswordSchema }).optional(),
  })
  .meta({ id: 'Authentication' })

export const TagListSchema = z
  .array(TagSchema)
  .max(20, 'At most 20 tags.')
  .refine(
    (tags) => new Set(tags.map((t) => `${t.tagKey}\u0000${t.tagValue}`)).size === tags.length,
    'Each key and value pair may appear once.',
  )

export const ProvisionedSchema = z
  .object({
    kafkaVersion: z.string().min(1, 'Choose a Kafka version.'),
    nodeType: z.string().min(1, 'Choose a node spec.'),
    logicalZones: z.array(z.string().min(1)).min(1, 'Choose a zone.').max(3, 'At most 3 zones.'),
    numberOfBrokerNodesPerZone: z.number().int().min(1, 'At least 1 node per zone.'),
    /** The total; optional, and when given it must equal nodes per zone × zones. */
    numberOfBrokerNodes: z.number().int().optional(),
    storageMeta: StorageMetaSchema,
    authentications: z.array(AuthenticationSchema).min(1, 'Choose at least one authentication mode.'),
    aclEnabled: z.boolean().default(false),
    publicIpEnabled: z.boolean().default(false),
    storagePolicyEnabled: z.boolean().default(false),
    storagePolicy: StoragePolicySchema.optional(),
    configMeta: ConfigMetaSchema.optional(),
  })
  .meta({ id: 'Provisioned' })

const CONFIG_KEY = /^[a-z][a-z0-9.-]*$/

const SASL_MODES = new Set(['SASL_SCRAM', 'SASL_PLAIN'])

export const CreateLocalClusterSchema = z
  .object({
    provider: z.literal('local'),
    name: ClusterNameSchema,
    mode: z.enum(['HP', 'HA']),
    type: z.literal('PROVISIONED').default('PROVISIONED'),
    provisioned: ProvisionedSchema,
    tags: TagListSchema.default([]),
  })
  .superRefine((body, ctx) => {
    const p = body.provisioned
    const issue = (path: (string | number)[], message: string) =>
      ctx.addIssue({ code: 'custom', path: ['provisioned', ...path], message })
    const zones = p.logicalZones.length
    if (body.mode === 'HP' && zones !== 1) issue(['logicalZones'], 'High performance uses exactly one zone.')
    if (body.mode === 'HA' && zones < 2)
      issue(['logicalZones'], 'High availability spreads over 2 or 3 zones.')
    if (new Set(p.logicalZones).size !== zones) issue(['logicalZones'], 'Each zone may be chosen once.')
    if (p.numberOfBrokerNodes !== undefined && p.numberOfBrokerNodes !== p.numberOfBrokerNodesPerZone * zones)
      issue(['numberOfBrokerNodes'], 'The total must equal nodes per zone × zones.')
    const modes = p.authentications.map((a) => a.mode)
    if (new Set(modes).size !== modes.length) issue(['authentications'], 'Each mode may be chosen once.')
    const sasl = modes.some((m) => SASL_MODES.has(m))
    if (p.aclEnabled && !modes.every((m) => SASL_MODES.has(m)))
      issue(
        ['authentications'],
        'With permission control on, every client must sign in with SASL: None and SSL connect anonymously and would bypass the ACLs.',
      )
    if (p.publicIpEnabled && !sasl)
      issue(
        ['publicIpEnabled'],
        'Public access needs SASL/SCRAM or SASL/PLAIN, so that strangers cannot connect.',
      )
    p.authentications.forEach((a, i) => {
      if (a.context && !SASL_MODES.has(a.mode))
        issue(['authentications', i, 'context'], 'Only SASL modes take a user.')
    })
    if (p.storagePolicyEnabled && !p.storagePolicy) issue(['storagePolicy'], 'Set the watermark policy.')
    for (const key of Object.keys(p.configMeta?.context ?? {})) {
      if (!CONFIG_KEY.test(key)) issue(['configMeta', 'context', key], 'Not a Kafka setting name.')
      else if (MANAGED_BROKER_CONFIGS.includes(key) || key.startsWith('listener.name.'))
        issue(['configMeta', 'context', key], 'Ferry sets this one itself for every node.')
    }
  })
  .meta({ id: 'CreateLocalCluster' })
export type CreateLocalCluster = z.output<typeof CreateLocalClusterSchema>
export type CreateLocalClusterInput = z.input<typeof CreateLocalClusterSchema>

/** What the provider offers and allows, for the wizard. */
export const LocalCatalogueSchema = z
  .object({
    kafkaVersions: z.array(z.object({ version: z.string(), available: z.boolean() })),
    nodeTypes: z.array(
      z.object({
        nodeType: z.string(),
        heapMb: z.number(),
        ioThreads: z.number(),
        networkThreads: z.number(),
        memoryMb: z.number(),
        throughputMBps: z.number(),
      }),
    ),
    zones: z.array(z.string()),
    /** Most nodes one cluster may have (FERRY_LOCAL_MAX_NODES). */
    maxNodes: z.number().int(),
    /** Memory the machine has free now, and disk free where the clusters' data goes. */
    availableMemoryMb: z.number(),
    freeDiskGb: z.number(),
  })
  .meta({ id: 'LocalCatalogue' })
export type LocalCatalogue = z.infer<typeof LocalCatalogueSchema>

/** Listeners a local cluster gets from its authentication modes: one per protocol. */
export function listenersFor(modes: string[]): ('PLAINTEXT' | 'SASL_PLAINTEXT' | 'SSL')[] {
  const out: ('PLAINTEXT' | 'SASL_PLAINTEXT' | 'SSL')[] = []
  if (modes.includes('NONE')) out.push('PLAINTEXT')
  if (modes.some((m) => SASL_MODES.has(m))) out.push('SASL_PLAINTEXT')
  if (modes.includes('SSL')) out.push('SSL')
  return out
}

/** Ports a node takes: one per client listener, plus the controller, inter-broker and metrics ports. */
export function portsPerNode(modes: string[]): number {
  return listenersFor(modes).length + 3
}

/** What a cluster of this shape will take from the machine, shown before it is created and checked by the API. */
export function estimateResources(input: {
  nodeType: string
  nodes: number
  storageSizeGb: number
  modes: string[]
}): { memoryMb: number; diskGb: number; ports: number } {
  const spec = LOCAL_NODE_TYPES.find((t) => t.nodeType === input.nodeType)
  return {
    memoryMb: (spec?.memoryMb ?? 0) * input.nodes,
    diskGb: input.storageSizeGb * input.nodes,
    ports: portsPerNode(input.modes) * input.nodes,
  }
}

/**
 * The sizing helper (配置推荐): of the specs and node counts that carry the peak traffic (business traffic ×
 * replicas × 120%, as the reference advises), the one that takes the least memory, then the fewest nodes. HA
 * keeps three nodes at least, so that a topic can keep three replicas over its zones. Null when nothing
 * within maxNodes will do.
 */
export function recommendSizing(input: {
  peakMBps: number
  zones: number
  maxNodes: number
}): { nodeType: string; nodesPerZone: number; nodes: number } | null {
  const minimum = input.zones > 1 ? 3 : 1
  const options = LOCAL_NODE_TYPES.map((spec) => {
    const needed = Math.max(minimum, Math.ceil(input.peakMBps / spec.throughputMBps))
    const nodesPerZone = Math.ceil(needed / input.zones)
    const nodes = nodesPerZone * input.zones
    return { nodeType: spec.nodeType, nodesPerZone, nodes, memoryMb: nodes * spec.memoryMb }
  }).filter((o) => o.nodes <= input.maxNodes)
  options.sort((a, b) => a.memoryMb - b.memoryMb || a.nodes - b.nodes)
  const best = options[0]
  return best ? { nodeType: best.nodeType, nodesPerZone: best.nodesPerZone, nodes: best.nodes } : null
}

export const IncreaseBrokerCountSchema = z
  .object({
    /** The target total, a multiple of the cluster's zones. */
    numberOfBrokerNodes: z.number().int().min(2),
    /** Move partitions onto the new nodes once they run, so they share the load at once. */
    reassignPartitions: z.boolean().default(false),
  })
  .meta({ id: 'IncreaseBrokerCount' })

export const RestartNodeParamsSchema = z.object({
  clusterId: z.string().min(1),
  brokerId: z.coerce.number().int().min(1),
})
