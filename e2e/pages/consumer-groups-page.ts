import type { Page } from '@playwright/test'
import { selectOption } from './select-option.ts'

/** The consumer group list, detail page and reset-offsets modal of one cluster. */
export class ConsumerGroupsPage {
  constructor(private readonly page: Page) {}

  openList(clusterId: string, groupName: string) {
    return this.page.goto(`/clusters/${clusterId}/consumer-groups?groupName=${encodeURIComponent(groupName)}`)
  }

  row(groupName: string) {
    return this.page.getByRole('row').filter({ hasText: groupName })
  }

  partitionRows() {
    // Data rows only: a table that scrolls sideways adds a hidden measuring row to its body.
    return this.page
      .locator('.ant-card')
      .filter({ hasText: 'Consumption per partition' })
      .locator('tbody tr.ant-table-row')
  }

  modal() {
    return this.page.getByRole('dialog')
  }

  async previewReset(topic: string) {
    await this.page.getByRole('button', { name: 'Reset offsets' }).click()
    await selectOption(this.page, this.modal().getByLabel('Topic'), topic)
    await this.modal().getByRole('button', { name: 'Preview' }).click()
  }

  previewRows() {
    return this.modal().locator('tbody tr.ant-table-row')
  }

  async deleteGroup() {
    await this.page.getByRole('button', { name: 'Delete' }).click()
    await this.page.locator('.ant-popconfirm').getByRole('button', { name: 'Delete' }).click()
  }
}
