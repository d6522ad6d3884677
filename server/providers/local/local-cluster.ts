import type { KafkaConnectionConfig } from '../../kafka/connection.ts'

export type LocalListener = 'PLAINTEXT' | 'SASL_PLAINTEXT' | 'SSL' | 'SASL_SSL'
export type LocalSaslMechanism = 'SCRAM-SHA-512' | 'PLAIN'

/** Heap and threads of every node of a cluster: one of the provider's node specs. */
export interface NodeProfile {
  heapMb: number
  ioThreads: number
  networkThreads: number
}

export interface LocalClusterSpec {
  /** Ferry's id, used as the directory name */
  clusterId: string
  /** one of KAFKA_VERSIONS */
  kafkaVersion: string
  /**
   * Nodes at creation. The first one, or the first three from three nodes on, are combined broker+controller
   * nodes forming the KRaft quorum; the others are brokers only.
   */
  nodes: number
  /** client listeners, at least one */
  listeners: LocalListener[]
  /** mechanisms of the SASL listeners; default both */
  saslMechanisms?: LocalSaslMechanism[]
  aclEnabled: boolean
  /** where client listeners bind: 127.0.0.1 (default) or 0.0.0.0 for public access */
  bindAddress?: string
  /** the host clients are told to connect to; default the bind address */
  advertisedHost?: string
  /** broker.rack per node */
  racks?: string[]
  /** default: 512 MiB heap (384 MiB from three nodes on), two threads each */
  profile?: NodeProfile
  /** broker settings on top of Ferry's defaults */
  overrides?: Record<string, string>
}

export interface LocalNode {
  nodeId: number
  /** loopback address of the node's internal listeners, and the advertised client host */
  host: string
  /** only the spec's listeners are present */
  clientPorts: Partial<Record<LocalListener, number>>
  controllerPort: number
  internalPort: number
  metricsPort: number
  rack: string | null
  /** absent on nodes of clusters made before brokers could be added: those are all combined */
  role?: 'combined' | 'broker'
}

/** A SASL user made with the cluster, so that clients can sign in before users are managed. */
export interface LocalClientUser {
  username: string
  password: string
  mechanism: LocalSaslMechanism
}

/** JSON-serialisable; the caller stores it (encrypting the passwords) and hands it back. */
export interface LocalClusterState {
  spec: LocalClusterSpec
  kafkaClusterId: string
  superUser: { username: string; password: string }
  clientUsers?: LocalClientUser[]
  nodes: LocalNode[]
  /** PEM of the per-cluster CA when SSL or SASL_SSL is used */
  caCertificate?: string
}

export const isController = (node: LocalNode) => node.role !== 'broker'

export type { KafkaConnectionConfig }
