import {
  type Acl,
  CLUSTER_RESOURCE_NAME,
  type CreateAcl,
  type DeleteAclQuery,
  type EffectivePermissions,
  type EffectivePermissionsQuery,
  expandOperation,
  expandOperations,
  type ListAclsQuery,
  principalOf,
  usernameOf,
} from '../../../contract/acls.ts'
import { ApiError } from '../../http/api-error.ts'
import {
  AclsDisabledError,
  authorizerSettings,
  createAcls,
  deleteAcls,
  describeAcls,
} from '../../kafka/acls.ts'
import type { KafkaAdmin } from '../../kafka/admin-pool.ts'
import type { StoredCluster } from '../../store/clusters-repository.ts'
import type { ClusterAccess } from '../clusters/cluster-access.ts'
import { resolveEffective } from './effective-permissions.ts'

function notEnabled(cluster: StoredCluster) {
  return new ApiError(
    'CLUSTER_ACL_NOT_ENABLED',
    `Cluster ${cluster.name} has no permission control (ACL): every client that connects may do anything, and there are no ACLs to manage. Turn ACLs on in its access configuration first.`,
  )
}

const byResource = (a: Acl, b: Acl) =>
  a.resourceType.localeCompare(b.resourceType) ||
  a.resourceName.localeCompare(b.resourceName) ||
  a.principal.localeCompare(b.principal) ||
  a.operation.localeCompare(b.operation) ||
  a.permissionType.localeCompare(b.permissionType)

/**
 * ACLs of a cluster with permission control on. A local cluster says whether it has it; an external one is
 * asked, since Ferry does not know how its brokers are configured: no authorizer answers SECURITY_DISABLED.
 */
export function aclsService({ access }: { access: ClusterAccess }) {
  async function withAcls<T>(
    clusterId: string,
    forChange: boolean,
    work: (admin: KafkaAdmin, cluster: StoredCluster) => Promise<T>,
  ): Promise<T> {
    const { cluster, admin } = await access.admin(clusterId, { forChange })
    if (cluster.provider === 'local' && !cluster.aclEnabled) throw notEnabled(cluster)
    try {
      return await work(admin, cluster)
    } catch (err) {
      if (err instanceof AclsDisabledError) throw notEnabled(cluster)
      throw err
    }
  }

  return {
    list(clusterId: string, query: ListAclsQuery) {
      return withAcls(clusterId, false, async (admin) => {
        const principal = query.principal || (query.username ? `User:${query.username}` : undefined)
        const acls = await describeAcls(admin, {
          resourceType: query.resourceType,
          patternType: query.patternType,
          principal,
        })
        const name = query.resourceName?.toLowerCase()
        return {
          acls: acls.filter((a) => !name || a.resourceName.toLowerCase().includes(name)).sort(byResource),
        }
      })
    },

    /** One ACL per Kafka operation the requested ones stand for; an ACL that already exists stays as it is. */
    create(clusterId: string, body: CreateAcl) {
      return withAcls(clusterId, true, async (admin) => {
        const principal = principalOf(body)
        const resourceName =
          body.resourceType === 'CLUSTER' ? CLUSTER_RESOURCE_NAME : (body.resourceName ?? '')
        const acls: Acl[] = expandOperations(body.operations, body.resourceType).operations.map(
          (operation) => ({
            principal,
            username: usernameOf(principal),
            resourceType: body.resourceType,
            resourceName,
            patternType: body.patternType,
            operation,
            host: body.host,
            permissionType: body.permissionType,
          }),
        )
        await createAcls(admin, acls)
        return { username: usernameOf(principal), principal, acls }
      })
    },

    /** Deletes the ACLs the operation stands for on exactly this resource pattern, user, host and permission. */
    remove(clusterId: string, query: DeleteAclQuery) {
      return withAcls(clusterId, true, async (admin) => {
        const principal = principalOf(query)
        const operations = expandOperation(query.operation, query.resourceType) ?? []
        const deleted = await deleteAcls(
          admin,
          operations.map((operation) => ({
            resourceType: query.resourceType,
            resourceName: query.resourceName,
            patternType: query.patternType,
            principal,
            host: query.host,
            operation,
            permissionType: query.permissionType,
          })),
        )
        if (deleted.length === 0)
          throw new ApiError(
            'ACL_NOT_FOUND',
            `No ${query.permissionType} ACL for ${principal} to ${query.operation} on ${query.resourceType} ${query.resourceName} (${query.patternType}, host ${query.host}).`,
          )
        return { username: usernameOf(principal), principal, acls: deleted.sort(byResource) }
      })
    },

    /** What the principal may do on one resource, per operation, with the ACL or setting that decides each. */
    effective(clusterId: string, query: EffectivePermissionsQuery): Promise<EffectivePermissions> {
      return withAcls(clusterId, false, async (admin) => {
        const principal = principalOf(query)
        const host = query.host ?? '*'
        const [acls, settings] = await Promise.all([
          describeAcls(admin, { resourceType: query.resourceType }),
          authorizerSettings(admin),
        ])
        return {
          principal,
          resourceType: query.resourceType,
          resourceName: query.resourceName,
          host,
          superUser: settings.superUsers?.includes(principal) === true,
          ...settings,
          operations: resolveEffective({ ...query, ...settings, principal, host, acls }),
        }
      })
    },
  }
}

export type AclsService = ReturnType<typeof aclsService>
