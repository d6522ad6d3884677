import { expect, test } from '@playwright/test'
import { ClusterListPage } from './pages/cluster-list-page.ts'
import { localCluster } from './support/local-cluster.ts'

test('the local cluster is stopped and started again as tasks, with their events', async ({ page }) => {
  const { clusterId } = await localCluster()
  await page.goto(`/clusters/${clusterId}`)
  const stop = page.getByRole('button', { name: 'Stop', exact: true })
  const start = page.getByRole('button', { name: 'Start', exact: true })
  await expect(start).toBeDisabled()

  await stop.click()
  await page.getByRole('button', { name: 'Stop cluster' }).click()
  await page.getByRole('link', { name: /Stopping cluster… \(task \w+\)/ }).click()
  await expect(page.getByTestId('job-state')).toHaveText('Succeeded', { timeout: 60_000 })
  await expect(page.getByText('Stop Kafka service').first()).toBeVisible()

  const list = new ClusterListPage(page)
  await list.open()
  await list.expectState('local', 'Stopped')
  await list.openCluster('local')
  await expect(stop).toBeDisabled()
  await start.click()
  await list.open()
  await list.expectState('local', 'Active')

  await page.goto(`/clusters/${clusterId}/jobs`)
  const rows = page.locator('tbody tr.ant-table-row')
  // Newest first, after the task that created the cluster on Ferry's first start.
  await expect(rows).toHaveCount(3)
  await expect(rows.first()).toContainText('Start cluster service')
  await expect(rows.nth(1)).toContainText('Stop cluster service')

  // The reference counts a stopped cluster as a fault.
  await page.goto(`/clusters/${clusterId}/events`)
  await expect(rows).toHaveCount(6)
  await expect(rows.filter({ hasText: 'Cluster stop succeeded' })).toContainText('Fault')
  await expect(rows.first()).toContainText('Cluster resume succeeded')
})
