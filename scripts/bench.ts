// `npm run bench`: measures what the foundation promises and writes bench/results.json.
//  - creating a local cluster through the API until ACTIVE with 1 and 3 nodes, and each node spec's memory
//    (scripts/bench/cluster-create.ts);
//  - the cluster list API with many clusters in the store: one page, through the real app;
//  - the topic list with 10,000 topics (scripts/bench/topic-list.ts). The console must be built (dist/);
//  - the message query's scan rate over 1,000,000 messages against a bare consumer (scripts/bench/message-scan.ts);
//  - metric queries on a day of stored history, and the samples a second the store takes (scripts/bench/metrics.ts).
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { newClusterId } from '../server/modules/clusters/clusters.service.ts'
import { clustersRepository, newStoredCluster } from '../server/store/clusters-repository.ts'
import { startTestApp } from '../server/test/test-app.ts'
import { clusterCreateBench } from './bench/cluster-create.ts'
import { messageScanBench } from './bench/message-scan.ts'
import { metricsBench } from './bench/metrics.ts'
import { topicListBench } from './bench/topic-list.ts'

const RESULTS = 'bench/results.json'

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))] ?? 0
}

async function clusterListPage(count: number, rounds: number) {
  const t = await startTestApp()
  const repo = clustersRepository(t.db)
  const base = Date.parse('2026-01-01T00:00:00Z')
  for (let i = 0; i < count; i++) {
    const time = new Date(base + i * 1000).toISOString()
    await repo.insert(
      newStoredCluster({
        clusterId: newClusterId(),
        name: `bench-${i}`,
        provider: 'external',
        state: 'ACTIVE',
        numberOfBrokerNodes: 3,
        bootstrapServers: 'h:9092',
        createTime: time,
        updateTime: time,
      }),
    )
  }
  const times: number[] = []
  let marker = ''
  for (let i = 0; i < rounds; i++) {
    const started = performance.now()
    const res = await t.app.inject({
      method: 'GET',
      url: `/v2/clusters?maxKeys=20${marker}&clusterName=bench`,
    })
    times.push(performance.now() - started)
    const next = res.json().nextMarker
    marker = next ? `&marker=${next}` : ''
  }
  await t.close()
  times.sort((a, b) => a - b)
  return {
    clustersInStore: count,
    pageSize: 20,
    requests: rounds,
    p50Ms: +percentile(times, 50).toFixed(2),
    p99Ms: +percentile(times, 99).toFixed(2),
  }
}

// `npm run bench -- topicList` runs only the named sections and keeps the others' last results.
const sections: Record<string, () => Promise<unknown>> = {
  clusterCreate: () => clusterCreateBench(),
  clusterListApi: () => clusterListPage(5000, 500),
  topicList: () => topicListBench(10_000),
  messageScan: () => messageScanBench(1_000_000),
  metrics: () => metricsBench(),
}
const only = process.argv.slice(2)
const previous = existsSync(RESULTS) ? JSON.parse(readFileSync(RESULTS, 'utf8')) : {}
// Sections that no longer exist are dropped rather than kept stale.
const results: Record<string, unknown> = {
  ...Object.fromEntries(Object.entries(previous).filter(([key]) => key in sections)),
  date: new Date().toISOString(),
  machine: { cpus: (await import('node:os')).cpus().length, node: process.version },
}
for (const [name, run] of Object.entries(sections)) {
  if (only.length === 0 || only.includes(name)) results[name] = await run()
}
writeFileSync(RESULTS, `${JSON.stringify(results, null, 2)}\n`)
console.log(JSON.stringify(results, null, 2))
