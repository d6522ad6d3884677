import type { Locator, Page } from '@playwright/test'
import { selectOption } from './select-option.ts'

/** 访问控制: console accounts and roles. */
export class AccessPage {
  constructor(private readonly page: Page) {}

  open() {
    return this.page.goto('/settings/access')
  }

  dialog(): Locator {
    return this.page.getByRole('dialog')
  }

  row(text: string): Locator {
    return this.page.locator('tbody tr.ant-table-row').filter({ hasText: text })
  }

  async createAccount(username: string, password: string, role: string) {
    await this.page.getByRole('button', { name: 'Create account' }).click()
    const dialog = this.dialog()
    await dialog.getByLabel('User name').fill(username)
    await dialog.getByLabel('Initial password').fill(password)
    await selectOption(this.page, dialog.getByLabel('Role'), role)
    await dialog.getByRole('button', { name: 'Create account' }).click()
    await dialog.waitFor({ state: 'hidden' })
  }
}
