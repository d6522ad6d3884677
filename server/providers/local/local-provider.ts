import { execFile } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { existsSync } from 'node:fs'
import { mkdir, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { promisify } from 'node:util'
import type { KafkaConnectionConfig } from '../../kafka/connection.ts'
import { describeCluster } from '../../kafka/describe-cluster.ts'
import { createCa, hasCaKey, issueNodeCertificate, type KeySeal, withCaKey } from './certs.ts'
import {
  assertKafkaAvailable,
  isLog4j1,
  KAFKA_VERSIONS,
  kafkaLibDir,
  METRICS_CONFIG,
  metricsAgentJar,
  plainAuthJar,
} from './kafka-dist.ts'
import {
  isController,
  type LocalClientUser,
  type LocalClusterSpec,
  type LocalClusterState,
  type LocalListener,
  type LocalNode,
} from './local-cluster.ts'
import { offersPlain, renderLogConfig, renderServerProperties } from './node-config.ts'
import {
  findOwnProcess,
  portAnswers,
  removeFile,
  sleep,
  spawnDetached,
  tailFile,
  terminate,
} from './node-process.ts'
import {
  hashPlainPassword,
  PLAIN_CREDENTIALS_FILE,
  readPlainCredentials,
  updatePlainCredentials,
} from './plain-credentials.ts'
import { allocatePorts } from './ports.ts'

/** log4j2 picks its parser by the file's extension: without `.properties` it reads the file as XML and logs nothing. */
const LOG_CONFIG = 'log.properties'

export type {
  LocalClientUser,
  LocalClusterSpec,
  LocalClusterState,
  LocalListener,
  LocalNode,
} from './local-cluster.ts'

/** Most nodes a local cluster may have unless FERRY_LOCAL_MAX_NODES says otherwise. */
export const DEFAULT_MAX_NODES = 9

const run = promisify(execFile)

export interface LocalProviderOptions {
  /** e.g. $FERRY_DATA_DIR/clusters; one sub-directory per cluster */
  dataDir: string
  log?: (msg: string) => void
  /** how long a node may take to shut down after SIGTERM before it is killed; default 30 s */
  stopTimeoutMs?: number
  /** how long start waits for every node to be listed by the cluster; default 120 s */
  readyTimeoutMs?: number
  /** Seals each cluster's CA key once its node certificates are issued; without it the key stays in clear. */
  seal?: KeySeal
}

/** Preferred listener for Ferry's own admin connection: the cheapest one that is there. */
const ADMIN_LISTENER_ORDER: LocalListener[] = ['PLAINTEXT', 'SASL_PLAINTEXT', 'SSL', 'SASL_SSL']

// Sized for a 2-core machine running a few clusters: SerialGC and C1-only JIT cut startup CPU sharply.
const JVM_FLAGS = ['-XX:+UseSerialGC', '-XX:TieredStopAtLevel=1', '-Djava.awt.headless=true']

/**
 * Real KRaft clusters of combined broker+controller nodes, run as detached java processes from the jars
 * fetched by runtime/kafka/fetch.mjs. Processes survive the API server; `adopt` finds them again.
 */
export class LocalProvider {
  readonly #dataDir: string
  readonly #log: (msg: string) => void
  readonly #stopTimeoutMs: number
  readonly #readyTimeoutMs: number
  readonly #seal: KeySeal | undefined

  constructor(opts: LocalProviderOptions) {
    this.#dataDir = opts.dataDir
    this.#log = opts.log ?? (() => {})
    this.#stopTimeoutMs = opts.stopTimeoutMs ?? 30_000
    this.#readyTimeoutMs = opts.readyTimeoutMs ?? 120_000
    this.#seal = opts.seal
  }

  clusterDir(clusterId: string): string {
    if (!/^[A-Za-z0-9][A-Za-z0-9_-]*$/.test(clusterId))
      throw new Error(`cluster id "${clusterId}" is not a safe directory name`)
    return join(this.#dataDir, clusterId)
  }

  #nodeDir(state: LocalClusterState, nodeId: number): string {
    return join(this.clusterDir(state.spec.clusterId), `node-${nodeId}`)
  }

  /** Where a node writes its logs (broker.log and its rolled files, and the process's node.log). */
  logDir(state: LocalClusterState, nodeId: number): string | null {
    return state.nodes.some((n) => n.nodeId === nodeId) ? this.#nodeDir(state, nodeId) : null
  }

  #file(
    state: LocalClusterState,
    nodeId: number,
    name: 'server.properties' | 'node.pid' | 'node.log' | 'broker.log',
  ): string {
    return join(this.#nodeDir(state, nodeId), name)
  }

  /** Plans, prepares and starts a cluster in one go; a durable job calls the three steps itself. */
  async create(spec: LocalClusterSpec, clientUsers: LocalClientUser[] = []): Promise<LocalClusterState> {
    const planned = await this.plan(spec, clientUsers)
    const prepared = await this.prepare(planned)
    await this.start(prepared)
    return prepared
  }

  /** Ports, ids and the super user's password: everything a cluster is, before anything is on disk. */
  async plan(spec: LocalClusterSpec, clientUsers: LocalClientUser[] = []): Promise<LocalClusterState> {
    validateSpec(spec)
    assertKafkaAvailable(spec.kafkaVersion)
    const controllers = spec.nodes >= 3 ? 3 : 1
    const nodes = await this.#planNodes(spec, 1, spec.nodes, (i) => (i < controllers ? 'combined' : 'broker'))
    return {
      spec,
      kafkaClusterId: newKafkaClusterId(),
      // Hex keeps the password free of characters that need quoting in JAAS and --add-scram.
      superUser: { username: 'ferry-admin', password: randomBytes(24).toString('hex') },
      clientUsers,
      nodes,
    }
  }

  async #planNodes(
    spec: LocalClusterSpec,
    firstId: number,
    count: number,
    role: (index: number) => 'combined' | 'broker',
  ): Promise<LocalNode[]> {
    const host = '127.0.0.1'
    const perNode = spec.listeners.length + 3
    const ports = await allocatePorts(host, perNode * count)
    if (spec.bindAddress && spec.bindAddress !== host) {
      // Client ports bind on every interface too; one free on loopback may be taken there.
      const wide = await allocatePorts(spec.bindAddress, spec.listeners.length * count)
      for (let i = 0; i < count; i++)
        spec.listeners.forEach((_, j) => {
          ports[i * perNode + j] = wide[i * spec.listeners.length + j] as number
        })
    }
    return Array.from({ length: count }, (_, i) => {
      const mine = ports.slice(i * perNode, (i + 1) * perNode) as number[]
      const nodeId = firstId + i
      return {
        nodeId,
        host,
        clientPorts: Object.fromEntries(spec.listeners.map((l, j) => [l, mine[j]])),
        controllerPort: mine[spec.listeners.length] as number,
        internalPort: mine[spec.listeners.length + 1] as number,
        metricsPort: mine[spec.listeners.length + 2] as number,
        rack: spec.racks?.[nodeId - 1] ?? null,
        role: role(i),
      }
    })
  }

  /**
   * Writes the cluster's files and formats its nodes. Safe to run again after a crash: files are rewritten
   * and a node already formatted is left as it is. Returns the state with the CA, when there is one.
   */
  async prepare(state: LocalClusterState): Promise<LocalClusterState> {
    const dir = this.clusterDir(state.spec.clusterId)
    await mkdir(dir, { recursive: true })
    this.#log(
      `cluster ${state.spec.clusterId}: writing configs for ${state.nodes.length} node(s), Kafka ${state.spec.kafkaVersion}`,
    )
    const prepared = await this.#writeFiles(state, state.nodes)
    await Promise.all(prepared.nodes.map((n) => this.#format(prepared, n)))
    return prepared
  }

  /** Plans, writes and formats `count` broker-only nodes; they join once `start` runs them. */
  async addNodes(
    state: LocalClusterState,
    count: number,
    racks: (string | null)[],
  ): Promise<LocalClusterState> {
    const firstId = Math.max(...state.nodes.map((n) => n.nodeId)) + 1
    const added = (await this.#planNodes(state.spec, firstId, count, () => 'broker')).map((n, i) => ({
      ...n,
      rack: racks[i] ?? null,
    }))
    const grown = { ...state, nodes: [...state.nodes, ...added] }
    const written = await this.#writeFiles(grown, added)
    await Promise.all(added.map((n) => this.#format(written, n)))
    return written
  }

  /** Stops the given nodes and removes their directories: what undoes a failed addNodes. */
  async removeNodes(state: LocalClusterState, nodeIds: number[]): Promise<LocalClusterState> {
    const gone = state.nodes.filter((n) => nodeIds.includes(n.nodeId))
    await this.stop({ ...state, nodes: gone })
    await Promise.all(gone.map((n) => rm(this.#nodeDir(state, n.nodeId), { recursive: true, force: true })))
    return { ...state, nodes: state.nodes.filter((n) => !nodeIds.includes(n.nodeId)) }
  }

  /** Stops one node (a controlled shutdown, so its leaders move first), starts it, and waits until it is back. */
  async restartNode(state: LocalClusterState, nodeId: number): Promise<void> {
    const node = state.nodes.find((n) => n.nodeId === nodeId)
    if (!node) throw new Error(`cluster ${state.spec.clusterId} has no node ${nodeId}`)
    await this.stop({ ...state, nodes: [node] })
    await this.start(state)
  }

  /** Writes the files of `nodes`; the cluster's CA is made once and reused for nodes added later. */
  async #writeFiles(state: LocalClusterState, nodes: LocalNode[]): Promise<LocalClusterState> {
    const dir = this.clusterDir(state.spec.clusterId)
    const tls = state.spec.listeners.some((l) => l === 'SSL' || l === 'SASL_SSL')
    const caDir = join(dir, 'ca')
    let caCertificate = state.caCertificate
    if (tls && !(caCertificate && hasCaKey(caDir)))
      caCertificate = await createCa(caDir, `Ferry local CA ${state.spec.clusterId}`)
    const written = caCertificate ? { ...state, caCertificate } : state
    // One opening of the CA key for all the nodes: each would otherwise seal it away under the others.
    const keystores = tls
      ? await withCaKey(caDir, this.#seal, () =>
          Promise.all(
            nodes.map((node) =>
              issueNodeCertificate(caDir, this.#nodeDir(state, node.nodeId), [
                node.host,
                '127.0.0.1',
                'localhost',
              ]),
            ),
          ),
        )
      : undefined
    await writeFile(join(dir, LOG_CONFIG), renderLogConfig(isLog4j1(state.spec.kafkaVersion)))
    const plainCredentials = offersPlain(state.spec) ? await this.#writePlainUsers(state) : undefined
    await Promise.all(
      nodes.map(async (node, i) => {
        const nodeDir = this.#nodeDir(state, node.nodeId)
        await mkdir(join(nodeDir, 'data'), { recursive: true })
        const keystore = keystores?.[i]
        const props = renderServerProperties(written, node, {
          dataDir: join(nodeDir, 'data'),
          keystore,
          plainCredentials,
        })
        await writeFile(this.#file(state, node.nodeId, 'server.properties'), props, { mode: 0o600 })
      }),
    )
    return written
  }

  /**
   * The PLAIN users file, written once with the super user and the first PLAIN users: later users live only
   * in it (Ferry changes them through setPlainUser), so nodes added later must not write it again.
   */
  async #writePlainUsers(state: LocalClusterState): Promise<string> {
    const path = this.plainCredentialsPath(state.spec.clusterId)
    if (existsSync(path)) return path
    const first = [state.superUser, ...(state.clientUsers ?? []).filter((u) => u.mechanism === 'PLAIN')]
    await updatePlainCredentials(path, (users) => {
      for (const u of first) users.set(u.username, hashPlainPassword(u.password))
    })
    return path
  }

  plainCredentialsPath(clusterId: string): string {
    return join(this.clusterDir(clusterId), PLAIN_CREDENTIALS_FILE)
  }

  /**
   * The names in a cluster's PLAIN users file; null when it has none: its listeners offer no PLAIN, or it
   * was made when its PLAIN users were still a static list in server.properties.
   */
  async plainUsers(clusterId: string): Promise<string[] | null> {
    const path = this.plainCredentialsPath(clusterId)
    if (!existsSync(path)) return null
    return [...(await readPlainCredentials(path)).keys()]
  }

  /**
   * Adds a PLAIN user (`create`) or gives one a new password (`reset`); the brokers read the change at the
   * next sign-in. False when the user already exists (create) or does not (reset).
   */
  async setPlainUser(
    clusterId: string,
    username: string,
    password: string,
    mode: 'create' | 'reset',
  ): Promise<boolean> {
    return updatePlainCredentials(this.plainCredentialsPath(clusterId), (users) => {
      const exists = users.has(username)
      if (mode === 'create' ? exists : !exists) return false
      users.set(username, hashPlainPassword(password))
      return true
    })
  }

  /** Removes a PLAIN user; false when there was none of that name. */
  async removePlainUser(clusterId: string, username: string): Promise<boolean> {
    return updatePlainCredentials(this.plainCredentialsPath(clusterId), (users) => users.delete(username))
  }

  #javaBase(state: LocalClusterState): string[] {
    const logConfig = join(this.clusterDir(state.spec.clusterId), LOG_CONFIG)
    return [
      ...JVM_FLAGS,
      isLog4j1(state.spec.kafkaVersion)
        ? `-Dlog4j.configuration=file:${logConfig}`
        : `-Dlog4j2.configurationFile=${logConfig}`,
      '-cp',
      `${kafkaLibDir(state.spec.kafkaVersion)}/*:${plainAuthJar()}`,
    ]
  }

  async #format(state: LocalClusterState, node: LocalNode): Promise<void> {
    const scramUsers = [
      state.superUser,
      ...(state.clientUsers ?? []).filter((u) => u.mechanism === 'SCRAM-SHA-512'),
    ]
    const args = [
      '-Xmx256m',
      ...this.#javaBase(state),
      'kafka.tools.StorageTool',
      'format',
      '-t',
      state.kafkaClusterId,
      '-c',
      this.#file(state, node.nodeId, 'server.properties'),
      // Run again after a crash, a node formatted the first time is left as it is.
      '--ignore-formatted',
      // SCRAM users live in the metadata log, so the first ones are written before the first start; only
      // the controllers hold the log's bootstrap records.
      ...(isController(node)
        ? scramUsers.flatMap((u) => [
            '--add-scram',
            `SCRAM-SHA-512=[name=${u.username},password=${u.password}]`,
          ])
        : []),
    ]
    try {
      await run('java', args, { cwd: this.#nodeDir(state, node.nodeId) })
    } catch (err) {
      const e = err as { stdout?: string; stderr?: string; message: string }
      throw new Error(
        `formatting node ${node.nodeId} failed: ${(e.stdout ?? '') + (e.stderr ?? '') || e.message}`,
      )
    }
  }

  /** What a failed start says: the broker's own log, then anything the JVM printed before logging began. */
  async #logTail(state: LocalClusterState, nodeId: number): Promise<string> {
    const broker = await tailFile(this.#file(state, nodeId, 'broker.log'))
    const jvm = await tailFile(this.#file(state, nodeId, 'node.log'), 1000)
    return [broker, jvm].filter((t) => t.trim()).join('\n')
  }

  /** Starts the nodes that are not running and waits until every node answers; `onSpawned` follows the spawns. */
  async start(state: LocalClusterState, onSpawned?: () => void): Promise<void> {
    assertKafkaAvailable(state.spec.kafkaVersion)
    const { dead } = await this.adopt(state)
    const started = await Promise.all(
      dead.map(async (nodeId) => ({ nodeId, pid: await this.#spawnNode(state, nodeId) })),
    )
    if (started.length > 0) this.#log(`cluster ${state.spec.clusterId}: started node(s) ${dead.join(', ')}`)
    onSpawned?.()
    await this.#waitReady(state, started)
  }

  async #spawnNode(state: LocalClusterState, nodeId: number): Promise<number> {
    const node = state.nodes.find((n) => n.nodeId === nodeId)
    if (!node) throw new Error(`no node ${nodeId}`)
    // Without a profile (the first-start cluster): three JVMs share the machine with the API server and
    // the console, one gets more room.
    const heapMb = state.spec.profile?.heapMb ?? (state.nodes.length === 1 ? 512 : 384)
    const heap = [`-Xms${Math.min(256, heapMb)}m`, `-Xmx${heapMb}m`]
    const args = [
      ...heap,
      `-javaagent:${metricsAgentJar()}=${node.host}:${node.metricsPort}:${METRICS_CONFIG}`,
      `-Dkafka.logs.dir=${this.#nodeDir(state, nodeId)}`,
      ...this.#javaBase(state),
      'kafka.Kafka',
      this.#file(state, nodeId, 'server.properties'),
    ]
    return spawnDetached('java', args, {
      cwd: this.#nodeDir(state, nodeId),
      logFile: this.#file(state, nodeId, 'node.log'),
      pidFile: this.#file(state, nodeId, 'node.pid'),
    })
  }

  async #waitReady(state: LocalClusterState, started: { nodeId: number; pid: number }[]): Promise<void> {
    const deadline = Date.now() + this.#readyTimeoutMs
    const want = state.nodes.map((n) => n.nodeId)
    const conn = this.connectionFor(state)
    let last = 'no answer yet'
    while (Date.now() < deadline) {
      for (const { nodeId } of started) {
        const alive = await findOwnProcess(
          this.#file(state, nodeId, 'node.pid'),
          this.#file(state, nodeId, 'server.properties'),
        )
        if (alive === null) {
          const tail = await this.#logTail(state, nodeId)
          throw new Error(
            `node ${nodeId} of cluster ${state.spec.clusterId} exited during start. Log tail:\n${tail}`,
          )
        }
      }
      try {
        const info = await describeCluster(conn, { timeoutMs: 3000 })
        const listed = new Set(info.brokers.map((b) => b.nodeId))
        if (want.every((id) => listed.has(id))) return
        last = `brokers listed: ${[...listed].join(', ') || 'none'}`
      } catch (err) {
        last = (err as Error).message
      }
      await sleep(500)
    }
    throw new Error(
      `cluster ${state.spec.clusterId} was not ready within ${this.#readyTimeoutMs} ms (${last}). Log tail of node ${want[0]}:\n${await this.#logTail(state, want[0] as number)}`,
    )
  }

  /**
   * Finds this cluster's broker processes after an API server restart. A node counts as running when its pid
   * file names a live process whose argv holds the node's config path and whose port answers. A node whose
   * process is alive but whose port stays silent is still starting or stuck: it is reported as `unresponsive`,
   * never as dead, so that nobody starts a second broker on its data directory.
   */
  async adopt(
    state: LocalClusterState,
  ): Promise<{ running: number[]; dead: number[]; unresponsive: number[] }> {
    const result = { running: [] as number[], dead: [] as number[], unresponsive: [] as number[] }
    await Promise.all(
      state.nodes.map(async (node) => {
        const pidFile = this.#file(state, node.nodeId, 'node.pid')
        const pid = await findOwnProcess(pidFile, this.#file(state, node.nodeId, 'server.properties'))
        if (pid === null) {
          await removeFile(pidFile)
          result.dead.push(node.nodeId)
        } else if (await portAnswers(node.host, node.internalPort, 2000)) {
          result.running.push(node.nodeId)
        } else {
          result.unresponsive.push(node.nodeId)
        }
      }),
    )
    for (const list of Object.values(result)) list.sort((a, b) => a - b)
    return result
  }

  async nodeStatus(
    state: LocalClusterState,
  ): Promise<{ nodeId: number; alive: boolean; pid: number | null }[]> {
    return Promise.all(
      state.nodes.map(async (n) => {
        const pid = await findOwnProcess(
          this.#file(state, n.nodeId, 'node.pid'),
          this.#file(state, n.nodeId, 'server.properties'),
        )
        return { nodeId: n.nodeId, alive: pid !== null, pid }
      }),
    )
  }

  async stop(state: LocalClusterState): Promise<void> {
    await Promise.all(
      state.nodes.map(async (n) => {
        const pidFile = this.#file(state, n.nodeId, 'node.pid')
        const pid = await findOwnProcess(pidFile, this.#file(state, n.nodeId, 'server.properties'))
        if (pid !== null) await terminate(pid, this.#stopTimeoutMs)
        await removeFile(pidFile)
      }),
    )
    this.#log(`cluster ${state.spec.clusterId}: stopped`)
  }

  async destroy(state: LocalClusterState): Promise<void> {
    await this.stop(state)
    await this.removeDir(state.spec.clusterId)
  }

  /** Removes a cluster's directory: all it wrote. */
  async removeDir(clusterId: string): Promise<void> {
    await rm(this.clusterDir(clusterId), { recursive: true, force: true })
  }

  /** Admin connection as the super user, on `listener` or the cheapest listener the cluster has. */
  connectionFor(state: LocalClusterState, listener?: LocalListener): KafkaConnectionConfig {
    const chosen = listener ?? ADMIN_LISTENER_ORDER.find((l) => state.spec.listeners.includes(l))
    if (!chosen || !state.spec.listeners.includes(chosen)) {
      throw new Error(`cluster ${state.spec.clusterId} has no ${listener ?? 'client'} listener`)
    }
    const config: KafkaConnectionConfig = {
      bootstrapServers: state.nodes.map((n) => `${n.host}:${n.clientPorts[chosen]}`),
      securityProtocol: chosen,
    }
    if (chosen === 'SASL_PLAINTEXT' || chosen === 'SASL_SSL') {
      const mechanisms = state.spec.saslMechanisms ?? ['SCRAM-SHA-512']
      config.sasl = {
        mechanism: mechanisms.includes('SCRAM-SHA-512') ? 'SCRAM-SHA-512' : 'PLAIN',
        ...state.superUser,
      }
    }
    if ((chosen === 'SSL' || chosen === 'SASL_SSL') && state.caCertificate)
      config.caCertificate = state.caCertificate
    return config
  }
}

function validateSpec(spec: LocalClusterSpec): void {
  if (!KAFKA_VERSIONS.includes(spec.kafkaVersion)) {
    throw new Error(`Kafka ${spec.kafkaVersion} is not offered; choose one of ${KAFKA_VERSIONS.join(', ')}`)
  }
  if (!Number.isInteger(spec.nodes) || spec.nodes < 1)
    throw new Error('a local cluster has at least one node')
  if (spec.listeners.length === 0) throw new Error('a local cluster needs at least one client listener')
  if (new Set(spec.listeners).size !== spec.listeners.length) throw new Error('listeners must not repeat')
  if (spec.racks && spec.racks.length !== spec.nodes) throw new Error('give one rack per node, or none')
}

/** Kafka's Uuid form: 16 random bytes as unpadded base64url; Kafka rejects ids that start with '-'. */
export function newKafkaClusterId(): string {
  for (;;) {
    const id = randomBytes(16).toString('base64url')
    if (!id.startsWith('-')) return id
  }
}
