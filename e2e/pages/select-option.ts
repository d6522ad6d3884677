import type { Locator, Page } from '@playwright/test'

/** antd's Select draws its options in a popup outside the field; this opens it and picks one by text. */
export async function selectOption(page: Page, combobox: Locator, text: string) {
  // The selected value's label sits over the input and takes the pointer, so the click goes to the field's
  // box around both. Not forced: Playwright then waits until a modal has finished zooming in, where a forced
  // click could land on the mask and close the modal.
  await combobox.locator('xpath=ancestor::div[contains(@class, "ant-select-selector")][1]').click()
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: text }).click()
}
