import type { Locator, Page } from '@playwright/test'
import { searchAndPick } from './monitoring-page.ts'
import { selectOption } from './select-option.ts'

/** 报警管理: webhook channels and alarm policies. */
export class AlarmsPage {
  constructor(private readonly page: Page) {}

  open() {
    return this.page.goto('/alarms')
  }

  async tab(name: string) {
    await this.page.getByRole('tab', { name }).click()
  }

  dialog(): Locator {
    return this.page.getByRole('dialog')
  }

  row(text: string): Locator {
    return this.page.locator('tbody tr.ant-table-row').filter({ hasText: text })
  }

  async addChannel(name: string, url: string) {
    await this.tab('Channels')
    await this.page.getByRole('button', { name: 'Add channel' }).click()
    await this.dialog().getByLabel('Name', { exact: true }).fill(name)
    await this.dialog().getByLabel('Webhook URL').fill(url)
    await this.dialog().getByRole('button', { name: 'Save' }).click()
  }

  async sendTest(channel: string) {
    await this.row(channel).getByRole('button', { name: 'Send test' }).click()
    return this.page.getByTestId('channel-test-result')
  }

  /** A policy on one topic: Bytes in above `kib` KiB/s for a minute, telling `channel`. */
  async createTopicPolicy(p: { name: string; cluster: string; topic: string; kib: number; channel: string }) {
    await this.tab('Alarm policies')
    await this.page.getByRole('button', { name: 'Create policy' }).click()
    const dialog = this.dialog()
    await dialog.getByLabel('Name', { exact: true }).fill(p.name)
    await selectOption(this.page, dialog.getByLabel('Cluster', { exact: true }), p.cluster)
    await searchAndPick(this.page, dialog.getByLabel('Metric'), 'Bytes in', /^Bytes in$/)
    await dialog
      .locator('label')
      .filter({ hasText: /^Topic$/ })
      .click()
    await searchAndPick(this.page, dialog.getByLabel('Topic to watch'), p.topic)
    await dialog.getByLabel('Threshold', { exact: true }).fill(String(p.kib))
    await selectOption(this.page, dialog.getByLabel('Threshold unit'), 'KiB/s')
    await selectOption(this.page, dialog.getByLabel('Notify'), p.channel)
    await dialog.getByRole('button', { name: 'Save' }).click()
  }
}
