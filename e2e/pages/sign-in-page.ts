import type { Locator, Page } from '@playwright/test'

/** The sign-in page, and the header's account menu once signed in. */
export class SignInPage {
  constructor(private readonly page: Page) {}

  async signIn(username: string, password: string) {
    await this.page.getByLabel('User name').fill(username)
    await this.page.getByLabel('Password', { exact: true }).fill(password)
    await this.page.getByRole('button', { name: 'Sign in' }).click()
  }

  refusal(): Locator {
    return this.page.getByRole('alert')
  }

  /** Opens the signed-in account's menu in the header. */
  async openAccountMenu(username: string) {
    await this.page.getByRole('button', { name: new RegExp(`\\b${username}\\b`) }).click()
    // The left navigation is a menu too.
    return this.page.getByRole('menu').filter({ hasText: 'Sign out' })
  }
}
