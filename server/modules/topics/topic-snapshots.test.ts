import { describe, expect, it } from 'vitest'
import type { TopicSummary } from '../../../contract/topics.ts'
import { TopicSnapshots } from './topic-snapshots.ts'
import { topicSummary as topic } from './topic-summary.fixture.ts'

/** A reader whose reads the test finishes by hand, to control what is in flight. */
function manualReader() {
  const pending: ((names: string[]) => void)[] = []
  const read = () =>
    new Promise<TopicSummary[]>((resolve) =>
      pending.push((names) => resolve(names.map((name) => topic(name)))),
    )
  return { read, pending }
}

const names = (s: { topics: TopicSummary[] }) => s.topics.map((t) => t.topicName).sort()

describe('TopicSnapshots', () => {
  it('waits for the first read, then answers stale data at once while one refresh runs behind it', async () => {
    let clock = 0
    const reader = manualReader()
    const snapshots = new TopicSnapshots(reader.read, 1000, () => clock)
    const first = snapshots.get('c1')
    reader.pending.shift()?.(['a'])
    expect(names(await first)).toEqual(['a'])

    clock = 5000
    expect(names(await snapshots.get('c1'))).toEqual(['a'])
    expect(names(await snapshots.get('c1'))).toEqual(['a'])
    expect(reader.pending).toHaveLength(1)
    reader.pending.shift()?.(['a', 'b'])
    await new Promise((r) => setTimeout(r, 0))
    expect(names(await snapshots.get('c1'))).toEqual(['a', 'b'])
  })

  it('keeps a change made while a refresh was reading', async () => {
    const reader = manualReader()
    const snapshots = new TopicSnapshots(reader.read)
    const first = snapshots.get('c1')
    reader.pending.shift()?.(['a', 'old'])
    await first

    const refresh = snapshots.refresh('c1')
    snapshots.patch('c1', { changed: [topic('new')], removed: ['old'] })
    expect(names(await snapshots.get('c1'))).toEqual(['a', 'new'])
    // The refresh read the cluster before the change reached it.
    reader.pending.shift()?.(['a', 'old'])
    expect(names(await refresh)).toEqual(['a', 'new'])
  })
})
