import type { SecurityProtocol } from '../../../contract/clusters.ts'
import type { ClusterDescription } from '../../kafka/describe-cluster.ts'
import type {
  LocalClientUser,
  LocalClusterSpec,
  LocalClusterState,
  LocalProvider,
} from '../../providers/local/local-provider.ts'
import type { ClustersRepository, StoredCluster } from '../../store/clusters-repository.ts'
import type { JobsRepository } from '../../store/jobs-repository.ts'
import type { SecretBox } from '../../store/secrets.ts'
import type { BaseNode } from './cluster-view.ts'

type SealedUser = Omit<LocalClientUser, 'password'> & { passwordSealed: string }

/**
 * The provider state as stored: passwords sealed. The super user's password is the cluster's connection
 * password (`passwordSealed` of the row). Until the create job has planned the cluster, only the spec and the
 * first client users are known: `kafkaClusterId` is absent and `nodes` empty.
 */
export type StoredLocalState = Omit<LocalClusterState, 'superUser' | 'clientUsers' | 'kafkaClusterId'> & {
  kafkaClusterId?: string
  superUser?: { username: string }
  clientUsers?: SealedUser[]
}

export interface LocalClustersDeps {
  clusters: ClustersRepository
  jobs: Pick<JobsRepository, 'runningFor'>
  secrets: SecretBox
  provider: LocalProvider
  log: { info(msg: string): void; error(obj: unknown, msg: string): void }
  /** Host clients are told to use when a cluster has public access (FERRY_PUBLIC_HOST). */
  publicHost: string
}

/** Keeps the local provider's clusters and their rows in step: every provider step persists what it changed. */
export function localClusters({ clusters, jobs, secrets, provider, log, publicHost }: LocalClustersDeps) {
  function stored(cluster: StoredCluster): StoredLocalState {
    if (!cluster.providerState) throw new Error(`Cluster ${cluster.name} has no local state.`)
    return cluster.providerState as StoredLocalState
  }

  function stateOf(cluster: StoredCluster): LocalClusterState {
    const { superUser, clientUsers = [], kafkaClusterId, ...rest } = stored(cluster)
    if (!kafkaClusterId || !superUser) throw new Error(`Cluster ${cluster.name} is not planned yet.`)
    return {
      ...rest,
      kafkaClusterId,
      superUser: {
        username: superUser.username,
        password: cluster.passwordSealed ? secrets.open(cluster.passwordSealed) : '',
      },
      clientUsers: clientUsers.map(({ passwordSealed, ...u }) => ({
        ...u,
        password: secrets.open(passwordSealed),
      })),
    }
  }

  const sealUsers = (users: LocalClientUser[]): SealedUser[] =>
    users.map(({ password, ...u }) => ({ ...u, passwordSealed: secrets.seal(password) }))

  /** The row fields of a planned cluster: its state with passwords sealed, and Ferry's admin connection. */
  function rowOf(state: LocalClusterState) {
    const cfg = provider.connectionFor(state)
    const { superUser, clientUsers = [], ...rest } = state
    return {
      providerState: {
        ...rest,
        superUser: { username: superUser.username },
        clientUsers: sealUsers(clientUsers),
      } satisfies StoredLocalState,
      bootstrapServers: cfg.bootstrapServers.join(','),
      securityProtocol: cfg.securityProtocol,
      saslMechanism: cfg.sasl?.mechanism ?? null,
      username: cfg.sasl?.username ?? null,
      passwordSealed: secrets.seal(superUser.password),
      caCertificate: cfg.caCertificate ?? null,
      kafkaClusterId: state.kafkaClusterId,
      numberOfBrokerNodes: state.nodes.length,
    }
  }

  async function save(cluster: StoredCluster, state: LocalClusterState) {
    await clusters.update(cluster.clusterId, rowOf(state))
  }

  /** Starts what is not running of a cluster that should be; adopts what already is. */
  async function resume(cluster: StoredCluster) {
    const state = stateOf(cluster)
    const { running, dead } = await provider.adopt(state)
    if (dead.length === 0) {
      log.info(`local cluster ${cluster.name}: adopted running nodes ${running.join(', ')}`)
      return
    }
    await clusters.update(cluster.clusterId, { state: 'REBOOTING', stateReason: null })
    try {
      await provider.start(state)
      await clusters.update(cluster.clusterId, { state: 'ACTIVE', stateReason: null })
      log.info(`local cluster ${cluster.name}: started nodes ${dead.join(', ')}`)
    } catch (err) {
      const reason = err instanceof Error ? err.message : String(err)
      log.error({ err, clusterId: cluster.clusterId }, 'local cluster failed to start')
      await clusters.update(cluster.clusterId, { state: 'DEPLOY_FAILED', stateReason: reason })
    }
  }

  const isPlanned = (cluster: StoredCluster) =>
    cluster.providerState !== null && stored(cluster).kafkaClusterId !== undefined

  return {
    /** The provider state a new cluster starts with: its spec and first users, before the create job plans it. */
    initialState(spec: LocalClusterSpec, users: LocalClientUser[]): StoredLocalState {
      return {
        spec: spec.bindAddress ? { ...spec, advertisedHost: publicHost } : spec,
        clientUsers: sealUsers(users),
        nodes: [],
      }
    },

    /**
     * On start: brings back every local cluster that was running and that no unfinished job owns (those
     * jobs carry on themselves). Returns once the work is under way.
     */
    async boot(): Promise<{ done: Promise<void> }> {
      const work: Promise<void>[] = []
      for (const cluster of await clusters.all()) {
        if (cluster.provider !== 'local' || !isPlanned(cluster)) continue
        if (await jobs.runningFor(cluster.clusterId)) continue
        if (cluster.state === 'ACTIVE' || cluster.state === 'REBOOTING') work.push(resume(cluster))
      }
      // Wrapped, so awaiting boot() does not also wait for the brokers.
      return { done: Promise.all(work).then(() => undefined) }
    },

    /** Stops the brokers of every local cluster; their rows keep their state so the next start resumes them. */
    async shutdown() {
      const all = await clusters.all()
      await Promise.all(
        all.filter((c) => c.provider === 'local' && isPlanned(c)).map((c) => provider.stop(stateOf(c))),
      )
    },

    /** Create step 1: ports, ids and passwords, stored before anything is on disk. A planned cluster is kept. */
    async plan(cluster: StoredCluster) {
      if (isPlanned(cluster)) return
      const { spec, clientUsers = [] } = stored(cluster)
      const users = clientUsers.map(({ passwordSealed, ...u }) => ({
        ...u,
        password: secrets.open(passwordSealed),
      }))
      await save(cluster, await provider.plan(spec, users))
    },

    /** Create step 2: files and formatted nodes. */
    async prepare(cluster: StoredCluster) {
      await save(cluster, await provider.prepare(stateOf(cluster)))
    },

    /** Starts whichever of the cluster's brokers are not running, and waits until they answer. */
    async startNodes(cluster: StoredCluster, onSpawned?: () => void) {
      if (isPlanned(cluster)) await provider.start(stateOf(cluster), onSpawned)
    },

    /** Stops the cluster's brokers; stopping stopped ones does nothing. */
    async stopNodes(cluster: StoredCluster) {
      if (isPlanned(cluster)) await provider.stop(stateOf(cluster))
    },

    async restartNode(cluster: StoredCluster, nodeId: number) {
      await provider.restartNode(stateOf(cluster), nodeId)
    },

    /**
     * Plans and prepares the nodes that take the cluster to `total`, spreading them over its zones, and stores
     * them; nodes already added by an earlier try are kept.
     */
    async addNodes(cluster: StoredCluster, total: number) {
      const state = stateOf(cluster)
      const missing = total - state.nodes.length
      if (missing <= 0) return
      const zones = cluster.logicalZones
      const racks = Array.from({ length: missing }, (_, i) =>
        zones.length === 0 ? null : (zones[(state.nodes.length + i) % zones.length] as string),
      )
      await save(cluster, await provider.addNodes(state, missing, racks))
    },

    /** Takes the cluster back to `total` nodes, stopping and removing the newest: undoes addNodes. */
    async removeNodesAbove(cluster: StoredCluster, total: number) {
      const state = stateOf(cluster)
      const extra = state.nodes.filter((n) => n.nodeId > total).map((n) => n.nodeId)
      if (extra.length > 0) await save(cluster, await provider.removeNodes(state, extra))
    },

    /** Stops the brokers and removes every file of the cluster. */
    async destroy(cluster: StoredCluster) {
      if (isPlanned(cluster)) await provider.destroy(stateOf(cluster))
      else await provider.removeDir(cluster.clusterId)
    },

    /** Its PLAIN users; null when its brokers do not read Ferry's users file (no PLAIN, or made before it). */
    plainUsers: (cluster: StoredCluster) => provider.plainUsers(cluster.clusterId),

    /** Adds a PLAIN user or resets one's password; false when it exists (create) or does not (reset). */
    setPlainUser: (cluster: StoredCluster, username: string, password: string, mode: 'create' | 'reset') =>
      provider.setPlainUser(cluster.clusterId, username, password, mode),

    removePlainUser: (cluster: StoredCluster, username: string) =>
      provider.removePlainUser(cluster.clusterId, username),

    /** The admin connection of a planned cluster, for the steps that talk to its brokers. */
    connection(cluster: StoredCluster) {
      return provider.connectionFor(stateOf(cluster))
    },

    /** Where one node writes its logs; null for a node the cluster does not have. */
    logDir(cluster: StoredCluster, nodeId: number): string | null {
      return isPlanned(cluster) ? provider.logDir(stateOf(cluster), nodeId) : null
    },

    accessEndpoints(cluster: StoredCluster) {
      if (!isPlanned(cluster)) return []
      const state = stored(cluster)
      const host = state.spec.advertisedHost
      return state.spec.listeners.map((securityProtocol) => ({
        securityProtocol,
        endpoints: state.nodes.map((n) => `${host ?? n.host}:${n.clientPorts[securityProtocol]}`).join(','),
      }))
    },

    /** The PEM of the CA that signs the nodes' TLS listeners; null until planned, or without TLS. */
    caCertificate(cluster: StoredCluster): string | null {
      return isPlanned(cluster) ? (stored(cluster).caCertificate ?? null) : null
    },

    async nodes(cluster: StoredCluster, live: ClusterDescription | null): Promise<BaseNode[]> {
      if (!isPlanned(cluster)) return []
      const state = stateOf(cluster)
      const processes = await provider.nodeStatus(state)
      const listener = state.spec.listeners[0] as SecurityProtocol
      return state.nodes.map((n) => {
        const alive = processes.find((p) => p.nodeId === n.nodeId)?.alive === true
        const inMetadata = live?.brokers.some((b) => b.nodeId === n.nodeId) === true
        return {
          brokerId: n.nodeId,
          nodeId: String(n.nodeId),
          host: state.spec.advertisedHost ?? n.host,
          port: n.clientPorts[listener] ?? 0,
          rack: n.rack,
          state: alive && inMetadata ? 'ALIVE' : 'DEAD',
          isController: live?.controllerId === n.nodeId,
        }
      })
    },
  }
}

export type LocalClusters = ReturnType<typeof localClusters>
