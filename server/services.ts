import type { MessageQuerySettings } from '../contract/messages.ts'
import { AdminPool } from './kafka/admin-pool.ts'
import { describeCluster } from './kafka/describe-cluster.ts'
import { clusterAccess } from './modules/clusters/cluster-access.ts'
import { connectionOf } from './modules/clusters/cluster-connection.ts'
import { clusterLifecycle, lifecycleJobs } from './modules/clusters/cluster-lifecycle.ts'
import { clustersService, newClusterId } from './modules/clusters/clusters.service.ts'
import { localClusters } from './modules/clusters/local-clusters.ts'
import { nodeLogsService } from './modules/clusters/node-logs.service.ts'
import { consumerGroupsService } from './modules/consumer-groups/consumer-groups.service.ts'
import { JobRunner } from './modules/jobs/job-runner.ts'
import { jobsService } from './modules/jobs/jobs.service.ts'
import { defaultQuerySettings, messagesService } from './modules/messages/messages.service.ts'
import { TopicSnapshots } from './modules/topics/topic-snapshots.ts'
import { readTopicFigures } from './modules/topics/topic-summaries.ts'
import { topicsService } from './modules/topics/topics.service.ts'
import { LocalProvider } from './providers/local/local-provider.ts'
import { clustersRepository } from './store/clusters-repository.ts'
import { controllerChangesRepository } from './store/controller-changes-repository.ts'
import type { Db } from './store/database.ts'
import { eventsRepository } from './store/events-repository.ts'
import { jobsRepository } from './store/jobs-repository.ts'
import { messageQuerySettingsRepository } from './store/message-query-settings-repository.ts'
import type { SecretBox } from './store/secrets.ts'

const CONTROLLER_WATCH_MS = 30_000

export interface ServiceDeps {
  db: Db
  secrets: SecretBox
  /** Where the local provider keeps its clusters' files. */
  clustersDir: string
  log: { info(msg: string): void; error(obj: unknown, msg: string): void }
  /** Most partitions a topic may have (FERRY_TOPIC_MAX_PARTITIONS). */
  topicMaxPartitions?: number
  /** Message query settings of every cluster that has not saved its own. */
  querySettings?: MessageQuerySettings
}

/** Wires the modules together once; main.ts and the tests both build the app from this. */
export function createServices({
  db,
  secrets,
  clustersDir,
  log,
  topicMaxPartitions = 500,
  querySettings = defaultQuerySettings,
}: ServiceDeps) {
  const clusters = clustersRepository(db)
  const controllerChanges = controllerChangesRepository(db)
  const pool = new AdminPool()
  const access = clusterAccess(clusters, secrets, pool)
  const provider = new LocalProvider({ dataDir: clustersDir, log: (msg) => log.info(msg) })
  const local = localClusters({ clusters, secrets, provider, log, newClusterId })
  const probe = (cfg: Parameters<typeof describeCluster>[0]) => describeCluster(cfg, { timeoutMs: 10_000 })
  const clustersApi = clustersService({ clusters, controllerChanges, secrets, access, probe, local })
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
  const jobStore = jobsRepository(db)
  const eventStore = eventsRepository(db)
  const runner = new JobRunner(
    jobStore,
    lifecycleJobs({ clusters, jobs: jobStore, local, access }),
    eventStore,
    log,
  )
  const lifecycle = clusterLifecycle({ clusters, jobs: jobStore, runner })
  const jobs = jobsService({ jobs: jobStore, events: eventStore, clusters })
  return {
    local,
    topics,
    messages,
    jobs,
    lifecycle,
    nodeLogs: nodeLogsService({ clusters, local }),
    /** Carries on the jobs a previous server left unfinished; call once the local clusters are booted. */
    resumeJobs: () => runner.resumeUnfinished(),
    /** Resolves once no job is running (tests). */
    jobsIdle: () => runner.idle(),
    clusters: clustersApi,
    consumerGroups,
    async close() {
      clearInterval(watch)
      await pool.close()
    },
  }
}

export type Services = ReturnType<typeof createServices>
