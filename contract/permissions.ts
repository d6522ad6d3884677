import type { Grant, Permission } from './auth.ts'

export type WritePermission = Extract<
  Permission,
  'CLUSTER_WRITE' | 'TOPIC_WRITE' | 'CONSUMER_GROUP_WRITE' | 'USER_WRITE'
>

/** What a route asks of its caller. */
export type Requirement =
  /** Anyone: signing in. */
  | { kind: 'public' }
  /** Any signed-in account, even one that must change its password first. */
  | { kind: 'self' }
  /** Any signed-in account: every role may read. */
  | { kind: 'read' }
  /** A write right on the cluster in the path (or OPERATE / FULL_CONTROL). */
  | { kind: 'write'; permission: WritePermission }
  /** Ferry-wide operations (alarms, the audit trail): OPERATE or FULL_CONTROL. */
  | { kind: 'operate' }
  /** Creating and deleting clusters, managing accounts and roles: FULL_CONTROL only. */
  | { kind: 'admin' }

/**
 * Whether grants meet a requirement, on the cluster the call is about (if any). The server decides with it;
 * the console asks it too, to leave out what the signed-in role could not do.
 */
export function allows(grants: Grant[], requirement: Requirement, clusterId?: string): boolean {
  const holds = (p: Permission) => grants.some((g) => g.permission === p)
  const full = holds('FULL_CONTROL')
  const operate = full || holds('OPERATE')
  switch (requirement.kind) {
    case 'public':
    case 'self':
    case 'read':
      return true
    case 'admin':
      return full
    case 'operate':
      return operate
    case 'write': {
      if (operate) return true
      if (clusterId === undefined) return false
      // CLUSTER_WRITE covers what happens inside its clusters, topics and groups and users included.
      return grants.some(
        (g) =>
          (g.permission === requirement.permission || g.permission === 'CLUSTER_WRITE') &&
          (g.clusterIds === null || g.clusterIds.includes(clusterId)),
      )
    }
  }
}
