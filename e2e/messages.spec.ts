import { expect, test } from '@playwright/test'
import { produceKeyed } from '../server/test/kafka-clients.ts'
import { createTopic, localCluster } from './support/local-cluster.ts'

test('a query streams its progress, a message opens, and a sent message is found', async ({ page }) => {
  const { clusterId, bootstrap } = await localCluster()
  const topic = `e2e-payments-${Date.now()}`
  await createTopic(clusterId, topic, 2)
  await produceKeyed(
    bootstrap,
    topic,
    Array.from({ length: 30 }, (_, i) => ({
      key: `user-${i % 5}`,
      value: JSON.stringify({ n: i, amount: i * 10, big: '12345678901234567890' }),
      timestamp: Date.now() - (30 - i) * 1000,
    })),
  )

  await page.goto(`/clusters/${clusterId}/messages?topic=${topic}`)
  // antd draws its own radio; the input underneath is invisible, so the label is what a user clicks.
  await page
    .locator('label')
    .filter({ hasText: /^By key$/ })
    .click()
  await page.getByLabel('Key', { exact: true }).fill('user-3')
  await page.getByRole('button', { name: 'Search', exact: true }).click()

  await expect(page.getByTestId('query-end')).toBeVisible()
  await expect(page.getByTestId('query-progress')).toContainText('Matched 6')
  const rows = page.locator('tbody tr.ant-table-row')
  await expect(rows).toHaveCount(6)

  await rows.first().getByRole('button', { name: 'View' }).click()
  const drawer = page.getByRole('dialog')
  await expect(drawer).toContainText(/Partition \d · Offset \d+/)
  await expect(drawer).toContainText('user-3')
  await expect(drawer).toContainText('"amount"')
  await page.keyboard.press('Escape')
  await expect(drawer).toHaveCount(0)

  await page.getByRole('button', { name: 'Send message' }).click()
  const modal = page.getByRole('dialog')
  await modal.getByLabel('Key').fill('e2e-key')
  await modal.getByLabel('Value').fill('{"sent": "from the console"}')
  await modal.getByRole('button', { name: 'Send', exact: true }).click()
  await expect(modal.getByTestId('produce-result')).toContainText(/Sent to partition \d at offset \d+/)
  await modal.getByRole('button', { name: 'Find it' }).click()
  await expect(page.getByTestId('query-end')).toBeVisible()
  await expect(rows.first()).toContainText('from the console')
})
