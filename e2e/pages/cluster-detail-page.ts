import type { Locator, Page } from '@playwright/test'

export class ClusterDetailPage {
  constructor(readonly page: Page) {}

  nodeRows(): Locator {
    return this.page.getByRole('row').filter({ has: this.page.getByTestId('node-state') })
  }

  quorumLeader(): Locator {
    return this.page.getByTestId('quorum-leader')
  }

  endpoint(protocol: string): Locator {
    return this.page.getByTestId(`endpoint-${protocol}`)
  }
}
