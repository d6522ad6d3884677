import { expect, type Locator, type Page } from '@playwright/test'
import { selectOption } from './select-option.ts'

/** Types into a searching antd Select (topics, groups, metrics) and picks the option with that text. */
export async function searchAndPick(
  page: Page,
  combobox: Locator,
  text: string,
  option: string | RegExp = text,
) {
  await combobox.locator('xpath=ancestor::div[contains(@class, "ant-select-selector")][1]').click()
  await combobox.fill(text)
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: option }).click()
}

/** 集群监控: the tabs, sub-views and pickers of one cluster's monitoring page, and its charts. */
export class MonitoringPage {
  constructor(private readonly page: Page) {}

  open(clusterId: string) {
    return this.page.goto(`/clusters/${clusterId}/monitoring`)
  }

  async tab(name: string) {
    await this.page.getByRole('tab', { name }).click()
  }

  async subView(name: string) {
    await this.page.locator('.ant-segmented-item-label', { hasText: new RegExp(`^${name}$`) }).click()
  }

  autoRefresh(every: string) {
    return selectOption(this.page, this.page.getByLabel('Auto refresh'), `Auto refresh: ${every}`)
  }

  pickTopic(topic: string) {
    return searchAndPick(this.page, this.page.getByRole('combobox', { name: 'Topic', exact: true }), topic)
  }

  pickGroup(group: string) {
    return searchAndPick(
      this.page,
      this.page.getByRole('combobox', { name: 'Consumer group', exact: true }),
      group,
    )
  }

  chart(name: string): Locator {
    return this.page.getByRole('figure', { name, exact: true })
  }

  /** A chart drawn on a canvas whose summary counts its series and gives the latest value. */
  async expectDrawn(name: string, series: number | RegExp = /\d+/, timeout = 120_000) {
    const chart = this.chart(name)
    const count = typeof series === 'number' ? String(series) : series.source
    const label = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    await expect(chart.locator('figcaption')).toHaveText(
      new RegExp(`^${label}: ${count} series, latest \\S`),
      {
        timeout,
      },
    )
    await expect(chart.locator('canvas')).toHaveCount(1)
  }
}

/** 存储分析: disk use per node and the 「分析」 drawer of one node. */
export class StoragePage {
  constructor(private readonly page: Page) {}

  open(clusterId: string) {
    return this.page.goto(`/clusters/${clusterId}/storage`)
  }

  nodeRows(): Locator {
    return this.page.locator('tbody tr.ant-table-row')
  }

  async analyse(row: Locator) {
    await row.getByRole('button', { name: 'Analyse' }).click()
    return this.page.getByRole('dialog')
  }
}
