import { expect, type Page, test } from '@playwright/test'
import { produce } from '../server/test/kafka-clients.ts'
import { TopicsPage } from './pages/topics-page.ts'
import { localCluster } from './support/local-cluster.ts'

async function createThroughForm(page: Page, topics: TopicsPage, clusterId: string, name: string) {
  await topics.openList(clusterId)
  const dialog = await topics.openCreate()
  await dialog.getByLabel('Topic name').fill(name)
  await dialog.getByLabel('Partitions').fill('2')
  await topics.addConfig('retention.ms', '3600000')
  await dialog.getByRole('button', { name: 'Create', exact: true }).click()
  await expect(page.getByText(`Topic ${name} created`)).toBeVisible()
}

test('bad topic input is shown on its field, and a topic created with a config is listed', async ({
  page,
}) => {
  const { clusterId } = await localCluster()
  const name = `e2e.payments.${Date.now()}`
  const topics = new TopicsPage(page)
  await topics.openList(clusterId)
  const dialog = await topics.openCreate()

  const nameField = dialog.getByLabel('Topic name')
  await nameField.fill('payments due!')
  await expect(topics.fieldError('Topic name')).toContainText('only letters, digits')
  await nameField.fill(name)
  // Only the brokers know this value is wrong; their answer lands on the config's own row.
  await topics.addConfig('segment.bytes', 'lots')
  await dialog.getByRole('button', { name: 'Create', exact: true }).click()
  await expect(topics.fieldError('Config value')).toContainText('segment.bytes')
  await expect(dialog).toBeVisible()

  // Nothing was created: the same name is free for a corrected topic.
  await dialog.getByRole('button', { name: 'Cancel' }).click()
  await expect(dialog).toHaveCount(0)
  await topics.openCreate()
  await dialog.getByLabel('Topic name').fill(name)
  await dialog.getByLabel('Partitions').fill('2')
  await topics.addConfig('retention.ms', '3600000')
  await dialog.getByRole('button', { name: 'Create', exact: true }).click()
  await expect(page.getByText(`Topic ${name} created`)).toBeVisible()

  await topics.openList(clusterId, name)
  await expect(topics.rows()).toHaveCount(1)
  await expect(topics.row(name)).toContainText('1 h')
  // Partitions, then replication factor.
  await expect(topics.row(name).getByRole('cell').nth(1)).toHaveText('2')
  await expect(topics.row(name).getByRole('cell').nth(2)).toHaveText('1')

  // Kafka would mix up metrics of names that differ only by "." and "_": the form warns while typing.
  await topics.openCreate()
  await dialog.getByLabel('Topic name').fill(name.replaceAll('.', '_'))
  await expect(dialog.getByTestId('topic-name-clash')).toContainText(`Collides with existing topic "${name}"`)
})

test('a topic’s messages, partitions and configs are shown and changed, and the topic deleted by name', async ({
  page,
}) => {
  const { clusterId, bootstrap } = await localCluster()
  const name = `e2e-orders-${Date.now()}`
  const topics = new TopicsPage(page)
  await createThroughForm(page, topics, clusterId, name)
  await produce(bootstrap, name, 2, 6)

  await topics.openList(clusterId, name)
  await topics.row(name).getByRole('link', { name }).click()
  await expect(topics.overviewValue('Messages')).toHaveText('12')

  await topics.tab('Partitions').click()
  await expect(topics.rows()).toHaveCount(2)
  for (const row of await topics.rows().all()) await expect(row).toContainText('6')

  await page.getByRole('button', { name: 'Increase partitions' }).click()
  await expect(topics.dialog()).toContainText('per-key ordering')
  await topics.dialog().getByRole('spinbutton').fill('3')
  await topics.dialog().getByRole('button', { name: 'Save' }).click()
  await expect(topics.rows()).toHaveCount(3)

  await topics.tab('Configuration').click()
  const retention = topics.configRow('retention.ms')
  await expect(retention).toContainText('3600000')
  await retention.getByRole('button', { name: 'Edit' }).click()
  await topics
    .dialog()
    .getByRole('spinbutton')
    .or(topics.dialog().getByRole('textbox'))
    .first()
    .fill('7200000')
  await topics.dialog().getByRole('button', { name: 'Save' }).click()
  await expect(retention).toContainText('7200000')

  await page.getByRole('button', { name: 'Delete records' }).click()
  await topics.dialog().getByRole('radio', { name: 'All records' }).check()
  await topics.dialog().getByRole('button', { name: 'Delete', exact: true }).click()
  await expect(topics.dialog()).toContainText('Records deleted')
  await topics.dialog().getByRole('button', { name: 'Close' }).first().click()
  await topics.tab('Overview').click()
  await expect(topics.overviewValue('Messages')).toHaveText('0')

  await page.getByRole('button', { name: 'Delete', exact: true }).click()
  const confirm = topics.dialog().getByRole('button', { name: 'Delete', exact: true })
  await expect(confirm).toBeDisabled()
  await topics.dialog().getByLabel('Type the topic name to confirm').fill(name)
  await confirm.click()
  await expect(page.getByText(`Topic ${name} deleted`)).toBeVisible()
  await expect(page).toHaveURL(new RegExp(`/clusters/${clusterId}/topics`))
  await topics.openList(clusterId, name)
  await expect(page.getByText('No topics')).toBeVisible()
})
