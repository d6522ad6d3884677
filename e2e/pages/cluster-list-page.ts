import { expect, type Locator, type Page } from '@playwright/test'
import { selectOption } from './select-option.ts'

export class ClusterListPage {
  constructor(readonly page: Page) {}

  async open() {
    await this.page.goto('/clusters')
  }

  row(name: string): Locator {
    return this.page.getByRole('row').filter({ has: this.page.getByRole('link', { name, exact: true }) })
  }

  async expectState(name: string, state: string) {
    await expect(this.row(name).getByTestId('cluster-state')).toHaveText(state, { timeout: 60_000 })
  }

  async openCluster(name: string) {
    await this.row(name).getByRole('link', { name, exact: true }).click()
  }

  async openAddExisting() {
    await this.page.getByRole('button', { name: 'Add existing cluster' }).click()
    return new AddClusterModal(this.page)
  }
}

export class AddClusterModal {
  readonly dialog: Locator

  constructor(readonly page: Page) {
    this.dialog = page.getByRole('dialog', { name: 'Add existing cluster' })
  }

  async fillSasl(values: {
    name: string
    bootstrapServers: string
    mechanism: string
    username: string
    password: string
  }) {
    await this.dialog.getByLabel('Cluster name').fill(values.name)
    await this.dialog.getByLabel('Bootstrap servers').fill(values.bootstrapServers)
    await this.dialog.getByText('SASL_PLAINTEXT', { exact: true }).click()
    await selectOption(
      this.page,
      this.dialog.getByRole('combobox', { name: 'SASL mechanism' }),
      values.mechanism,
    )
    await this.dialog.getByLabel('Username').fill(values.username)
    await this.dialog.getByLabel('Password').fill(values.password)
  }

  async submit() {
    await this.dialog.getByRole('button', { name: 'Test connection & save' }).click()
  }

  /** The validation message antd shows under a form field. */
  fieldError(label: string): Locator {
    return this.dialog
      .locator('.ant-form-item')
      .filter({ has: this.page.getByLabel(label, { exact: true }) })
      .locator('.ant-form-item-explain-error')
  }
}
