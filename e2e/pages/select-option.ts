import type { Locator, Page } from '@playwright/test'

/** antd's Select draws its options in a popup outside the field; this opens it and picks one by text. */
export async function selectOption(page: Page, combobox: Locator, text: string) {
  // The selected value's label sits over the input and takes the pointer; the click lands on the same spot.
  await combobox.click({ force: true })
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: text }).click()
}
