import { readFileSync } from 'node:fs'
import type { LocalClusterState } from '../../server/providers/local/local-cluster.ts'
import { saslClusterFile } from './paths.ts'

/** The SASL test cluster the global setup started: where it listens and its super user. */
export function saslCluster() {
  const state = JSON.parse(readFileSync(saslClusterFile, 'utf8')) as LocalClusterState
  const node = state.nodes[0]
  if (!node) throw new Error('the SASL test cluster has no node')
  return {
    bootstrapServers: `127.0.0.1:${node.clientPorts.SASL_PLAINTEXT}`,
    username: state.superUser.username,
    password: state.superUser.password,
    brokerId: node.nodeId,
  }
}
