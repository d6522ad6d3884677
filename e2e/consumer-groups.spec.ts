import { expect, test } from '@playwright/test'
import { commitOffsets, produce } from '../server/test/kafka-clients.ts'
import { ConsumerGroupsPage } from './pages/consumer-groups-page.ts'
import { createTopic, localCluster } from './support/local-cluster.ts'

test('a group’s lag is shown, its offsets reset after a preview, and the empty group deleted', async ({
  page,
}) => {
  const { clusterId, bootstrap } = await localCluster()
  const topic = `e2e-orders-${Date.now()}`
  const group = `e2e-billing-${Date.now()}`
  await createTopic(clusterId, topic, 2)
  await produce(bootstrap, topic, 2, 15)
  await commitOffsets(bootstrap, group, topic, [10, 10])

  const groups = new ConsumerGroupsPage(page)
  await groups.openList(clusterId, group)
  await expect(groups.row(group)).toContainText('Empty')
  // 5 unread records on each of the 2 partitions.
  await expect(groups.row(group).getByRole('cell').nth(5)).toHaveText('10')

  await groups.row(group).getByRole('link', { name: group }).click()
  await expect(groups.partitionRows()).toHaveCount(2)
  for (const row of await groups.partitionRows().all()) {
    await expect(row).toContainText(topic)
    await expect(row.getByRole('cell').nth(5)).toHaveText('10')
    await expect(row.getByRole('cell').nth(6)).toHaveText('15')
    await expect(row.getByRole('cell').nth(7)).toHaveText('5')
  }

  await groups.previewReset(topic)
  await expect(groups.previewRows()).toHaveCount(2)
  for (const row of await groups.previewRows().all()) {
    await expect(row.getByRole('cell').nth(1)).toHaveText('10')
    await expect(row.getByRole('cell').nth(2)).toHaveText('0')
  }
  await groups.modal().getByRole('button', { name: 'Apply' }).click()
  await expect(groups.modal()).toContainText('Offsets reset')
  await groups.modal().getByRole('button', { name: 'Close' }).first().click()
  for (const row of await groups.partitionRows().all()) {
    await expect(row.getByRole('cell').nth(5)).toHaveText('0')
    await expect(row.getByRole('cell').nth(7)).toHaveText('15')
  }

  await groups.deleteGroup()
  await expect(page.getByText(`Consumer group ${group} deleted`)).toBeVisible()
  await groups.openList(clusterId, group)
  await expect(page.getByText('No consumer groups')).toBeVisible()
})
