import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { expect, test } from '@playwright/test'
import { consumeAndCommit, produce, produceSteadily } from '../server/test/kafka-clients.ts'
import { AlarmsPage } from './pages/alarms-page.ts'
import { MonitoringPage, StoragePage } from './pages/monitoring-page.ts'
import { createTopic, localCluster } from './support/local-cluster.ts'

test('monitoring charts a running workload per cluster, node, topic and group; storage lists the topic', async ({
  page,
}) => {
  // Rates need two scrapes 15 s apart after the traffic starts.
  test.setTimeout(300_000)
  const { clusterId, bootstrap } = await localCluster()
  const topic = `e2e-metrics-${Date.now()}`
  const group = `e2e-metrics-reader-${Date.now()}`
  await createTopic(clusterId, topic, 2)
  await produce(bootstrap, topic, 2, 20)
  // More than one partition holds: the group commits on both.
  const consumer = await consumeAndCommit(bootstrap, group, topic, 30)
  const producing = produceSteadily(bootstrap, topic, { perSecond: 20, seconds: 60, bytes: 200 })
  try {
    const monitoring = new MonitoringPage(page)
    await monitoring.open(clusterId)
    await monitoring.autoRefresh('15 s')
    await monitoring.expectDrawn('Bytes in')
    await monitoring.expectDrawn('Messages in')
    await monitoring.expectDrawn('Topics', 1)
    await monitoring.expectDrawn('Partitions')

    await monitoring.tab('Node')
    await monitoring.expectDrawn('JVM heap used', 1)
    await monitoring.expectDrawn('Request handler idle', 1)
    await monitoring.subView('Host')
    await monitoring.expectDrawn('Host CPU usage', 1)
    await monitoring.expectDrawn('Process memory', 1)

    await monitoring.tab('Topic')
    await monitoring.pickTopic(topic)
    await monitoring.expectDrawn('Bytes in', 1)
    await monitoring.expectDrawn('Topic size', 1)
    await monitoring.subView('Topic by node')
    await monitoring.expectDrawn('Messages in')

    await monitoring.tab('Consumer group')
    await monitoring.pickGroup(group)
    await monitoring.expectDrawn('Lag (messages)', 1)
    await monitoring.subView('Group by partition')
    // The group's one topic is picked for it; its two partitions are two series.
    await monitoring.expectDrawn('Lag (messages)', 2)

    const storage = new StoragePage(page)
    await storage.open(clusterId)
    const drawer = await storage.analyse(storage.nodeRows().first())
    await expect(drawer.getByRole('row').filter({ hasText: topic })).toBeVisible()
  } finally {
    await consumer.stop()
    await producing
  }
})

test('a webhook channel answers its test, and a policy using it is listed with its state', async ({
  page,
}) => {
  const received: string[] = []
  const receiver = createServer((req, res) => {
    let body = ''
    req.on('data', (chunk) => {
      body += chunk
    })
    req.on('end', () => {
      received.push(body)
      res.writeHead(204).end()
    })
  })
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve))
  const url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`
  try {
    const { clusterId } = await localCluster()
    const topic = `e2e-alarmed-${Date.now()}`
    await createTopic(clusterId, topic, 1)
    const channel = `e2e-hook-${Date.now()}`
    const policy = `e2e-ingress-${Date.now()}`

    const alarms = new AlarmsPage(page)
    await alarms.open()
    await alarms.addChannel(channel, url)
    await expect(alarms.row(channel)).toContainText(url)
    await expect(await alarms.sendTest(channel)).toHaveText(
      `Test delivered to ${channel}: the receiver answered HTTP 204.`,
    )
    expect(received).toHaveLength(1)

    await alarms.createTopicPolicy({ name: policy, cluster: clusterId, topic, kib: 512, channel })
    await expect(alarms.dialog()).toHaveCount(0)
    const row = alarms.row(policy)
    await expect(row).toContainText(`Topic ${topic}`)
    await expect(row).toContainText('> 512 KiB/s')
    await expect(row.locator('[data-state]')).toHaveText(/^(OK|Firing|No data)$/)
  } finally {
    receiver.close()
  }
})
