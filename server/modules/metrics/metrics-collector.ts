import { brokerHosts } from '../../kafka/broker-hosts.ts'
import type { ClustersRepository, StoredCluster } from '../../store/clusters-repository.ts'
import type { MetricReading, MetricSamplesRepository } from '../../store/metric-samples-repository.ts'
import type { MetricSourcesRepository } from '../../store/metric-sources-repository.ts'
import type { ClusterAccess } from '../clusters/cluster-access.ts'
import { CounterRates } from './counter-rates.ts'
import { localExporters, type ScrapeResult, scrapeExporters, scrapeFederation } from './exporter-scrape.ts'
import { HostUsage } from './host-usage.ts'
import type { MetricRetention } from './metric-query.ts'
import { applyRetention } from './metric-retention.ts'
import { ProtocolMetrics, readProtocolSnapshot } from './protocol-metrics.ts'

/** What a finished round stored: alarm evaluation runs on it. */
export interface MetricsRound {
  /** Epoch ms every sample of the round is stored at. */
  time: number
  /** Clusters that gave samples. */
  clusterIds: string[]
  samples: number
}

export type RoundListener = (round: MetricsRound) => Promise<void> | void

export interface MetricsCollectorDeps {
  clusters: ClustersRepository
  access: ClusterAccess
  samples: MetricSamplesRepository
  sources: MetricSourcesRepository
  /** Where local clusters keep their data: host_disk is the use of its file system. */
  clustersDir: string
  intervalMs: number
  retention: MetricRetention
  log: { info(msg: string): void; error(obj: unknown, msg: string): void }
}

// Expired samples are deleted this often; a round in between only adds.
const UPKEEP_MS = 10 * 60_000
// A cluster gets at least this long per round before it is skipped, however short the interval.
const MIN_CLUSTER_DEADLINE_MS = 10_000
// States in which the brokers run, or some of them: a cluster being changed is when its charts matter most.
const COLLECTED_STATES = new Set([
  'ACTIVE',
  'UPDATING',
  'REBOOTING',
  'UPDATE_ROLLBACKING',
  'UPDATE_ROLLBACK_FAILED',
])

interface ClusterState {
  rates: CounterRates
  protocol: ProtocolMetrics
  /** The cluster's collection while it runs: a cluster still busy from an earlier round is skipped. */
  busy: Promise<unknown> | null
  /** The last failure logged, so a cluster that stays down is logged once, not every round. */
  failure: string | null
}

/**
 * Collects every running cluster's metrics each interval: the exporters (local nodes, or an external
 * cluster's saved sources), the Kafka protocol, and the host for local clusters; stores them in one
 * transaction and tells the round's listeners. Rounds run one at a time, so a slow one delays the next
 * instead of overlapping it; a cluster that does not answer in time is skipped and logged.
 */
export function metricsCollector(deps: MetricsCollectorDeps) {
  const { clusters, access, samples, sources, intervalMs, retention, log } = deps
  const host = new HostUsage(deps.clustersDir)
  const states = new Map<string, ClusterState>()
  const listeners = new Set<RoundListener>()
  const deadlineMs = Math.max(intervalMs, MIN_CLUSTER_DEADLINE_MS)
  let current: Promise<unknown> = Promise.resolve()
  let timer: NodeJS.Timeout | null = null
  let stopped = false
  let lastTime = 0
  let lastUpkeep = 0

  function report(cluster: StoredCluster, state: ClusterState, failures: string[]) {
    const failure = failures.length > 0 ? failures.join('; ') : null
    if (failure === state.failure) return
    state.failure = failure
    if (failure) log.error({ clusterId: cluster.clusterId }, `metrics of ${cluster.name} skipped: ${failure}`)
    else log.info(`metrics of ${cluster.name}: collected again`)
  }

  async function exporters(cluster: StoredCluster, state: ClusterState): Promise<ScrapeResult> {
    const timeout = Math.min(deadlineMs, 5_000)
    if (cluster.provider === 'local') return scrapeExporters(localExporters(cluster), state.rates, timeout)
    const saved = await sources.get(cluster.clusterId)
    if (saved.exporters.length > 0) return scrapeExporters(saved.exporters, state.rates, timeout)
    if (saved.prometheusUrl === null) return { readings: [], failures: [] }
    const { admin } = await access.admin(cluster.clusterId)
    return scrapeFederation(saved.prometheusUrl, await brokerHosts(admin), state.rates, timeout)
  }

  async function collect(cluster: StoredCluster, state: ClusterState, hostReadings: MetricReading[]) {
    const [protocol, exported] = await Promise.all([
      access
        .admin(cluster.clusterId)
        .then(({ admin }) => readProtocolSnapshot(admin))
        .then((snapshot) => ({ readings: state.protocol.derive(snapshot), failures: [] as string[] }))
        .catch((err: Error) => ({ readings: [], failures: [`Kafka: ${err.message}`] })),
      exporters(cluster, state).catch((err: Error) => ({
        readings: [],
        failures: [`exporters: ${err.message}`],
      })),
    ])
    report(cluster, state, [...protocol.failures, ...exported.failures])
    const readings = [...protocol.readings, ...exported.readings]
    if (cluster.provider === 'local') readings.push(...hostReadings)
    return readings
  }

  async function collectWithin(cluster: StoredCluster, hostReadings: MetricReading[]) {
    let state = states.get(cluster.clusterId)
    if (!state) {
      state = { rates: new CounterRates(), protocol: new ProtocolMetrics(), busy: null, failure: null }
      states.set(cluster.clusterId, state)
    }
    if (state.busy) return null
    // collect() catches what fails; the catch only keeps an unexpected throw from going unhandled.
    const work = collect(cluster, state, hostReadings).catch(() => null)
    const own = state
    own.busy = work.finally(() => {
      own.busy = null
    })
    let timeout: NodeJS.Timeout | undefined
    const late = new Promise<'late'>((resolve) => {
      timeout = setTimeout(() => resolve('late'), deadlineMs).unref()
    })
    const readings = await Promise.race([work, late]).finally(() => clearTimeout(timeout))
    if (readings === 'late') report(cluster, own, [`no answer within ${deadlineMs} ms`])
    return readings === 'late' || readings === null ? null : { clusterId: cluster.clusterId, readings }
  }

  async function round(): Promise<MetricsRound> {
    // Each round its own time: rollups count a sample once per (series, time).
    const time = Math.max(Date.now(), lastTime + 1)
    lastTime = time
    const all = await clusters.all()
    const active = all.filter((c) => COLLECTED_STATES.has(c.state))
    // A cluster that was stopped starts from scratch: rates over the gap would mean little.
    for (const id of states.keys()) if (!active.some((c) => c.clusterId === id)) states.delete(id)
    const hostReadings = active.some((c) => c.provider === 'local') ? await host.read() : []
    const batches = (await Promise.all(active.map((c) => collectWithin(c, hostReadings)))).filter(
      (b) => b !== null,
    )
    const stored = await samples.write(time, batches)
    if (time - lastUpkeep >= UPKEEP_MS) {
      lastUpkeep = time
      const live = all.map((c) => c.clusterId)
      await applyRetention(samples, retention, time, live)
        .then(() => sources.keepOnly(live))
        .catch((err) => log.error(err, 'deleting expired metrics failed'))
    }
    for (const rates of states.values()) rates.rates.forgetBefore(time - 10 * intervalMs)
    const result = { time, clusterIds: batches.map((b) => b.clusterId), samples: stored }
    for (const listener of listeners) {
      try {
        await listener(result)
      } catch (err) {
        log.error(err, 'a metrics round listener failed')
      }
    }
    return result
  }

  /** Runs a round once the one in progress, if any, has ended. */
  function runRound(): Promise<MetricsRound> {
    const next = current.then(round)
    current = next.catch(() => {})
    return next
  }

  function schedule(delayMs: number) {
    timer = setTimeout(async () => {
      const started = Date.now()
      await runRound().catch((err) => log.error(err, 'metrics round failed'))
      if (!stopped) schedule(Math.max(0, intervalMs - (Date.now() - started)))
    }, delayMs).unref()
  }

  return {
    /** Runs one round now (after the one in progress): tests, and anything that cannot wait. */
    collectOnce: runRound,
    /** Calls `listener` after each stored round; answers a function that stops calling it. */
    onRound(listener: RoundListener): () => void {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    start() {
      stopped = false
      if (timer === null) schedule(intervalMs)
    },
    /** Stops the rounds, and resolves once the one in progress has ended. */
    async stop() {
      stopped = true
      if (timer !== null) clearTimeout(timer)
      timer = null
      await current
    },
  }
}

export type MetricsCollector = ReturnType<typeof metricsCollector>
