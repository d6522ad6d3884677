import type { CreateLocalCluster } from '../contract/cluster-create.ts'
import type { MessageQuerySettings } from '../contract/messages.ts'
import { PasswordHasher } from './auth/password-hasher.ts'
import { AdminPool } from './kafka/admin-pool.ts'
import { describeCluster } from './kafka/describe-cluster.ts'
import { aclsService } from './modules/acls/acls.service.ts'
import { alarmsService } from './modules/alarms/alarms.service.ts'
import { accountsService } from './modules/auth/accounts.service.ts'
import { authService } from './modules/auth/auth.service.ts'
import { LoginLimiter } from './modules/auth/login-limiter.ts'
import { tokensService } from './modules/auth/tokens.service.ts'
import { clusterAccess } from './modules/clusters/cluster-access.ts'
import { connectionOf } from './modules/clusters/cluster-connection.ts'
import { clusterCreateService } from './modules/clusters/cluster-create.service.ts'
import { clusterJobs, clusterLifecycle } from './modules/clusters/cluster-lifecycle.ts'
import { clustersService } from './modules/clusters/clusters.service.ts'
import { localClusters } from './modules/clusters/local-clusters.ts'
import { nodeLogsService } from './modules/clusters/node-logs.service.ts'
import { consumerGroupsService } from './modules/consumer-groups/consumer-groups.service.ts'
import { type Checkpoint, JobRunner } from './modules/jobs/job-runner.ts'
import { jobsService } from './modules/jobs/jobs.service.ts'
import { kafkaUsersService } from './modules/kafka-users/kafka-users.service.ts'
import { defaultQuerySettings, messagesService } from './modules/messages/messages.service.ts'
import {
  DEFAULT_METRICS_SETTINGS,
  type MetricsSettings,
  metricsService,
} from './modules/metrics/metrics.service.ts'
import { watermarkController } from './modules/storage-policy/watermark-controller.ts'
import { TopicSnapshots } from './modules/topics/topic-snapshots.ts'
import { readTopicFigures } from './modules/topics/topic-summaries.ts'
import { topicsService } from './modules/topics/topics.service.ts'
import { DEFAULT_KAFKA_VERSION } from './providers/local/kafka-dist.ts'
import { DEFAULT_MAX_NODES, LocalProvider } from './providers/local/local-provider.ts'
import { accountsRepository } from './store/accounts-repository.ts'
import { auditRepository } from './store/audit-repository.ts'
import { clustersRepository } from './store/clusters-repository.ts'
import { controllerChangesRepository } from './store/controller-changes-repository.ts'
import { credentialsRepository } from './store/credentials-repository.ts'
import type { Db } from './store/database.ts'
import { eventsRepository } from './store/events-repository.ts'
import { jobsRepository } from './store/jobs-repository.ts'
import { kafkaUsersRepository } from './store/kafka-users-repository.ts'
import { messageQuerySettingsRepository } from './store/message-query-settings-repository.ts'
import type { SecretBox } from './store/secrets.ts'

const CONTROLLER_WATCH_MS = 30_000
// The same as the nodes' log.retention.check.interval.ms: deleted records have left the disk by the next look.
const WATERMARK_CHECK_MS = 60_000

/** The cluster Ferry makes on its first start: one small node, plain and SASL listeners, no ACLs. */
function defaultLocalCluster(): CreateLocalCluster {
  return {
    provider: 'local',
    name: 'local',
    mode: 'HP',
    type: 'PROVISIONED',
    tags: [],
    provisioned: {
      kafkaVersion: DEFAULT_KAFKA_VERSION,
      nodeType: 'local.small',
      logicalZones: ['zone-a'],
      numberOfBrokerNodesPerZone: 1,
      storageMeta: { storageType: 'LOCAL_DISK', storageSize: 10, numberOfDisk: 1 },
      authentications: [{ mode: 'NONE' }, { mode: 'SASL_SCRAM' }, { mode: 'SASL_PLAIN' }],
      aclEnabled: false,
      publicIpEnabled: false,
      storagePolicyEnabled: false,
    },
  }
}

export interface ServiceDeps {
  db: Db
  secrets: SecretBox
  /** Where the local provider keeps its clusters' files. */
  clustersDir: string
  log: { info(msg: string): void; warn(msg: string): void; error(obj: unknown, msg: string): void }
  /** How long a console session lasts (FERRY_SESSION_HOURS). */
  sessionHours?: number
  /** Most partitions a topic may have (FERRY_TOPIC_MAX_PARTITIONS). */
  topicMaxPartitions?: number
  /** Message query settings of every cluster that has not saved its own. */
  querySettings?: MessageQuerySettings
  /** Most nodes a local cluster may have (FERRY_LOCAL_MAX_NODES). */
  maxLocalNodes?: number
  /** Host advertised to clients of local clusters with public access (FERRY_PUBLIC_HOST). */
  publicHost?: string
  /** Called after each stored job step; only the crash test passes one. */
  checkpoint?: Checkpoint
  /** How long a restarted node's partitions may take to catch up (tests shorten it). */
  catchUpTimeoutMs?: number
  /** Metrics collection interval and retention (FERRY_METRICS_*). */
  metrics?: MetricsSettings
}

/** Wires the modules together once; main.ts and the tests both build the app from this. */
export function createServices({
  db,
  secrets,
  clustersDir,
  log,
  topicMaxPartitions = 500,
  querySettings = defaultQuerySettings,
  maxLocalNodes = DEFAULT_MAX_NODES,
  publicHost = '127.0.0.1',
  checkpoint,
  catchUpTimeoutMs,
  metrics: metricsSettings = DEFAULT_METRICS_SETTINGS,
  sessionHours = 12,
}: ServiceDeps) {
  const clusters = clustersRepository(db)
  const controllerChanges = controllerChangesRepository(db)
  const pool = new AdminPool()
  const access = clusterAccess(clusters, secrets, pool)
  const provider = new LocalProvider({ dataDir: clustersDir, log: (msg) => log.info(msg), seal: secrets })
  const jobStore = jobsRepository(db)
  const alarms = alarmsService({
    db,
    secrets,
    clusters,
    query: (clusterId, metric, query) => metrics.query(clusterId, metric, query),
    log,
    // A cluster skipped for a round or two still has a present value; one gone longer has no data.
    lookbackMs: 3 * metricsSettings.intervalSeconds * 1000,
  })
  // Every event recorded (by tasks, the watermark controller) goes past the event policies.
  const eventStore = eventsRepository(db, { onRecord: alarms.onEvent })
  const watermark = watermarkController({
    clusters,
    access,
    events: eventStore,
    log,
    intervalMs: WATERMARK_CHECK_MS,
  })
  watermark.start()
  const metrics = metricsService({ db, clusters, access, clustersDir, settings: metricsSettings, log })
  metrics.onRound(() => alarms.evaluate())
  metrics.start()
  const local = localClusters({ clusters, jobs: jobStore, secrets, provider, log, publicHost })
  const runner = new JobRunner(
    jobStore,
    clusterJobs({ clusters, jobs: jobStore, local, access, catchUpTimeoutMs }),
    eventStore,
    log,
    checkpoint,
  )
  const lifecycle = clusterLifecycle({ clusters, jobs: jobStore, runner, maxNodes: maxLocalNodes })
  const creation = clusterCreateService({ db, clusters, local, runner, clustersDir, maxNodes: maxLocalNodes })
  const probe = (cfg: Parameters<typeof describeCluster>[0]) => describeCluster(cfg, { timeoutMs: 10_000 })
  const clustersApi = clustersService({
    clusters,
    controllerChanges,
    secrets,
    access,
    probe,
    local,
    release: lifecycle.release,
  })
  // Leader changes are recorded as Ferry sees them: on every quorum read, and by this look every 30 s.
  const watch = setInterval(async () => {
    for (const cluster of await clusters.all().catch(() => [])) {
      if (cluster.state === 'ACTIVE') await clustersApi.quorum(cluster.clusterId).catch(() => {})
    }
  }, CONTROLLER_WATCH_MS).unref()
  const connection = async (clusterId: string) => connectionOf(await access.find(clusterId), secrets)
  const consumerGroups = consumerGroupsService({ access, connection })
  const messages = messagesService({
    access,
    connection,
    settings: messageQuerySettingsRepository(db),
    defaults: querySettings,
  })
  const snapshots = new TopicSnapshots(async (clusterId) => {
    const { admin } = await access.admin(clusterId)
    return (await readTopicFigures(admin, null)).summaries
  })
  const topics = topicsService({ access, snapshots, maxPartitions: topicMaxPartitions })
  const jobs = jobsService({ jobs: jobStore, events: eventStore, clusters })
  const accountStore = accountsRepository(db)
  const credentials = credentialsRepository(db)
  const hasher = new PasswordHasher()
  const auth = authService({
    accounts: accountStore,
    credentials,
    hasher,
    limiter: new LoginLimiter(),
    sessionHours,
    log,
  })
  return {
    auth,
    accounts: accountsService({ accounts: accountStore, credentials, hasher }),
    tokens: tokensService({ accounts: accountStore, credentials }),
    audit: auditRepository(db),
    local,
    topics,
    messages,
    jobs,
    lifecycle,
    creation,
    watermark,
    metrics,
    nodeLogs: nodeLogsService({ clusters, local }),
    /** Carries on the jobs a previous server left unfinished; call once the local clusters are booted. */
    resumeJobs: () => runner.resumeUnfinished(),
    /** Creates the `local` cluster in an empty store, and resolves when every job has ended. */
    async provisionDefault() {
      if ((await clusters.count()) === 0) await creation.create(defaultLocalCluster())
      await runner.idle()
    },
    /** Resolves once no job is running (tests). */
    jobsIdle: () => runner.idle(),
    clusters: clustersApi,
    consumerGroups,
    kafkaUsers: kafkaUsersService({ access, local, users: kafkaUsersRepository(db) }),
    acls: aclsService({ access }),
    alarms,
    async close() {
      clearInterval(watch)
      await watermark.stop()
      await metrics.stop()
      await alarms.close()
      await pool.close()
    },
  }
}

export type Services = ReturnType<typeof createServices>
