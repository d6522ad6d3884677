// The topic list with 10,000 topics on a real 1-node cluster: how long a full snapshot refresh takes, what one
// page costs once the snapshot is there, and how soon the console shows the first rows in Chromium.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { Admin } from '@platformatic/kafka'
import { chromium } from '@playwright/test'
import { DEFAULT_KAFKA_VERSION } from '../../server/providers/local/kafka-dist.ts'
import { LocalProvider } from '../../server/providers/local/local-provider.ts'
import { signIn, startTestApp, TEST_ADMIN_PASSWORD } from '../../server/test/test-app.ts'

const BATCH = 500

function stats(times: number[]) {
  const sorted = [...times].sort((a, b) => a - b)
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))] ?? 0
  return { p50Ms: +at(50).toFixed(2), p99Ms: +at(99).toFixed(2), maxMs: +at(100).toFixed(2) }
}

async function createTopics(bootstrap: string, count: number) {
  const admin = new Admin({ clientId: 'bench', bootstrapBrokers: [bootstrap], timeout: 120_000 })
  try {
    for (let start = 0; start < count; start += BATCH) {
      const names = Array.from(
        { length: Math.min(BATCH, count - start) },
        (_, i) => `bench-topic-${start + i}`,
      )
      await admin.createTopics({ topics: names, partitions: 1, replicas: 1 })
    }
  } finally {
    await admin.close()
  }
}

export async function topicListBench(count: number) {
  const dir = mkdtempSync(join(tmpdir(), 'ferry-bench-topics-'))
  const provider = new LocalProvider({ dataDir: dir })
  const t = await startTestApp({ staticDir: resolve('dist') })
  const state = await provider.create({
    clusterId: 'bench-topics',
    kafkaVersion: DEFAULT_KAFKA_VERSION,
    nodes: 1,
    listeners: ['PLAINTEXT'],
    aclEnabled: false,
  })
  try {
    const node = state.nodes[0]
    if (!node) throw new Error('the bench cluster has no node')
    const bootstrap = `${node.host}:${node.clientPorts.PLAINTEXT}`
    const created = performance.now()
    await createTopics(bootstrap, count)
    const createMs = Math.round(performance.now() - created)
    const clusterId = await t.registerCluster(state, 'bench-topics')
    const list = (query: string) =>
      t.app.inject({ method: 'GET', url: `/v2/clusters/${clusterId}/topics?${query}` })

    // The broker answers metadata for the last batch a moment after the controller created it.
    let total = 0
    for (let waited = 0; total !== count; waited += 500) {
      if (waited > 60_000) throw new Error(`expected ${count} topics, the cluster has ${total}`)
      await new Promise((resolve) => setTimeout(resolve, 500))
      total = (await list('fresh=true&pageSize=1')).json().total
    }
    const refreshes: number[] = []
    for (let i = 0; i < 3; i++) {
      const started = performance.now()
      await list('fresh=true&pageSize=20')
      refreshes.push(performance.now() - started)
    }

    const page = (query: string) => {
      const times: number[] = []
      return async (rounds: number) => {
        for (let i = 0; i < rounds; i++) {
          const started = performance.now()
          await list(`${query}&pageNo=${1 + (i % 50)}`)
          times.push(performance.now() - started)
        }
        return stats(times)
      }
    }

    const base = `http://127.0.0.1:${await t.app.listen({ port: 0, host: '127.0.0.1' }).then((a) => new URL(a).port)}`
    const browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
    })
    const firstRows: number[] = []
    try {
      for (let i = 0; i < 3; i++) {
        // A new context each time: nothing cached, as a user opening the page for the first time.
        const context = await browser.newContext()
        // Signed in, as a user opening the page would be.
        const { headers } = await signIn(t.app.inject, 'admin', TEST_ADMIN_PASSWORD)
        const [name, value] = headers.cookie.split('=') as [string, string]
        await context.addCookies([{ name, value, url: base }])
        const tab = await context.newPage()
        const started = performance.now()
        await tab.goto(`${base}/clusters/${clusterId}/topics?sortBy=messageNum&order=desc`)
        await tab.locator('tbody tr.ant-table-row').first().waitFor()
        firstRows.push(performance.now() - started)
        await context.close()
      }
    } finally {
      await browser.close()
    }

    return {
      topics: count,
      partitionsPerTopic: 1,
      kafkaVersion: DEFAULT_KAFKA_VERSION,
      createAllTopicsMs: createMs,
      snapshotRefresh: stats(refreshes),
      firstPageApi: await page('pageSize=20')(300),
      filteredSortedPageApi: await page('pageSize=20&topicName=topic-9&sortBy=messageNum&order=desc')(300),
      browserTimeToFirstRows: stats(firstRows),
    }
  } finally {
    await t.close()
    await provider.destroy(state)
    rmSync(dir, { recursive: true, force: true })
  }
}
