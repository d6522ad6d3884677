import { KafkaUsernameSchema } from '../../../contract/cluster-create.ts'
import type { CreateUser, KafkaUser, UserMechanism } from '../../../contract/kafka-users.ts'
import { ApiError } from '../../http/api-error.ts'
import type { KafkaAdmin } from '../../kafka/admin-pool.ts'
import type { ScramMechanism } from '../../kafka/scram-credentials.ts'
import { alterScramUser, describeScramUsers } from '../../kafka/scram-users.ts'
import type { StoredCluster } from '../../store/clusters-repository.ts'
import type { KafkaUsersRepository } from '../../store/kafka-users-repository.ts'
import type { ClusterAccess } from '../clusters/cluster-access.ts'
import type { LocalClusters } from '../clusters/local-clusters.ts'

export interface KafkaUsersDeps {
  access: ClusterAccess
  local: Pick<LocalClusters, 'plainUsers' | 'setPlainUser' | 'removePlainUser'>
  users: KafkaUsersRepository
}

const isScram = (m: UserMechanism): m is ScramMechanism => m !== 'PLAIN'

function requireSasl(cluster: StoredCluster) {
  if (!cluster.authenticationModes.some((m) => m === 'SASL_SCRAM' || m === 'SASL_PLAIN'))
    throw new ApiError(
      'CLUSTER_SASL_NOT_ENABLED',
      `Cluster ${cluster.name} has no SASL authentication, so its clients do not sign in as users. Change its access configuration to SASL/SCRAM or SASL/PLAIN first.`,
    )
}

function notFound(username: string) {
  return new ApiError('USER_NOT_FOUND_ERROR', `The cluster has no user named ${username}.`)
}

/**
 * SASL users of a cluster: SCRAM ones in the cluster's metadata through the admin protocol, PLAIN ones (local
 * clusters only) in the users file the brokers verify against. Passwords are never stored or returned.
 */
export function kafkaUsersService({ access, local, users }: KafkaUsersDeps) {
  /** The PLAIN users of a local cluster offering PLAIN; null where Ferry cannot manage them. */
  async function plainUsers(cluster: StoredCluster): Promise<string[] | null> {
    if (cluster.provider !== 'local' || !cluster.authenticationModes.includes('SASL_PLAIN')) return null
    return local.plainUsers(cluster)
  }

  async function everyUser(cluster: StoredCluster, admin: KafkaAdmin): Promise<Map<string, UserMechanism[]>> {
    const [scram, plain] = await Promise.all([describeScramUsers(admin), plainUsers(cluster)])
    const all = new Map<string, UserMechanism[]>(scram)
    for (const name of plain ?? []) all.set(name, [...(all.get(name) ?? []), 'PLAIN'])
    return all
  }

  /** Refuses a mechanism the cluster would not let the user sign in with. */
  async function checkMechanism(cluster: StoredCluster, mechanism: UserMechanism) {
    const field = { mechanisms: `${cluster.name} does not offer ${mechanism}.` }
    if (isScram(mechanism)) {
      if (!cluster.authenticationModes.includes('SASL_SCRAM'))
        throw new ApiError(
          'CLUSTER_SASL_NOT_ENABLED',
          `Cluster ${cluster.name} has no SASL/SCRAM authentication; a ${mechanism} user could not sign in.`,
          field,
        )
      return
    }
    if (cluster.provider !== 'local')
      throw new ApiError(
        'CLUSTER_NOT_MANAGED',
        'PLAIN users can only be managed on clusters Ferry runs: Kafka reads PLAIN users from each broker’s own configuration. Use SCRAM-SHA-256 or SCRAM-SHA-512.',
        { mechanisms: 'PLAIN users only on clusters Ferry runs.' },
      )
    if (!cluster.authenticationModes.includes('SASL_PLAIN'))
      throw new ApiError(
        'CLUSTER_SASL_NOT_ENABLED',
        `Cluster ${cluster.name} has no SASL/PLAIN authentication; a PLAIN user could not sign in.`,
        field,
      )
    if ((await plainUsers(cluster)) === null)
      throw new ApiError(
        'CLUSTER_NOT_MANAGED',
        `Cluster ${cluster.name} was created before Ferry managed PLAIN users: its brokers read a fixed list. Use SCRAM users on it.`,
        field,
      )
  }

  /** The cluster, ready for a change to one existing user that Ferry does not itself sign in as. */
  async function existing(clusterId: string, username: string) {
    const { cluster, admin } = await access.admin(clusterId, { forChange: true })
    requireSasl(cluster)
    if (username === cluster.username)
      throw new ApiError(
        'USER_USED_BY_FERRY',
        `Ferry connects to ${cluster.name} as ${username}; changing that user would cut Ferry off.`,
      )
    const mechanisms = (await everyUser(cluster, admin)).get(username)
    if (!mechanisms) throw notFound(username)
    return { cluster, admin, mechanisms }
  }

  return {
    async list(clusterId: string): Promise<{ users: KafkaUser[] }> {
      const { cluster, admin } = await access.admin(clusterId)
      requireSasl(cluster)
      const [found, times] = await Promise.all([everyUser(cluster, admin), users.createTimes(clusterId)])
      return {
        users: [...found]
          .map(([username, mechanisms]) => ({
            username,
            mechanisms,
            createTime: times.get(username) ?? null,
            usedByFerry: username === cluster.username,
          }))
          .sort((a, b) => a.username.localeCompare(b.username)),
      }
    },

    async create(clusterId: string, body: CreateUser): Promise<{ username: string }> {
      const name = KafkaUsernameSchema.safeParse(body.username)
      if (!name.success) {
        const message = name.error.issues[0]?.message ?? 'Invalid user name.'
        throw new ApiError('USER_NAME_INVALID', `User name “${body.username}”: ${message}`, {
          username: message,
        })
      }
      const { username, password } = body
      const { cluster, admin } = await access.admin(clusterId, { forChange: true })
      requireSasl(cluster)
      const mechanisms = body.mechanisms ?? [
        cluster.authenticationModes.includes('SASL_SCRAM') ? 'SCRAM-SHA-512' : 'PLAIN',
      ]
      for (const m of mechanisms) await checkMechanism(cluster, m)
      const taken = () =>
        new ApiError('USER_NAME_ALREADY_EXISTS', `The cluster already has a user named ${username}.`, {
          username: 'This name is taken by another user.',
        })
      if ((await everyUser(cluster, admin)).has(username)) throw taken()
      const scram = mechanisms.filter(isScram)
      if (scram.length > 0) await alterScramUser(admin, username, { upsert: scram, password })
      if (mechanisms.includes('PLAIN')) {
        const added = await local.setPlainUser(cluster, username, password, 'create').catch(async (err) => {
          if (scram.length > 0) await alterScramUser(admin, username, { remove: scram })
          throw err
        })
        if (!added) throw taken()
      }
      await users.created(clusterId, username)
      return { username }
    },

    /** A new password for every mechanism the user has; clients still using the old one fail to sign in. */
    async resetPassword(
      clusterId: string,
      username: string,
      password: string,
    ): Promise<{ username: string }> {
      const { cluster, admin, mechanisms } = await existing(clusterId, username)
      const scram = mechanisms.filter(isScram)
      if (scram.length > 0) await alterScramUser(admin, username, { upsert: scram, password })
      if (mechanisms.includes('PLAIN') && !(await local.setPlainUser(cluster, username, password, 'reset')))
        throw notFound(username)
      return { username }
    },

    /** Removes every credential of the user; its ACLs stay, as Kafka keeps them apart from users. */
    async remove(clusterId: string, username: string): Promise<{ username: string }> {
      const { cluster, admin, mechanisms } = await existing(clusterId, username)
      const scram = mechanisms.filter(isScram)
      if (scram.length > 0) await alterScramUser(admin, username, { remove: scram })
      if (mechanisms.includes('PLAIN')) await local.removePlainUser(cluster, username)
      await users.deleted(clusterId, username)
      return { username }
    },
  }
}

export type KafkaUsersService = ReturnType<typeof kafkaUsersService>
