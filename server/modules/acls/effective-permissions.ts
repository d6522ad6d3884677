import {
  type Acl,
  type AclResourceType,
  type EffectivePermissions,
  type KafkaAclOperation,
  OPERATIONS_BY_RESOURCE,
} from '../../../contract/acls.ts'

export interface EffectiveInput {
  principal: string
  resourceType: AclResourceType
  resourceName: string
  /** The client's address; '*' counts only ACLs for any host. */
  host: string
  acls: Acl[]
  superUsers: string[] | null
  allowEveryoneIfNoAclFound: boolean | null
}

/** Kafka's implied operations: allowing any of these allows DESCRIBE (or DESCRIBE_CONFIGS) as well. */
const IMPLIES: Partial<Record<KafkaAclOperation, KafkaAclOperation[]>> = {
  DESCRIBE: ['READ', 'WRITE', 'DELETE', 'ALTER'],
  DESCRIBE_CONFIGS: ['ALTER_CONFIGS'],
}

/** Whether an ACL's resource pattern covers the resource: the name, the `*` wildcard, or a prefix of it. */
export function patternMatches(acl: Acl, resourceType: AclResourceType, resourceName: string): boolean {
  if (acl.resourceType !== resourceType) return false
  if (acl.patternType === 'PREFIXED') return resourceName.startsWith(acl.resourceName)
  return acl.resourceName === resourceName || acl.resourceName === '*'
}

/**
 * What a principal may do on one resource, operation by operation, decided as Kafka's StandardAuthorizer
 * decides: a super user may do anything; otherwise a matching DENY wins over any ALLOW; an ALLOW of the
 * operation (or of ALL, or of one that implies it) allows it; and when no ACL at all names the resource,
 * allow.everyone.if.no.acl.found decides (unknown counts as its default, false).
 */
export function resolveEffective(input: EffectiveInput): EffectivePermissions['operations'] {
  const { principal, resourceType, resourceName, host } = input
  const superUser = input.superUsers?.includes(principal) === true
  const onResource = input.acls.filter((acl) => patternMatches(acl, resourceType, resourceName))
  const applying = onResource.filter(
    (acl) =>
      (acl.principal === principal || acl.principal === 'User:*') && (acl.host === '*' || acl.host === host),
  )
  return OPERATIONS_BY_RESOURCE[resourceType].map((operation) => {
    if (superUser) return { operation, allowed: true, reason: 'SUPER_USER' as const, acl: null }
    const deny = applying.find(
      (acl) => acl.permissionType === 'DENY' && (acl.operation === operation || acl.operation === 'ALL'),
    )
    if (deny) return { operation, allowed: false, reason: 'DENY_ACL' as const, acl: deny }
    const allow = applying.find(
      (acl) =>
        acl.permissionType === 'ALLOW' &&
        (acl.operation === operation ||
          acl.operation === 'ALL' ||
          IMPLIES[operation]?.includes(acl.operation) === true),
    )
    if (allow) return { operation, allowed: true, reason: 'ALLOW_ACL' as const, acl: allow }
    if (onResource.length === 0)
      return {
        operation,
        allowed: input.allowEveryoneIfNoAclFound === true,
        reason: 'NO_ACL_ON_RESOURCE' as const,
        acl: null,
      }
    return { operation, allowed: false, reason: 'NO_ALLOW_ACL' as const, acl: null }
  })
}
