import type { TopicSummary } from '../../../contract/topics.ts'

export interface Snapshot {
  topics: TopicSummary[]
  takenAt: number
}

interface Patch {
  changed: TopicSummary[]
  removed: string[]
}

function applyPatch(topics: TopicSummary[], { changed, removed }: Patch): TopicSummary[] {
  const gone = new Set([...removed, ...changed.map((t) => t.topicName)])
  return [...topics.filter((t) => !gone.has(t.topicName)), ...changed]
}

/**
 * Per cluster, the last full read of every topic. Reads are answered from it at once; one older than
 * `maxAgeMs` is refreshed in the background, so only a cluster's very first read waits for Kafka. Ferry's own
 * changes patch it straight away, and a refresh that was already running when they were made keeps them.
 */
export class TopicSnapshots {
  readonly #snapshots = new Map<string, Snapshot>()
  readonly #refreshing = new Map<string, { promise: Promise<Snapshot>; patches: Patch[] }>()

  constructor(
    private readonly read: (clusterId: string) => Promise<TopicSummary[]>,
    private readonly maxAgeMs = 15_000,
    private readonly now: () => number = Date.now,
  ) {}

  async get(clusterId: string): Promise<Snapshot> {
    const current = this.#snapshots.get(clusterId)
    if (!current) return this.refresh(clusterId)
    if (this.now() - current.takenAt > this.maxAgeMs) this.refresh(clusterId).catch(() => {})
    return current
  }

  /** Reads every topic again; concurrent callers share one read. */
  refresh(clusterId: string): Promise<Snapshot> {
    const running = this.#refreshing.get(clusterId)
    if (running) return running.promise
    const patches: Patch[] = []
    const takenAt = this.now()
    const promise = this.read(clusterId)
      .then((topics) => {
        const snapshot = { topics: patches.reduce(applyPatch, topics), takenAt }
        this.#snapshots.set(clusterId, snapshot)
        return snapshot
      })
      .finally(() => this.#refreshing.delete(clusterId))
    this.#refreshing.set(clusterId, { promise, patches })
    return promise
  }

  /** Records topics Ferry just created, changed or deleted. */
  patch(clusterId: string, patch: Patch): void {
    this.#refreshing.get(clusterId)?.patches.push(patch)
    const current = this.#snapshots.get(clusterId)
    if (current) this.#snapshots.set(clusterId, { ...current, topics: applyPatch(current.topics, patch) })
  }

  forget(clusterId: string): void {
    this.#snapshots.delete(clusterId)
  }
}
