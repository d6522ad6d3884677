import type { Locator, Page } from '@playwright/test'

/** The topic list, the create-topic modal and a topic's detail page with its tabs and dialogs. */
export class TopicsPage {
  constructor(private readonly page: Page) {}

  openList(clusterId: string, search = '') {
    const query = search ? `?topicName=${encodeURIComponent(search)}` : ''
    return this.page.goto(`/clusters/${clusterId}/topics${query}`)
  }

  rows(): Locator {
    return this.page.locator('tbody tr.ant-table-row')
  }

  row(topicName: string): Locator {
    return this.rows().filter({ has: this.page.getByRole('link', { name: topicName, exact: true }) })
  }

  dialog(): Locator {
    return this.page.getByRole('dialog')
  }

  async openCreate() {
    await this.page.getByRole('button', { name: 'Create topic' }).click()
    // The form appears once the live brokers are known.
    await this.dialog().getByLabel('Topic name').waitFor()
    return this.dialog()
  }

  /** Adds one advanced config row and fills it; the value field is free text for keys outside the six. */
  async addConfig(name: string, value: string) {
    const dialog = this.dialog()
    await dialog.getByRole('button', { name: 'Add config' }).click()
    await dialog.getByLabel('Config name').last().fill(name)
    // Tab leaves the suggestions (Escape would clear the typed name).
    await this.page.keyboard.press('Tab')
    await dialog.getByLabel('Config value').last().fill(value)
  }

  /** The error antd shows under the dialog's form field labelled `label`. */
  fieldError(label: string): Locator {
    return this.dialog()
      .locator('.ant-form-item')
      .filter({ has: this.page.getByLabel(label, { exact: true }) })
      .locator('.ant-form-item-explain-error')
  }

  tab(name: 'Overview' | 'Partitions' | 'Consumer groups' | 'Configuration') {
    return this.page.getByRole('tab', { name, exact: true })
  }

  overviewValue(label: string): Locator {
    return this.page
      .locator('.ant-descriptions-item-label', { hasText: label })
      .locator('xpath=following-sibling::td[1]')
  }

  configRow(name: string): Locator {
    return this.rows().filter({ has: this.page.getByText(name, { exact: true }) })
  }
}
