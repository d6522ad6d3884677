import type { Cluster, ClusterState } from '../../../contract/clusters.ts'

/** States a cluster passes through on its own; while one is shown, the page polls. */
const transitional: ReadonlySet<ClusterState> = new Set([
  'NEW',
  'DEPLOYING',
  'REBOOTING',
  'UPDATING',
  'UPDATE_ROLLBACKING',
])

export function isTransitional(state: ClusterState): boolean {
  return transitional.has(state)
}

/** An antd Tag colour: green in service, blue (animated) on the way, red failed, grey stopped. */
export function stateColor(state: ClusterState): 'success' | 'processing' | 'error' | 'default' {
  if (state === 'ACTIVE') return 'success'
  if (state === 'DEPLOY_FAILED' || state === 'UPDATE_ROLLBACK_FAILED') return 'error'
  if (isTransitional(state)) return 'processing'
  return 'default'
}

/** What a user may ask of a cluster from the console, each with its own precondition (§5.3). */
export type ClusterAction = 'stop' | 'start' | 'delete' | 'restartNode' | 'addNodes'

/** Why an action is not offered, as the locale key of the sentence that says so. */
export type Refusal =
  | 'clusters.stopNotManaged'
  | 'clusters.stopOnlyActive'
  | 'clusters.startNotManaged'
  | 'clusters.startOnlySuspended'
  | 'clusterOps.deleteOnlySettled'
  | 'clusterOps.restartNotManaged'
  | 'clusterOps.restartOnlyActive'
  | 'clusterOps.addNodesNotManaged'
  | 'clusterOps.addNodesOnlyActive'

/**
 * States a cluster Ferry runs may be deleted in: in service, stopped, or never deployed. While it is on its
 * way somewhere a job is running, which the server refuses with CLUSTER_CAN_NOT_DELETED; a failed rollback
 * is left for someone to look at first.
 */
const deletable: ReadonlySet<ClusterState> = new Set(['ACTIVE', 'SUSPENDED', 'DEPLOY_FAILED'])

/**
 * Why `action` is refused for this cluster, or null when it is offered. Only a cluster Ferry runs
 * (`local`) can be stopped, started, restarted or grown; an external one can always be forgotten.
 */
export function refusal(cluster: Pick<Cluster, 'state' | 'provider'>, action: ClusterAction): Refusal | null {
  const local = cluster.provider === 'local'
  const active = cluster.state === 'ACTIVE'
  switch (action) {
    case 'stop':
      if (!local) return 'clusters.stopNotManaged'
      return active ? null : 'clusters.stopOnlyActive'
    case 'start':
      if (!local) return 'clusters.startNotManaged'
      return cluster.state === 'SUSPENDED' ? null : 'clusters.startOnlySuspended'
    case 'delete':
      return !local || deletable.has(cluster.state) ? null : 'clusterOps.deleteOnlySettled'
    case 'restartNode':
      if (!local) return 'clusterOps.restartNotManaged'
      return active ? null : 'clusterOps.restartOnlyActive'
    case 'addNodes':
      if (!local) return 'clusterOps.addNodesNotManaged'
      return active ? null : 'clusterOps.addNodesOnlyActive'
  }
}
