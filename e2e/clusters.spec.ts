import { expect, test } from '@playwright/test'
import { ClusterDetailPage } from './pages/cluster-detail-page.ts'
import { ClusterListPage } from './pages/cluster-list-page.ts'
import { selectOption } from './pages/select-option.ts'
import { saslCluster } from './support/sasl-cluster.ts'

test('the local cluster Ferry provisioned is listed as Active', async ({ page }) => {
  const list = new ClusterListPage(page)
  await list.open()
  await list.expectState('local', 'Active')
  await expect(list.row('local')).toContainText('Managed by Ferry')
})

test('the local cluster’s detail page shows its endpoints and its live node', async ({ page }) => {
  const list = new ClusterListPage(page)
  await list.open()
  await list.openCluster('local')
  const detail = new ClusterDetailPage(page)
  await expect(detail.endpoint('PLAINTEXT')).toHaveText(/^127\.0\.0\.1:\d+$/)
  await expect(detail.nodeRows()).toHaveCount(1)
  await expect(detail.nodeRows().first()).toContainText('In service')
  await expect(detail.nodeRows().first()).toContainText('Controller')
  await expect(page.getByRole('navigation', { name: 'Main navigation' })).toContainText('Cluster local')
  await expect(detail.quorumLeader()).toHaveText('1')
  await expect(page.getByTestId('quorum-card')).toContainText('Voter')
})

test('a wrong SASL password is shown on the password field, and nothing is added', async ({ page }) => {
  const sasl = saslCluster()
  const list = new ClusterListPage(page)
  await list.open()
  const modal = await list.openAddExisting()
  await modal.fillSasl({
    ...sasl,
    name: 'wrong-password',
    mechanism: 'SCRAM-SHA-512',
    password: 'not-the-password',
  })
  await modal.submit()
  await expect(modal.fieldError('Password')).toContainText(/password/i)
  await expect(modal.dialog).toBeVisible()
  await modal.dialog.getByRole('button', { name: 'Cancel' }).click()
  await page.reload()
  await expect(list.row('local')).toBeVisible()
  await expect(list.row('wrong-password')).toHaveCount(0)
})

test('registering a SASL-protected cluster through the form opens it with its nodes', async ({ page }) => {
  const sasl = saslCluster()
  const list = new ClusterListPage(page)
  await list.open()
  const modal = await list.openAddExisting()
  await modal.fillSasl({ ...sasl, name: 'sasl-e2e', mechanism: 'SCRAM-SHA-512' })
  await modal.submit()
  await expect(page).toHaveURL(/\/clusters\/[0-9a-f]{32}$/)
  const detail = new ClusterDetailPage(page)
  await expect(detail.endpoint('SASL_PLAINTEXT')).toHaveText(sasl.bootstrapServers)
  await expect(detail.nodeRows()).toHaveCount(1)
  await expect(detail.nodeRows().first()).toContainText(String(sasl.brokerId))
  await expect(detail.nodeRows().first()).toContainText('In service')

  await list.open()
  await list.expectState('sasl-e2e', 'Active')
  await expect(list.row('sasl-e2e')).toContainText('Existing cluster')
})

test('language and theme switches apply and are remembered', async ({ page }) => {
  const list = new ClusterListPage(page)
  await list.open()
  await selectOption(page, page.getByRole('combobox', { name: 'Language' }), '简体中文')
  await expect(page.getByRole('heading', { name: '集群列表' })).toBeVisible()
  await page.getByRole('switch', { name: '深色模式' }).click()
  await page.reload()
  await expect(page.getByRole('heading', { name: '集群列表' })).toBeVisible()
  await expect(page.getByRole('switch', { name: '深色模式' })).toBeChecked()
  const background = await page.locator('body').evaluate((el) => getComputedStyle(el).backgroundColor)
  expect(background).not.toBe('rgb(255, 255, 255)')
})

test('broker configs can be read per node, and a cluster-wide config set with the brokers’ validation', async ({
  page,
}) => {
  const list = new ClusterListPage(page)
  await list.open()
  await list.openCluster('local')
  const detail = new ClusterDetailPage(page)
  await detail.nodeRows().first().getByRole('button', { name: 'Configs' }).click()
  const drawer = page.getByRole('dialog', { name: 'Configs of broker 1' })
  await drawer.getByLabel('Search configs by name').fill('log.retention.hours')
  await expect(drawer.getByRole('row').filter({ hasText: 'log.retention.hours' })).toContainText('Default')
  await page.keyboard.press('Escape')
  await expect(drawer).toBeHidden()

  const card = page.getByTestId('cluster-configs')
  await card.getByRole('button', { name: 'Set a config' }).click()
  const modal = page.getByRole('dialog', { name: 'Set a config' })
  await modal.getByLabel('Config').fill('log.retention.ms')
  await modal.getByLabel('Value').fill('forever')
  await modal.getByRole('button', { name: 'Save' }).click()
  await expect(modal.locator('.ant-form-item-explain-error')).toContainText(
    /log\.retention\.ms|forever|Invalid/i,
  )
  await modal.getByLabel('Value').fill('86400000')
  await modal.getByRole('button', { name: 'Save' }).click()
  await expect(card.getByRole('row').filter({ hasText: 'log.retention.ms' })).toContainText('86400000')
  await card
    .getByRole('row')
    .filter({ hasText: 'log.retention.ms' })
    .getByRole('button', { name: 'Remove' })
    .click()
  await page.getByRole('tooltip').getByRole('button', { name: 'OK' }).click()
  await expect(card.getByRole('row').filter({ hasText: 'log.retention.ms' })).toHaveCount(0)
})
