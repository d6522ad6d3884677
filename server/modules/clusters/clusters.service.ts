import { randomBytes } from 'node:crypto'
import type { z } from 'zod'
import type { ConfigEntry } from '../../../contract/broker-configs.ts'
import { caCertificateFileName } from '../../../contract/client-snippets.ts'
import type {
  AccessEndpointsSchema,
  ClusterNode,
  ListClustersQuerySchema,
  ListNodesQuerySchema,
  RegisterExternalCluster,
} from '../../../contract/clusters.ts'
import { ApiError } from '../../http/api-error.ts'
import type { FileAnswer } from '../../http/file-route.ts'
import { withStatus } from '../../http/route.ts'
import { alterClusterBrokerConfigs, describeBrokerConfigs } from '../../kafka/broker-configs.ts'
import { brokerUsage } from '../../kafka/broker-usage.ts'
import type { ClusterDescription } from '../../kafka/describe-cluster.ts'
import { KafkaConnectError } from '../../kafka/kafka-errors.ts'
import { describeQuorum } from '../../kafka/quorum.ts'
import {
  type ClustersRepository,
  newStoredCluster,
  type StoredCluster,
} from '../../store/clusters-repository.ts'
import type { ControllerChangesRepository } from '../../store/controller-changes-repository.ts'
import type { SecretBox } from '../../store/secrets.ts'
import { nodeCapacityBytes } from '../storage-policy/watermark-controller.ts'
import type { ClusterAccess } from './cluster-access.ts'
import { connectionOf } from './cluster-connection.ts'
import {
  authenticationModesOf,
  type BaseNode,
  toCluster,
  toClusterDetail,
  withUsage,
} from './cluster-view.ts'
import type { LocalClusters } from './local-clusters.ts'

export type Probe = (cfg: ReturnType<typeof connectionOf>) => Promise<ClusterDescription>

export interface ClustersServiceDeps {
  clusters: ClustersRepository
  controllerChanges: ControllerChangesRepository
  secrets: SecretBox
  access: ClusterAccess
  probe: Probe
  local: LocalClusters
  /** Deletes a local cluster through its release job. */
  release: (cluster: StoredCluster) => Promise<{ clusterId: string; jobId: string }>
}

/** Ferry's cluster ids look like the reference's: 32 hex characters. */
export function newClusterId(): string {
  return randomBytes(16).toString('hex')
}

export function clustersService({
  clusters,
  controllerChanges,
  secrets,
  access,
  probe,
  local,
  release,
}: ClustersServiceDeps) {
  const require = access.find

  /** Asks the brokers themselves; a cluster that does not answer is reported, not hidden. */
  async function describeLive(cluster: StoredCluster): Promise<ClusterDescription> {
    try {
      return await probe(connectionOf(cluster, secrets))
    } catch (err) {
      if (err instanceof KafkaConnectError) throw new ApiError('CLUSTER_NOT_AVAILABLE', err.message)
      throw err
    }
  }

  return {
    async list(query: z.output<typeof ListClustersQuerySchema>) {
      const page = await clusters.page(
        {
          clusterName: query.clusterName,
          clusterIdPrefix: query.clusterId,
          state: query.state,
          kafkaVersion: query.kafkaVersion,
          provider: query.provider,
        },
        query.marker,
        query.maxKeys,
      )
      return {
        clusters: page.clusters.map(toCluster),
        marker: query.marker ?? null,
        maxKeys: query.maxKeys,
        isTruncated: page.nextMarker !== null,
        nextMarker: page.nextMarker,
      }
    },

    async get(clusterId: string) {
      return { cluster: toClusterDetail(await require(clusterId)) }
    },

    /** Registers an existing cluster, but only once its brokers have answered with these settings. */
    async registerExternal(body: RegisterExternalCluster) {
      if (await clusters.getByName(body.name)) {
        throw new ApiError('CLUSTER_NAME_ALREADY_EXISTS', `A cluster named “${body.name}” already exists.`, {
          name: 'This name is taken by another cluster.',
        })
      }
      const sasl = body.securityProtocol === 'SASL_PLAINTEXT' || body.securityProtocol === 'SASL_SSL'
      const tls = body.securityProtocol === 'SSL' || body.securityProtocol === 'SASL_SSL'
      const cluster = newStoredCluster({
        clusterId: newClusterId(),
        name: body.name,
        provider: 'external',
        state: 'ACTIVE',
        authenticationModes: authenticationModesOf(
          [body.securityProtocol],
          sasl ? (body.saslMechanism ?? null) : null,
        ),
        tags: body.tags,
        bootstrapServers: body.bootstrapServers
          .split(',')
          .map((s) => s.trim())
          .join(','),
        securityProtocol: body.securityProtocol,
        saslMechanism: sasl ? (body.saslMechanism ?? null) : null,
        username: sasl ? (body.username ?? null) : null,
        passwordSealed: sasl && body.password ? secrets.seal(body.password) : null,
        caCertificate: tls ? (body.caCertificate ?? null) : null,
      })
      let description: ClusterDescription
      try {
        description = await probe(connectionOf(cluster, secrets))
      } catch (err) {
        if (err instanceof KafkaConnectError)
          throw new ApiError(err.code, err.message, { [err.field]: err.message })
        throw err
      }
      const racks = [...new Set(description.brokers.flatMap((b) => (b.rack ? [b.rack] : [])))]
      const registered = {
        ...cluster,
        kafkaClusterId: description.kafkaClusterId,
        numberOfBrokerNodes: description.brokers.length,
        logicalZones: racks,
        mode: racks.length > 1 ? ('HA' as const) : ('HP' as const),
      }
      await clusters.insert(registered)
      return withStatus(201, { clusterId: registered.clusterId, cluster: toClusterDetail(registered) })
    },

    /** A local cluster is released by a job (202); an external one is only forgotten (204). */
    async remove(clusterId: string) {
      const cluster = await require(clusterId)
      if (cluster.provider === 'local') return release(cluster)
      await clusters.delete(clusterId)
      await access.forget(clusterId)
      return withStatus(204, null)
    },

    async accessEndpoints(clusterId: string): Promise<z.output<typeof AccessEndpointsSchema>> {
      const cluster = await require(clusterId)
      if (cluster.provider === 'local') return { accessEndpoints: local.accessEndpoints(cluster) }
      return {
        accessEndpoints: [
          {
            securityProtocol: cluster.securityProtocol as 'PLAINTEXT',
            endpoints: cluster.bootstrapServers,
          },
        ],
      }
    },

    /**
     * The CA clients of the SSL and SASL_SSL endpoints trust: a local cluster's own; an external cluster's as
     * it was registered (none when its brokers chain to the system's CAs).
     */
    async caCertificate(clusterId: string): Promise<FileAnswer> {
      const cluster = await require(clusterId)
      const text = cluster.provider === 'local' ? local.caCertificate(cluster) : cluster.caCertificate
      if (!text)
        throw new ApiError(
          'CA_CERTIFICATE_NOT_FOUND',
          `Cluster ${cluster.name} has no CA certificate of its own: it has no SSL or SASL_SSL endpoint, or its brokers' certificates chain to the system's trusted CAs.`,
        )
      return { fileName: caCertificateFileName(cluster.name), text: text.endsWith('\n') ? text : `${text}\n` }
    },

    async nodes(clusterId: string, query: z.output<typeof ListNodesQuerySchema>) {
      const cluster = await require(clusterId)
      let base: BaseNode[]
      if (cluster.provider === 'local') {
        const live = await describeLive(cluster).catch(() => null)
        base = await local.nodes(cluster, live)
      } else {
        const live = await describeLive(cluster)
        base = live.brokers.map((b) => ({
          brokerId: b.nodeId,
          nodeId: String(b.nodeId),
          host: b.host,
          port: b.port,
          rack: b.rack,
          state: 'ALIVE' as const,
          isController: b.nodeId === live.controllerId,
        }))
      }
      // Counts and disks are extras: a cluster that answers metadata but not log dirs still lists its nodes.
      const usage = await access
        .admin(clusterId)
        .then(({ admin }) => brokerUsage(admin))
        .catch(() => new Map())
      const capacity = nodeCapacityBytes(cluster.provisioned)
      const nodes: ClusterNode[] = base.map((n) => withUsage(n, usage.get(n.brokerId), capacity))
      const filtered = nodes.filter((n) => !query.state || n.state === query.state)
      const start = query.marker ? filtered.findIndex((n) => n.nodeId === query.marker) : 0
      const page = start < 0 ? [] : filtered.slice(start, start + query.maxKeys)
      const next = start < 0 ? undefined : filtered[start + query.maxKeys]
      return {
        nodes: page,
        marker: query.marker ?? null,
        maxKeys: query.maxKeys,
        isTruncated: next !== undefined,
        nextMarker: next?.nodeId ?? null,
      }
    },

    async nodeConfigs(clusterId: string, brokerId: number) {
      const { admin } = await access.admin(clusterId)
      const configs = await describeBrokerConfigs(admin, brokerId)
      if (!configs) throw new ApiError('NOT_FOUND', `Cluster ${clusterId} has no live broker ${brokerId}.`)
      return { configs }
    },

    async clusterConfigs(clusterId: string) {
      const { admin } = await access.admin(clusterId)
      return { configs: (await describeBrokerConfigs(admin, '')) ?? [] }
    },

    async updateClusterConfigs(clusterId: string, changes: { name: string; value: string | null }[]) {
      const { admin } = await access.admin(clusterId, { forChange: true })
      const { refused } = await alterClusterBrokerConfigs(admin, changes)
      const names = Object.keys(refused)
      if (names.length > 0) {
        throw new ApiError(
          'ERROR_PARAMS',
          `The brokers refused ${names.join(', ')}; nothing was changed. ${Object.values(refused)[0]}`,
          refused,
        )
      }
      // The controller accepts the change before the broker that answers describe has applied it;
      // wait (briefly) until the answer shows it, so the caller sees what it just saved.
      const applied = (configs: ConfigEntry[]) =>
        changes.every((c) => (configs.find((x) => x.name === c.name)?.value ?? null) === c.value)
      const deadline = Date.now() + 5_000
      let configs = (await describeBrokerConfigs(admin, '')) ?? []
      while (!applied(configs) && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 200))
        configs = (await describeBrokerConfigs(admin, '')) ?? []
      }
      return { configs }
    },

    /** Reading the quorum also records its leader, so every look adds to the leader-change history. */
    async quorum(clusterId: string) {
      const { admin } = await access.admin(clusterId)
      const quorum = await describeQuorum(admin)
      if (!quorum) {
        throw new ApiError(
          'CLUSTER_NOT_AVAILABLE',
          'The controller quorum did not answer. The brokers may be down, or Ferry’s user lacks DESCRIBE on the cluster.',
        )
      }
      if (quorum.leaderId !== null)
        await controllerChanges.record(clusterId, quorum.leaderId, quorum.leaderEpoch)
      return { ...quorum, leaderChanges: await controllerChanges.recent(clusterId) }
    },
  }
}

export type ClustersService = ReturnType<typeof clustersService>
