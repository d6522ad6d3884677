import { type Selectable, sql } from 'kysely'
import type { ProvisionedView } from '../../contract/provisioned.ts'
import type { Db } from './database.ts'
import type { ClusterRow } from './schema.ts'

/** A cluster as the server keeps it. The SASL password stays sealed here. */
export interface StoredCluster {
  clusterId: string
  name: string
  provider: 'local' | 'external'
  state: string
  stateReason: string | null
  kafkaVersion: string | null
  kafkaClusterId: string | null
  mode: 'HP' | 'HA'
  numberOfBrokerNodes: number
  logicalZones: string[]
  authenticationModes: string[]
  aclEnabled: boolean
  publicIpEnabled: boolean
  tags: { tagKey: string; tagValue: string }[]
  bootstrapServers: string
  securityProtocol: string
  saslMechanism: string | null
  username: string | null
  passwordSealed: string | null
  caCertificate: string | null
  providerState: unknown
  /** How Ferry built the cluster; null for external clusters. */
  provisioned: ProvisionedView | null
  createTime: string
  updateTime: string
}

/** A new cluster record: what is not given starts empty, off or now. */
export function newStoredCluster(
  init: Pick<StoredCluster, 'clusterId' | 'name' | 'provider' | 'state'> & Partial<StoredCluster>,
): StoredCluster {
  const now = new Date().toISOString()
  return {
    stateReason: null,
    kafkaVersion: null,
    kafkaClusterId: null,
    mode: 'HP',
    numberOfBrokerNodes: 0,
    logicalZones: [],
    authenticationModes: [],
    aclEnabled: false,
    publicIpEnabled: false,
    tags: [],
    bootstrapServers: '',
    securityProtocol: 'PLAINTEXT',
    saslMechanism: null,
    username: null,
    passwordSealed: null,
    caCertificate: null,
    providerState: null,
    provisioned: null,
    createTime: now,
    updateTime: now,
    ...init,
  }
}

export interface ClusterFilter {
  clusterName?: string
  clusterIdPrefix?: string
  state?: string
  kafkaVersion?: string
  provider?: string
}

export interface ClusterPage {
  clusters: StoredCluster[]
  nextMarker: string | null
}

function fromRow(row: Selectable<ClusterRow>): StoredCluster {
  return {
    clusterId: row.cluster_id,
    name: row.name,
    provider: row.provider,
    state: row.state,
    stateReason: row.state_reason,
    kafkaVersion: row.kafka_version,
    kafkaClusterId: row.kafka_cluster_id,
    mode: row.mode,
    numberOfBrokerNodes: row.number_of_broker_nodes,
    logicalZones: JSON.parse(row.logical_zones),
    authenticationModes: JSON.parse(row.authentication_modes),
    aclEnabled: row.acl_enabled === 1,
    publicIpEnabled: row.public_ip_enabled === 1,
    tags: JSON.parse(row.tags),
    bootstrapServers: row.bootstrap_servers,
    securityProtocol: row.security_protocol,
    saslMechanism: row.sasl_mechanism,
    username: row.username,
    passwordSealed: row.password_enc,
    caCertificate: row.ca_certificate,
    providerState: row.provider_state === null ? null : JSON.parse(row.provider_state),
    provisioned: row.provisioned === null ? null : JSON.parse(row.provisioned),
    createTime: row.create_time,
    updateTime: row.update_time,
  }
}

function toRow(c: StoredCluster): ClusterRow {
  return {
    cluster_id: c.clusterId,
    name: c.name,
    provider: c.provider,
    state: c.state,
    state_reason: c.stateReason,
    kafka_version: c.kafkaVersion,
    kafka_cluster_id: c.kafkaClusterId,
    mode: c.mode,
    number_of_broker_nodes: c.numberOfBrokerNodes,
    logical_zones: JSON.stringify(c.logicalZones),
    authentication_modes: JSON.stringify(c.authenticationModes),
    acl_enabled: c.aclEnabled ? 1 : 0,
    public_ip_enabled: c.publicIpEnabled ? 1 : 0,
    tags: JSON.stringify(c.tags),
    bootstrap_servers: c.bootstrapServers,
    security_protocol: c.securityProtocol,
    sasl_mechanism: c.saslMechanism,
    username: c.username,
    password_enc: c.passwordSealed,
    ca_certificate: c.caCertificate,
    provider_state: c.providerState === null ? null : JSON.stringify(c.providerState),
    provisioned: c.provisioned === null ? null : JSON.stringify(c.provisioned),
    create_time: c.createTime,
    update_time: c.updateTime,
  }
}

/** LIKE with the user's text taken literally. */
function likeContains(text: string): string {
  return `%${text.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`
}

export function clustersRepository(db: Db) {
  return {
    async get(clusterId: string): Promise<StoredCluster | undefined> {
      const row = await db
        .selectFrom('clusters')
        .selectAll()
        .where('cluster_id', '=', clusterId)
        .executeTakeFirst()
      return row && fromRow(row)
    },

    async getByName(name: string): Promise<StoredCluster | undefined> {
      const row = await db.selectFrom('clusters').selectAll().where('name', '=', name).executeTakeFirst()
      return row && fromRow(row)
    },

    async all(): Promise<StoredCluster[]> {
      const rows = await db.selectFrom('clusters').selectAll().orderBy('create_time', 'desc').execute()
      return rows.map(fromRow)
    },

    async count(): Promise<number> {
      const { n } = await db
        .selectFrom('clusters')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow()
      return Number(n)
    },

    /** Newest first; `marker` is the id of the first cluster of the page. */
    async page(filter: ClusterFilter, marker: string | undefined, maxKeys: number): Promise<ClusterPage> {
      let query = db.selectFrom('clusters').selectAll()
      if (filter.clusterName) {
        const pattern = likeContains(filter.clusterName.toLowerCase())
        query = query.where(sql<boolean>`lower(name) like ${pattern} escape '\\'`)
      }
      if (filter.clusterIdPrefix)
        query = query
          .where('cluster_id', '>=', filter.clusterIdPrefix)
          .where('cluster_id', '<', `${filter.clusterIdPrefix}\uffff`)
      if (filter.state) query = query.where('state', '=', filter.state)
      if (filter.kafkaVersion) query = query.where('kafka_version', '=', filter.kafkaVersion)
      if (filter.provider) query = query.where('provider', '=', filter.provider as ClusterRow['provider'])
      if (marker) {
        const start = await db
          .selectFrom('clusters')
          .select(['create_time', 'cluster_id'])
          .where('cluster_id', '=', marker)
          .executeTakeFirst()
        if (!start) return { clusters: [], nextMarker: null }
        query = query.where((eb) =>
          eb.or([
            eb('create_time', '<', start.create_time),
            eb.and([eb('create_time', '=', start.create_time), eb('cluster_id', '<=', start.cluster_id)]),
          ]),
        )
      }
      const rows = await query
        .orderBy('create_time', 'desc')
        .orderBy('cluster_id', 'desc')
        .limit(maxKeys + 1)
        .execute()
      const next = rows.length > maxKeys ? rows.pop() : undefined
      return { clusters: rows.map(fromRow), nextMarker: next?.cluster_id ?? null }
    },

    async insert(cluster: StoredCluster): Promise<void> {
      await db.insertInto('clusters').values(toRow(cluster)).execute()
    },

    async update(
      clusterId: string,
      patch: Partial<Omit<StoredCluster, 'clusterId' | 'createTime'>>,
    ): Promise<void> {
      const current = await this.get(clusterId)
      if (!current) return
      const {
        cluster_id: _id,
        create_time: _created,
        ...row
      } = toRow({
        ...current,
        ...patch,
        updateTime: new Date().toISOString(),
      })
      await db.updateTable('clusters').set(row).where('cluster_id', '=', clusterId).execute()
    },

    async delete(clusterId: string): Promise<void> {
      await db.deleteFrom('clusters').where('cluster_id', '=', clusterId).execute()
    },
  }
}

export type ClustersRepository = ReturnType<typeof clustersRepository>
