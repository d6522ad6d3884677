import type { Grant, Permission } from '../../../contract/auth.ts'

/** The three system policies (§18): over every cluster, no choice of clusters. */
export const SYSTEM_PERMISSIONS = ['FULL_CONTROL', 'OPERATE', 'READ_ONLY'] as const satisfies Permission[]
/** Resource-level write rights, on every cluster or the ones chosen. */
export const RESOURCE_PERMISSIONS = [
  'CLUSTER_WRITE',
  'TOPIC_WRITE',
  'CONSUMER_GROUP_WRITE',
  'USER_WRITE',
] as const satisfies Permission[]

export const isResourcePermission = (permission: Permission | undefined) =>
  (RESOURCE_PERMISSIONS as readonly string[]).includes(permission ?? '')

/** One grant as the role form holds it: "every cluster" or a list, which the form shows as a choice. */
export interface GrantRow {
  permission: Permission
  scope: 'all' | 'chosen'
  clusterIds: string[]
}

export function toRows(grants: Grant[]): GrantRow[] {
  return grants.map(({ permission, clusterIds }) => ({
    permission,
    scope: clusterIds === null ? 'all' : 'chosen',
    clusterIds: clusterIds ?? [],
  }))
}

/** The form's rows as the API takes them; a system policy's clusters are meaningless, so it has none. */
export function toGrants(rows: GrantRow[]): Grant[] {
  return rows.map(({ permission, scope, clusterIds }) => ({
    permission,
    clusterIds: isResourcePermission(permission) && scope === 'chosen' ? clusterIds : null,
  }))
}
