import { existsSync, readFileSync, statfsSync } from 'node:fs'
import { dirname } from 'node:path'
import {
  type CreateLocalCluster,
  estimateResources,
  LOCAL_NODE_TYPES,
  LOCAL_ZONES,
  type LocalCatalogue,
} from '../../../contract/cluster-create.ts'
import { ApiError } from '../../http/api-error.ts'
import { isKafkaAvailable, KAFKA_VERSIONS } from '../../providers/local/kafka-dist.ts'
import {
  type ClustersRepository,
  clustersRepository,
  newStoredCluster,
} from '../../store/clusters-repository.ts'
import type { Db } from '../../store/database.ts'
import { idempotencyRepository, requestHash } from '../../store/idempotency-repository.ts'
import { jobsRepository } from '../../store/jobs-repository.ts'
import type { JobRunner } from '../jobs/job-runner.ts'
import { newClusterId } from './clusters.service.ts'
import { localSpecOf } from './local-cluster-spec.ts'
import type { LocalClusters } from './local-clusters.ts'

export interface ClusterCreateDeps {
  db: Db
  clusters: ClustersRepository
  local: LocalClusters
  runner: JobRunner
  /** Where the local clusters' data goes, for the free-disk figure. */
  clustersDir: string
  maxNodes: number
}

/** Memory the kernel says can be used without swapping, in MiB. */
function availableMemoryMb(): number {
  const line = readFileSync('/proc/meminfo', 'utf8').match(/^MemAvailable:\s+(\d+) kB/m)
  return line ? Math.floor(Number(line[1]) / 1024) : 0
}

/** Free space on the disk that holds `dir`, which need not exist yet (before the first cluster). */
function freeDiskGb(dir: string): number {
  let at = dir
  while (!existsSync(at) && dirname(at) !== at) at = dirname(at)
  const fs = statfsSync(at)
  return Math.floor((fs.bavail * fs.bsize) / 1024 ** 3)
}

const field = (path: string, message: string) => new ApiError('ERROR_PARAMS', message, { [path]: message })

/** Creating clusters on the local provider: checked in full before anything is stored, then a durable job. */
export function clusterCreateService({
  db,
  clusters,
  local,
  runner,
  clustersDir,
  maxNodes,
}: ClusterCreateDeps) {
  const idempotency = idempotencyRepository(db)

  function catalogue(): LocalCatalogue {
    return {
      kafkaVersions: KAFKA_VERSIONS.map((version) => ({ version, available: isKafkaAvailable(version) })),
      nodeTypes: LOCAL_NODE_TYPES.map((t) => ({ ...t })),
      zones: [...LOCAL_ZONES],
      maxNodes,
      availableMemoryMb: availableMemoryMb(),
      freeDiskGb: freeDiskGb(clustersDir),
    }
  }

  async function validate(body: CreateLocalCluster) {
    const p = body.provisioned
    if (await clusters.getByName(body.name)) {
      throw new ApiError('CLUSTER_NAME_ALREADY_EXISTS', `A cluster named “${body.name}” already exists.`, {
        name: 'This name is taken by another cluster.',
      })
    }
    const offer = catalogue()
    const version = offer.kafkaVersions.find((v) => v.version === p.kafkaVersion)
    if (!version) throw field('provisioned.kafkaVersion', `Choose one of ${KAFKA_VERSIONS.join(', ')}.`)
    if (!version.available)
      throw field(
        'provisioned.kafkaVersion',
        `Kafka ${p.kafkaVersion} is not fetched on this host; run: npm run fetch-kafka -- ${p.kafkaVersion}`,
      )
    if (!LOCAL_NODE_TYPES.some((t) => t.nodeType === p.nodeType))
      throw field(
        'provisioned.nodeType',
        `Choose one of ${LOCAL_NODE_TYPES.map((t) => t.nodeType).join(', ')}.`,
      )
    const unknownZone = p.logicalZones.find((z) => !offer.zones.includes(z))
    if (unknownZone)
      throw field(
        'provisioned.logicalZones',
        `There is no zone ${unknownZone}; choose from ${offer.zones.join(', ')}.`,
      )
    const nodes = p.numberOfBrokerNodesPerZone * p.logicalZones.length
    if (nodes > maxNodes)
      throw field(
        'provisioned.numberOfBrokerNodesPerZone',
        `That makes ${nodes} nodes; a local cluster has at most ${maxNodes}.`,
      )
    const needs = estimateResources({
      nodeType: p.nodeType,
      nodes,
      storageSizeGb: p.storageMeta.storageSize,
      modes: p.authentications.map((a) => a.mode),
    })
    if (needs.memoryMb > offer.availableMemoryMb)
      throw new ApiError(
        'RESOURCE_FAILED',
        `The cluster needs about ${needs.memoryMb} MiB of memory and this host has ${offer.availableMemoryMb} MiB available. Choose a smaller spec or fewer nodes.`,
      )
    if (needs.diskGb > offer.freeDiskGb)
      throw new ApiError(
        'RESOURCE_FAILED',
        `The cluster's disk budget is ${needs.diskGb} GB and ${offer.freeDiskGb} GB are free where Ferry keeps its data. Choose a smaller capacity per node.`,
        {
          'provisioned.storageMeta.storageSize': `At most ${Math.floor(offer.freeDiskGb / nodes)} GB per node here.`,
        },
      )
  }

  /** Stores the cluster, its create job and the idempotency key together, then starts the job. */
  async function create(body: CreateLocalCluster, idempotencyKey?: string) {
    const hash = requestHash(body)
    if (idempotencyKey) {
      const earlier = await idempotency.get(idempotencyKey)
      if (earlier) return answerAgain(idempotencyKey, earlier, hash)
    }
    await validate(body)
    const clusterId = newClusterId()
    const { spec, users, provisioned, nodes } = localSpecOf(clusterId, body)
    const p = body.provisioned
    const cluster = newStoredCluster({
      clusterId,
      name: body.name,
      provider: 'local',
      state: 'NEW',
      mode: body.mode,
      kafkaVersion: p.kafkaVersion,
      numberOfBrokerNodes: nodes,
      logicalZones: p.logicalZones,
      authenticationModes: p.authentications.map((a) => a.mode),
      aclEnabled: p.aclEnabled,
      publicIpEnabled: p.publicIpEnabled,
      tags: body.tags,
      providerState: local.initialState(spec, users),
      provisioned,
    })
    const job = runner.plan({
      clusterId,
      type: 'CREATE_KAFKA_CLUSTER',
      sourceContext: { state: 'NEW' },
      targetContext: { state: 'ACTIVE', nodes, nodeType: p.nodeType, kafkaVersion: p.kafkaVersion },
    })
    const answer = { clusterId, jobId: job.jobId }
    try {
      await db.transaction().execute(async (tx) => {
        await clustersRepository(tx).insert(cluster)
        await jobsRepository(tx).insert(job)
        if (idempotencyKey) await idempotencyRepository(tx).insert(idempotencyKey, hash, answer)
      })
    } catch (err) {
      // The same key raced in from a second request: that one won, and its answer is this one's too.
      const earlier = idempotencyKey ? await idempotency.get(idempotencyKey) : undefined
      if (earlier && idempotencyKey) return answerAgain(idempotencyKey, earlier, hash)
      throw err
    }
    runner.start(job.jobId)
    return answer
  }

  function answerAgain(key: string, earlier: { requestHash: string; response: unknown }, hash: string) {
    if (earlier.requestHash !== hash) {
      throw new ApiError(
        'IDEMPOTENCY_KEY_REUSED',
        `Idempotency-Key ${key} was already used for a different request; send a new key for a new cluster.`,
      )
    }
    return earlier.response as { clusterId: string; jobId: string }
  }

  return { catalogue, create }
}

export type ClusterCreateService = ReturnType<typeof clusterCreateService>
