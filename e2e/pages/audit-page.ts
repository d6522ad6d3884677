import type { Locator, Page } from '@playwright/test'
import { selectOption } from './select-option.ts'

/** 操作审计: the audit trail with its filters. */
export class AuditPage {
  constructor(private readonly page: Page) {}

  /** The trail, filtered by the URL parameters the page keeps its filters in. */
  open(filters: Record<string, string> = {}) {
    const query = new URLSearchParams(filters).toString()
    return this.page.goto(`/audit${query ? `?${query}` : ''}`)
  }

  rows(): Locator {
    return this.page.locator('tbody tr.ant-table-row')
  }

  row(...texts: string[]): Locator {
    return texts.reduce((rows, text) => rows.filter({ hasText: text }), this.rows())
  }

  async filterOutcome(outcome: 'Success' | 'Denied' | 'Failed') {
    await selectOption(this.page, this.page.getByLabel('Outcome', { exact: true }), outcome)
  }

  /** The outcome tag of each row shown. */
  outcomeTags(): Locator {
    return this.rows().locator('.ant-tag')
  }
}
