import type { Cluster, ClusterDetail, ClusterNode } from '../../../contract/clusters.ts'
import type { BrokerUsage } from '../../kafka/broker-usage.ts'
import type { StoredCluster } from '../../store/clusters-repository.ts'

/** The public shape of a stored cluster: what the API may show, and nothing secret. */
export function toCluster(c: StoredCluster): Cluster {
  return {
    clusterId: c.clusterId,
    name: c.name,
    type: 'PROVISIONED',
    mode: c.mode,
    state: c.state as Cluster['state'],
    stateReason: c.stateReason,
    provider: c.provider,
    kafkaVersion: c.kafkaVersion,
    numberOfBrokerNodes: c.numberOfBrokerNodes,
    logicalZones: c.logicalZones,
    authenticationModes: c.authenticationModes as Cluster['authenticationModes'],
    aclEnabled: c.aclEnabled,
    publicIpEnabled: c.publicIpEnabled,
    tags: c.tags,
    createTime: c.createTime,
  }
}

export function toClusterDetail(c: StoredCluster): ClusterDetail {
  return {
    ...toCluster(c),
    kafkaClusterId: c.kafkaClusterId,
    connection: {
      bootstrapServers: c.bootstrapServers,
      securityProtocol: c.securityProtocol as ClusterDetail['connection']['securityProtocol'],
      saslMechanism: c.saslMechanism as ClusterDetail['connection']['saslMechanism'],
      username: c.username,
      hasCaCertificate: c.caCertificate !== null,
    },
    provisioned: c.provisioned,
  }
}

/** The reference's authentication modes, from the security protocol and SASL mechanism in use. */
export function authenticationModesOf(protocols: string[], saslMechanism: string | null): string[] {
  const modes = new Set<string>()
  for (const protocol of protocols) {
    if (protocol === 'PLAINTEXT') modes.add('NONE')
    if (protocol === 'SSL') modes.add('SSL')
    if (protocol === 'SASL_PLAINTEXT' || protocol === 'SASL_SSL') {
      if (saslMechanism === null || saslMechanism.startsWith('SCRAM')) modes.add('SASL_SCRAM')
      if (saslMechanism === null || saslMechanism === 'PLAIN') modes.add('SASL_PLAIN')
    }
  }
  return [...modes]
}

/** A node as the provider or the brokers describe it, before its partitions and disks are counted. */
export type BaseNode = Omit<ClusterNode, 'partitionCount' | 'leaderCount' | 'logDirs' | 'capacityBytes'>

export function withUsage(
  node: BaseNode,
  usage: BrokerUsage | undefined,
  capacityBytes: number | null,
): ClusterNode {
  return {
    ...node,
    capacityBytes,
    partitionCount: usage?.partitions ?? null,
    leaderCount: usage?.leaders ?? null,
    logDirs: usage?.logDirs ?? [],
  }
}
