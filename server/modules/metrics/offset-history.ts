/**
 * The partition's log end offset was `offset` from `firstMs` to `lastMs`: the records before it were written
 * by firstMs, the record at it was not yet written at lastMs.
 */
interface Point {
  offset: number
  firstMs: number
  lastMs: number
}

// Past this many points per partition the older half is thinned out, so a long history costs little memory
// and loses precision only where a lag of hours hardly needs it.
const MAX_POINTS = 64

/**
 * Per partition, the log end offsets the collector saw and when: enough to tell when any record was
 * written, to within a round, without fetching it. Time lag is how long ago the first record a group has not
 * consumed was written.
 */
export class OffsetHistory {
  readonly #points = new Map<string, Point[]>()

  record(key: string, offset: number, timeMs: number): void {
    const points = this.#points.get(key)
    const last = points?.at(-1)
    if (!points || !last || offset < last.offset) {
      // First sight, or the log was truncated or recreated: what came before says nothing now.
      this.#points.set(key, [{ offset, firstMs: timeMs, lastMs: timeMs }])
      return
    }
    if (timeMs <= last.lastMs) return
    if (offset === last.offset) {
      last.lastMs = timeMs
      return
    }
    points.push({ offset, firstMs: timeMs, lastMs: timeMs })
    if (points.length > MAX_POINTS) {
      const half = Math.floor(points.length / 2)
      const thinned = points.slice(0, half).filter((_, i) => i % 2 === 0)
      this.#points.set(key, [...thinned, ...points.slice(half)])
    }
  }

  /**
   * Seconds since the record at `offset` was written: 0 when it is not written yet (nothing to consume).
   * Within the history, interpolated between the last round that had not seen it and the first that had, as
   * if records came at an even pace between them; older than the history, the age of its first point, a
   * lower bound. Null for a
   * partition never seen, or for a record older than a history that has only just begun.
   */
  lagSeconds(key: string, offset: number, nowMs: number): number | null {
    const points = this.#points.get(key)
    const last = points?.at(-1)
    if (!points || !last) return null
    if (offset >= last.offset) return 0
    const after = points.findIndex((p) => p.offset > offset)
    const next = points[after] as Point
    const previous = points[after - 1]
    if (!previous) return nowMs > next.firstMs ? (nowMs - next.firstMs) / 1000 : null
    const share = (offset - previous.offset + 1) / (next.offset - previous.offset)
    const writtenAt = previous.lastMs + share * (next.firstMs - previous.lastMs)
    return Math.max(0, nowMs - writtenAt) / 1000
  }

  /** Forgets partitions not in `keys`: deleted topics, or partitions no group reads any more. */
  keepOnly(keys: Set<string>): void {
    for (const key of this.#points.keys()) if (!keys.has(key)) this.#points.delete(key)
  }
}
