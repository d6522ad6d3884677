import { type CreateLocalCluster, LOCAL_NODE_TYPES, listenersFor } from '../../../contract/cluster-create.ts'
import type { ProvisionedView } from '../../../contract/provisioned.ts'
import type {
  LocalClientUser,
  LocalClusterSpec,
  LocalSaslMechanism,
} from '../../providers/local/local-cluster.ts'

/** What the provider is asked to build from a create request, and what the cluster's detail shows of it. */
export function localSpecOf(
  clusterId: string,
  body: CreateLocalCluster,
): { spec: LocalClusterSpec; users: LocalClientUser[]; provisioned: ProvisionedView; nodes: number } {
  const p = body.provisioned
  const modes = p.authentications.map((a) => a.mode)
  const zones = p.logicalZones
  const nodes = p.numberOfBrokerNodesPerZone * zones.length
  const profile = LOCAL_NODE_TYPES.find((t) => t.nodeType === p.nodeType)
  const mechanisms: LocalSaslMechanism[] = []
  if (modes.includes('SASL_SCRAM')) mechanisms.push('SCRAM-SHA-512')
  if (modes.includes('SASL_PLAIN')) mechanisms.push('PLAIN')
  const users = p.authentications.flatMap((a) =>
    a.context
      ? [
          {
            ...a.context,
            mechanism: (a.mode === 'SASL_PLAIN' ? 'PLAIN' : 'SCRAM-SHA-512') as LocalSaslMechanism,
          },
        ]
      : [],
  )
  const spec: LocalClusterSpec = {
    clusterId,
    kafkaVersion: p.kafkaVersion,
    nodes,
    listeners: listenersFor(modes),
    ...(mechanisms.length > 0 && { saslMechanisms: mechanisms }),
    aclEnabled: p.aclEnabled,
    ...(p.publicIpEnabled && { bindAddress: '0.0.0.0' }),
    // Zones take turns, so that each holds the same number of nodes and replicas spread over them.
    racks: Array.from({ length: nodes }, (_, i) => zones[i % zones.length] as string),
    ...(profile && {
      profile: {
        heapMb: profile.heapMb,
        ioThreads: profile.ioThreads,
        networkThreads: profile.networkThreads,
      },
    }),
    overrides: p.configMeta?.context ?? {},
  }
  const provisioned: ProvisionedView = {
    nodeType: p.nodeType,
    numberOfBrokerNodesPerZone: p.numberOfBrokerNodesPerZone,
    storageMeta: p.storageMeta,
    storagePolicyEnabled: p.storagePolicyEnabled,
    storagePolicy: p.storagePolicy ?? null,
    configMeta: { context: p.configMeta?.context ?? {} },
  }
  return { spec, users, provisioned, nodes }
}
