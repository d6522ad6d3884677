import {
  AclOperations,
  AclPermissionTypes,
  createAclsV3,
  deleteAclsV3,
  describeAclsV3,
  ResourcePatternTypes,
  ResourceTypes,
} from '@platformatic/kafka'
import {
  type Acl,
  type AclPatternType,
  type AclResourceType,
  KAFKA_ACL_OPERATIONS,
  type KafkaAclOperation,
  usernameOf,
} from '../../contract/acls.ts'
import type { KafkaAdmin } from './admin-pool.ts'
import { describeBrokerConfigs } from './broker-configs.ts'
import { anyBrokerConnection, responseOf } from './broker-connection.ts'

/** One Kafka ACL binding; the same shape the API lists. */
export type AclBinding = Acl

/** The ACL filter of DescribeAcls and DeleteAcls: what is left out matches anything. */
export interface AclBindingFilter {
  resourceType?: AclResourceType
  resourceName?: string
  patternType?: AclPatternType
  principal?: string
  host?: string
  operation?: KafkaAclOperation
  permissionType?: 'ALLOW' | 'DENY'
}

const labelOf = <T extends Record<string, number>>(table: T, value: number) =>
  Object.keys(table).find((k) => table[k] === value)

const RESOURCE_TYPES = new Set<string>(['TOPIC', 'GROUP', 'CLUSTER', 'TRANSACTIONAL_ID'])
const OPERATIONS = new Set<string>(KAFKA_ACL_OPERATIONS)

/** Kafka answers SECURITY_DISABLED to every ACL request when its brokers have no authorizer. */
export class AclsDisabledError extends Error {
  constructor() {
    super('The cluster’s brokers have no authorizer: ACLs are off.')
    this.name = 'AclsDisabledError'
  }
}

/** The protocol error ids (`SECURITY_DISABLED`, ...) in a failure the client wraps, however deep. */
export function protocolErrorIds(err: unknown, seen = new Set<unknown>()): string[] {
  if (!(err instanceof Error) || seen.has(err)) return []
  seen.add(err)
  const own = (err as { apiId?: unknown }).apiId
  const nested = err instanceof AggregateError ? err.errors : []
  return [
    ...(typeof own === 'string' ? [own] : []),
    ...protocolErrorIds((err as { cause?: unknown }).cause, seen),
    ...nested.flatMap((e) => protocolErrorIds(e, seen)),
  ]
}

function rethrow(err: unknown): never {
  if (protocolErrorIds(err).includes('SECURITY_DISABLED')) throw new AclsDisabledError()
  throw err
}

function toWire(filter: AclBindingFilter) {
  return {
    resourceType: filter.resourceType ? ResourceTypes[filter.resourceType] : ResourceTypes.ANY,
    resourceName: filter.resourceName ?? null,
    resourcePatternType: filter.patternType
      ? ResourcePatternTypes[filter.patternType]
      : ResourcePatternTypes.ANY,
    principal: filter.principal ?? null,
    host: filter.host ?? null,
    operation: filter.operation ? AclOperations[filter.operation] : AclOperations.ANY,
    permissionType: filter.permissionType
      ? AclPermissionTypes[filter.permissionType]
      : AclPermissionTypes.ANY,
  }
}

/** A binding as the API shows it; null for resource types and operations Ferry does not manage. */
function fromWire(wire: {
  resourceType: number
  resourceName: string
  resourcePatternType: number
  principal: string
  host: string
  operation: number
  permissionType: number
}): AclBinding | null {
  const resourceType = labelOf(ResourceTypes, wire.resourceType)
  const patternType = labelOf(ResourcePatternTypes, wire.resourcePatternType)
  const operation = labelOf(AclOperations, wire.operation)
  const permissionType = labelOf(AclPermissionTypes, wire.permissionType)
  if (!resourceType || !RESOURCE_TYPES.has(resourceType) || !operation || !OPERATIONS.has(operation))
    return null
  if (
    (patternType !== 'LITERAL' && patternType !== 'PREFIXED') ||
    (permissionType !== 'ALLOW' && permissionType !== 'DENY')
  )
    return null
  return {
    principal: wire.principal,
    username: usernameOf(wire.principal),
    resourceType: resourceType as AclResourceType,
    resourceName: wire.resourceName,
    patternType,
    operation: operation as KafkaAclOperation,
    host: wire.host,
    permissionType,
  }
}

/** The ACLs matching a filter (every ACL when it is empty), in one DescribeAcls. */
export async function describeAcls(admin: KafkaAdmin, filter: AclBindingFilter = {}): Promise<AclBinding[]> {
  const connection = await anyBrokerConnection(admin)
  try {
    const response = await describeAclsV3.api.async(connection, toWire(filter))
    return response.resources.flatMap((resource) =>
      resource.acls.flatMap((acl) => {
        const binding = fromWire({ ...resource, ...acl })
        return binding ? [binding] : []
      }),
    )
  } catch (err) {
    return rethrow(err)
  }
}

/** Creates the bindings in one request (the brokers pass it to the controller); creating one twice does nothing. */
export async function createAcls(admin: KafkaAdmin, bindings: AclBinding[]): Promise<void> {
  const connection = await anyBrokerConnection(admin)
  try {
    await createAclsV3.api.async(
      connection,
      bindings.map((b) => {
        const wire = toWire(b)
        return { ...wire, resourceName: b.resourceName, principal: b.principal, host: b.host }
      }),
    )
  } catch (err) {
    return rethrow(err)
  }
}

/** Deletes every binding matching any of the filters; answers the bindings deleted. */
export async function deleteAcls(admin: KafkaAdmin, filters: AclBindingFilter[]): Promise<AclBinding[]> {
  const connection = await anyBrokerConnection(admin)
  type Response = Awaited<ReturnType<typeof deleteAclsV3.api.async>>
  let response: Response
  try {
    response = await deleteAclsV3.api.async(connection, filters.map(toWire))
  } catch (err) {
    // A filter that matched nothing is no failure; a refused one is.
    const partial = responseOf<Response>(err)
    if (!partial || protocolErrorIds(err).includes('SECURITY_DISABLED')) return rethrow(err)
    const failed = partial.filterResults.find((r) => r.errorCode !== 0)
    if (failed) throw new Error(failed.errorMessage ?? `Kafka error ${failed.errorCode} deleting ACLs`)
    response = partial
  }
  return response.filterResults.flatMap((r) =>
    r.matchingAcls.flatMap((acl) => {
      const binding = acl.errorCode === 0 ? fromWire(acl) : null
      return binding ? [binding] : []
    }),
  )
}

/**
 * The authorizer's settings as one broker reports them (every broker has the same on clusters Ferry runs);
 * null for what it would not say, e.g. when Ferry's user may not describe configs.
 */
export async function authorizerSettings(
  admin: KafkaAdmin,
): Promise<{ superUsers: string[] | null; allowEveryoneIfNoAclFound: boolean | null }> {
  const unknown = { superUsers: null, allowEveryoneIfNoAclFound: null }
  try {
    const [first] = (await admin.metadata({ topics: [] })).brokers.keys()
    const configs = first === undefined ? null : await describeBrokerConfigs(admin, first)
    if (!configs) return unknown
    const superUsers = configs.find((c) => c.name === 'super.users')
    const allowEveryone = configs.find((c) => c.name === 'allow.everyone.if.no.acl.found')
    return {
      superUsers: superUsers
        ? (superUsers.value ?? '')
            .split(';')
            .map((p) => p.trim())
            .filter(Boolean)
        : null,
      allowEveryoneIfNoAclFound: allowEveryone?.value ? allowEveryone.value === 'true' : null,
    }
  } catch {
    return unknown
  }
}
