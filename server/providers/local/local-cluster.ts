import type { KafkaConnectionConfig } from '../../kafka/connection.ts'

export type LocalListener = 'PLAINTEXT' | 'SASL_PLAINTEXT' | 'SSL' | 'SASL_SSL'

export interface LocalClusterSpec {
  /** Ferry's id, used as the directory name */
  clusterId: string
  /** one of KAFKA_VERSIONS */
  kafkaVersion: string
  nodes: 1 | 3
  /** client listeners, at least one; SASL ones enable SCRAM-SHA-512 and PLAIN */
  listeners: LocalListener[]
  aclEnabled: boolean
  /** default 127.0.0.1; also the advertised host */
  bindAddress?: string
  /** broker.rack per node */
  racks?: string[]
}

export interface LocalNode {
  nodeId: number
  host: string
  /** only the spec's listeners are present */
  clientPorts: Partial<Record<LocalListener, number>>
  controllerPort: number
  internalPort: number
  metricsPort: number
  rack: string | null
}

/** JSON-serialisable; the caller stores it (encrypting superUser.password) and hands it back. */
export interface LocalClusterState {
  spec: LocalClusterSpec
  kafkaClusterId: string
  superUser: { username: string; password: string }
  nodes: LocalNode[]
  /** PEM of the per-cluster CA when SSL or SASL_SSL is used */
  caCertificate?: string
}

export type { KafkaConnectionConfig }
