import type { Grant } from '../../contract/auth.ts'
import type { Requirement, WritePermission } from '../../contract/permissions.ts'
import type { RouteName } from '../../contract/routes.ts'

const write = (permission: WritePermission): Requirement => ({ kind: 'write', permission })

/**
 * The routes that need something other than the default: GET reads, and any other method OPERATE — so that
 * a route added without a line here is safe rather than open.
 */
const REQUIREMENTS: Partial<Record<RouteName, Requirement>> = {
  login: { kind: 'public' },
  logout: { kind: 'self' },
  getSession: { kind: 'self' },
  changePassword: { kind: 'self' },
  listApiTokens: { kind: 'read' },
  createApiToken: { kind: 'read' },
  revokeApiToken: { kind: 'read' },
  listAccounts: { kind: 'admin' },
  createAccount: { kind: 'admin' },
  updateAccount: { kind: 'admin' },
  resetAccountPassword: { kind: 'admin' },
  deleteAccount: { kind: 'admin' },
  createRole: { kind: 'admin' },
  updateRole: { kind: 'admin' },
  deleteRole: { kind: 'admin' },
  listAudit: { kind: 'operate' },
  createCluster: { kind: 'admin' },
  deleteCluster: { kind: 'admin' },
  stopCluster: write('CLUSTER_WRITE'),
  startCluster: write('CLUSTER_WRITE'),
  restartNode: write('CLUSTER_WRITE'),
  increaseBrokerCount: write('CLUSTER_WRITE'),
  updateClusterConfigs: write('CLUSTER_WRITE'),
  updateMessageQuerySettings: write('CLUSTER_WRITE'),
  updateMetricSources: write('CLUSTER_WRITE'),
  createTopic: write('CLUSTER_WRITE'),
  updateTopic: write('TOPIC_WRITE'),
  deleteTopic: write('TOPIC_WRITE'),
  deleteTopicRecords: write('TOPIC_WRITE'),
  produceMessage: write('TOPIC_WRITE'),
  resetConsumerGroupOffsets: write('CONSUMER_GROUP_WRITE'),
  deleteConsumerGroup: write('CONSUMER_GROUP_WRITE'),
  createKafkaUser: write('USER_WRITE'),
  resetKafkaUserPassword: write('USER_WRITE'),
  deleteKafkaUser: write('USER_WRITE'),
  createAcl: write('USER_WRITE'),
  deleteAcl: write('USER_WRITE'),
  // Reading messages changes nothing, but it is audited like a change (every method but GET is).
  queryMessages: { kind: 'read' },
  recordMessageExport: { kind: 'read' },
}

export function requirementOf(name: RouteName, method: string): Requirement {
  return REQUIREMENTS[name] ?? (method === 'GET' ? { kind: 'read' } : { kind: 'operate' })
}

/** Every right of `token` that its owner also has: a token never does more than the account behind it. */
export function intersect(owner: Grant[], token: Grant[]): Grant[] {
  return token.filter((t) => ownerCovers(owner, t))
}

function ownerCovers(owner: Grant[], grant: Grant): boolean {
  const rank: Record<string, number> = { FULL_CONTROL: 3, OPERATE: 2 }
  const top = Math.max(0, ...owner.map((g) => rank[g.permission] ?? 0))
  if (grant.permission === 'READ_ONLY') return true
  if (grant.permission === 'FULL_CONTROL' || grant.permission === 'OPERATE')
    return top >= (rank[grant.permission] as number)
  if (top >= 2) return true
  return (grant.clusterIds ?? [null]).every((clusterId) =>
    owner.some(
      (g) =>
        (g.permission === grant.permission || g.permission === 'CLUSTER_WRITE') &&
        (g.clusterIds === null || (clusterId !== null && g.clusterIds.includes(clusterId))),
    ),
  )
}

/** The system roles (§18): they cannot be changed or deleted. */
export const BUILTIN_ROLES = [
  {
    roleId: 'full-control',
    name: 'Full control',
    description: 'Everything: clusters, their data and changes, accounts and roles.',
    grants: [{ permission: 'FULL_CONTROL', clusterIds: null }],
  },
  {
    roleId: 'operate',
    name: 'Operate',
    description:
      'Change clusters, topics, consumer groups, users and ACLs, alarms; not create or delete clusters.',
    grants: [{ permission: 'OPERATE', clusterIds: null }],
  },
  {
    roleId: 'read-only',
    name: 'Read only',
    description: 'See everything, change nothing.',
    grants: [{ permission: 'READ_ONLY', clusterIds: null }],
  },
] satisfies { roleId: string; name: string; description: string; grants: Grant[] }[]
