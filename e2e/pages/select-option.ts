import { expect, type Locator, type Page } from '@playwright/test'

/** antd's Select draws its options in a popup outside the field; this opens it and picks one by text. */
export async function selectOption(page: Page, combobox: Locator, text: string) {
  const option = page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: text })
  // The selected value's label sits over the input and takes the pointer, so the click is forced; a forced
  // click skips the wait for a stable element, and one that lands while a modal still zooms in misses the
  // field, so it is repeated until the popup shows the option.
  await expect(async () => {
    await combobox.click({ force: true })
    await expect(option).toBeVisible({ timeout: 2_000 })
  }).toPass({ timeout: 20_000 })
  await option.click()
}
