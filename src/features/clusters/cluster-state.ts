import type { ClusterState } from '../../../contract/clusters.ts'

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
