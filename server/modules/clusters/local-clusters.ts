import { hostname } from 'node:os'
import type { SecurityProtocol } from '../../../contract/clusters.ts'
import type { ClusterDescription } from '../../kafka/describe-cluster.ts'
import { DEFAULT_KAFKA_VERSION } from '../../providers/local/kafka-dist.ts'
import type {
  LocalClusterSpec,
  LocalClusterState,
  LocalProvider,
} from '../../providers/local/local-provider.ts'
import {
  type ClustersRepository,
  newStoredCluster,
  type StoredCluster,
} from '../../store/clusters-repository.ts'
import type { SecretBox } from '../../store/secrets.ts'
import { authenticationModesOf, type BaseNode } from './cluster-view.ts'

/** The stored provider state keeps everything but the super user's password, which is sealed apart. */
type StoredLocalState = Omit<LocalClusterState, 'superUser'> & { superUser: { username: string } }

/** Listeners of the cluster Ferry provisions on first start: plain for quick tries, SASL for real clients. */
const DEFAULT_LISTENERS: SecurityProtocol[] = ['PLAINTEXT', 'SASL_PLAINTEXT']

export interface LocalClustersDeps {
  clusters: ClustersRepository
  secrets: SecretBox
  provider: LocalProvider
  log: { info(msg: string): void; error(obj: unknown, msg: string): void }
  newClusterId: () => string
}

/** Keeps the local provider's clusters and their rows in step: first-start provisioning, adoption, shutdown. */
export function localClusters({ clusters, secrets, provider, log, newClusterId }: LocalClustersDeps) {
  function stateOf(cluster: StoredCluster): LocalClusterState {
    const stored = cluster.providerState as StoredLocalState
    const password = cluster.passwordSealed ? secrets.open(cluster.passwordSealed) : ''
    return { ...stored, superUser: { username: stored.superUser.username, password } }
  }

  /** The admin connection Ferry keeps for the cluster: the super user on the first listener the spec names. */
  function adminConnection(state: LocalClusterState) {
    const cfg = provider.connectionFor(state)
    const { superUser, ...rest } = state
    return {
      providerState: { ...rest, superUser: { username: superUser.username } } satisfies StoredLocalState,
      bootstrapServers: cfg.bootstrapServers.join(','),
      securityProtocol: cfg.securityProtocol,
      saslMechanism: cfg.sasl?.mechanism ?? null,
      username: cfg.sasl?.username ?? null,
      passwordSealed: cfg.sasl ? secrets.seal(superUser.password) : null,
      caCertificate: cfg.caCertificate ?? null,
      kafkaClusterId: state.kafkaClusterId,
    }
  }

  async function fail(clusterId: string, err: unknown) {
    const reason = err instanceof Error ? err.message : String(err)
    log.error({ err, clusterId }, 'local cluster failed')
    await clusters.update(clusterId, { state: 'DEPLOY_FAILED', stateReason: reason })
  }

  async function deploy(cluster: StoredCluster, spec: LocalClusterSpec) {
    const started = Date.now()
    try {
      const state = await provider.create(spec)
      await clusters.update(cluster.clusterId, {
        ...adminConnection(state),
        state: 'ACTIVE',
        stateReason: null,
      })
      log.info(`local cluster ${cluster.name} is ACTIVE after ${Date.now() - started} ms`)
    } catch (err) {
      await fail(cluster.clusterId, err)
    }
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
      await fail(cluster.clusterId, err)
    }
  }

  return {
    /**
     * On start: provision the `local` cluster into an empty store, and bring back every local cluster that
     * was running. Returns once the work is under way; progress shows in the clusters' states.
     */
    async boot(options: { provisionDefault: boolean }): Promise<{ done: Promise<void> }> {
      const work: Promise<void>[] = []
      if (options.provisionDefault && (await clusters.count()) === 0) {
        const spec: LocalClusterSpec = {
          clusterId: newClusterId(),
          kafkaVersion: DEFAULT_KAFKA_VERSION,
          nodes: 1,
          listeners: DEFAULT_LISTENERS,
          aclEnabled: false,
        }
        const cluster = newStoredCluster({
          clusterId: spec.clusterId,
          name: 'local',
          provider: 'local',
          state: 'DEPLOYING',
          kafkaVersion: spec.kafkaVersion,
          numberOfBrokerNodes: spec.nodes,
          authenticationModes: authenticationModesOf(spec.listeners, null),
          aclEnabled: spec.aclEnabled,
        })
        await clusters.insert(cluster)
        work.push(deploy(cluster, spec))
      }
      for (const cluster of await clusters.all()) {
        if (cluster.provider !== 'local' || cluster.providerState === null) continue
        if (cluster.state === 'ACTIVE' || cluster.state === 'REBOOTING') work.push(resume(cluster))
      }
      // Wrapped, so awaiting boot() does not also wait for the brokers.
      return { done: Promise.all(work).then(() => undefined) }
    },

    /** Stops the brokers of every local cluster; their rows keep their state so the next start resumes them. */
    async shutdown() {
      const all = await clusters.all()
      await Promise.all(
        all
          .filter((c) => c.provider === 'local' && c.providerState !== null)
          .map((c) => provider.stop(stateOf(c))),
      )
    },

    /** Stops the cluster's brokers; stopping stopped ones does nothing. */
    async stopNodes(cluster: StoredCluster) {
      if (cluster.providerState !== null) await provider.stop(stateOf(cluster))
    },

    /** Starts whichever of the cluster's brokers are not running, and waits until they answer. */
    async startNodes(cluster: StoredCluster) {
      if (cluster.providerState !== null) await provider.start(stateOf(cluster))
    },

    /** Where one node writes its logs; null for a node the cluster does not have. */
    logDir(cluster: StoredCluster, nodeId: number): string | null {
      return cluster.providerState === null ? null : provider.logDir(stateOf(cluster), nodeId)
    },

    accessEndpoints(cluster: StoredCluster) {
      const state = cluster.providerState as StoredLocalState | null
      if (!state) return []
      const host = state.spec.bindAddress === '0.0.0.0' ? hostname() : undefined
      return state.spec.listeners.map((securityProtocol) => ({
        securityProtocol,
        endpoints: state.nodes.map((n) => `${host ?? n.host}:${n.clientPorts[securityProtocol]}`).join(','),
      }))
    },

    async nodes(cluster: StoredCluster, live: ClusterDescription | null): Promise<BaseNode[]> {
      if (cluster.providerState === null) return []
      const state = stateOf(cluster)
      const processes = await provider.nodeStatus(state)
      const listener = state.spec.listeners[0] as SecurityProtocol
      return state.nodes.map((n) => {
        const alive = processes.find((p) => p.nodeId === n.nodeId)?.alive === true
        const inMetadata = live?.brokers.some((b) => b.nodeId === n.nodeId) === true
        return {
          brokerId: n.nodeId,
          nodeId: String(n.nodeId),
          host: n.host,
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
