import type { Locator, Page } from '@playwright/test'

/** A cluster's 用户管理 (SASL users) and 权限管理 (ACLs) pages. */
export class KafkaAccessPage {
  constructor(private readonly page: Page) {}

  dialog(): Locator {
    return this.page.getByRole('dialog')
  }

  row(text: string): Locator {
    return this.page.locator('tbody tr.ant-table-row').filter({ hasText: text })
  }

  async createUser(clusterId: string, username: string, password: string) {
    await this.page.goto(`/clusters/${clusterId}/users`)
    await this.page.getByRole('button', { name: 'Create user' }).click()
    const dialog = this.dialog()
    await dialog.getByLabel('Username').fill(username)
    await dialog.getByLabel('Password', { exact: true }).fill(password)
    await dialog.getByLabel('Confirm password').fill(password)
    await dialog.getByRole('button', { name: 'Create user' }).click()
    await dialog.waitFor({ state: 'hidden' })
  }

  /** Lets `username` produce to the topic `topicName`. */
  async allowProduce(clusterId: string, username: string, topicName: string) {
    await this.page.goto(`/clusters/${clusterId}/acls`)
    await this.page.getByRole('button', { name: 'Create permission' }).click()
    const dialog = this.dialog()
    await dialog.getByLabel('Username').fill(username)
    await dialog.getByLabel('Match content').fill(topicName)
    await dialog.getByLabel('Produce').check()
    await dialog.getByRole('button', { name: 'Create permission' }).click()
    await dialog.waitFor({ state: 'hidden' })
  }
}
