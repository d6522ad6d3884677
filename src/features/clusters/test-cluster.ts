import type { ClusterDetail } from '../../../contract/clusters.ts'

/** For tests: a local, active, three-node cluster called orders, with what a test needs changed. */
export const testCluster = (change: Partial<ClusterDetail> = {}): ClusterDetail => ({
  clusterId: 'c1',
  name: 'orders',
  type: 'PROVISIONED',
  mode: 'HP',
  state: 'ACTIVE',
  stateReason: null,
  provider: 'local',
  kafkaVersion: '4.1.0',
  numberOfBrokerNodes: 3,
  logicalZones: [],
  authenticationModes: ['NONE'],
  aclEnabled: false,
  publicIpEnabled: false,
  tags: [],
  createTime: '2024-01-02T03:04:05.000Z',
  kafkaClusterId: 'k1',
  connection: {
    bootstrapServers: 'localhost:9092',
    securityProtocol: 'PLAINTEXT',
    saslMechanism: null,
    username: null,
    hasCaCertificate: false,
  },
  provisioned: null,
  ...change,
})
