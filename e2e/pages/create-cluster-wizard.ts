import { expect, type Locator, type Page } from '@playwright/test'
import { LOCAL_ZONES } from '../../contract/cluster-create.ts'

/** The cluster creation wizard (创建集群): one form over six steps. */
export class CreateClusterWizard {
  constructor(readonly page: Page) {}

  async open() {
    await this.page.goto('/clusters/create')
    await this.step('basics').getByLabel('Cluster name').waitFor()
  }

  /** The panel of one step; the others stay in the page, hidden. */
  step(key: 'basics' | 'deployment' | 'storage' | 'access' | 'tags' | 'confirm'): Locator {
    return this.page.getByTestId(`step-${key}`)
  }

  async next(to: Parameters<CreateClusterWizard['step']>[0]) {
    await this.page.getByRole('button', { name: 'Next', exact: true }).click()
    await expect(this.step(to)).toBeVisible()
  }

  async basics(values: { name: string; version?: string }) {
    const step = this.step('basics')
    await step.getByLabel('Cluster name').fill(values.name)
    if (values.version) await step.getByText(values.version, { exact: true }).click()
  }

  async deployment(values: {
    mode: 'High performance' | 'High availability'
    zones: string[]
    nodeType: string
    nodesPerZone: number
  }) {
    const step = this.step('deployment')
    await step.getByText(values.mode, { exact: true }).click()
    if (values.mode === 'High availability')
      for (const zone of LOCAL_ZONES)
        await step.getByRole('checkbox', { name: zone, exact: true }).setChecked(values.zones.includes(zone))
    else await step.getByRole('radio', { name: values.zones[0], exact: true }).check()
    await step.getByRole('radio', { name: values.nodeType, exact: true }).check()
    await step.getByLabel('Nodes per zone').fill(String(values.nodesPerZone))
  }

  async access(values: {
    modes: string[]
    firstUser?: { mode: string; username: string; password: string }
    acl: boolean
    publicAccess?: boolean
  }) {
    const step = this.step('access')
    for (const mode of [
      'None (no authentication)',
      'SASL/SCRAM',
      'SASL/PLAIN',
      'SSL (TLS, no client certificate)',
    ])
      await step.getByRole('checkbox', { name: mode, exact: true }).setChecked(values.modes.includes(mode))
    if (values.firstUser) {
      const user = step.getByLabel(`First ${values.firstUser.mode} user (optional)`)
      await user.getByLabel('Username').fill(values.firstUser.username)
      await user.getByLabel('Password', { exact: true }).fill(values.firstUser.password)
      await user.getByLabel('Confirm password').fill(values.firstUser.password)
    }
    await step.getByRole('switch', { name: 'Permission control (ACL)' }).setChecked(values.acl)
    await step.getByRole('switch', { name: 'Public access' }).setChecked(values.publicAccess ?? false)
  }

  /** The value the confirmation shows beside `label`. */
  summary(label: string): Locator {
    return this.step('confirm')
      .locator('.ant-descriptions-item-label', { hasText: label })
      .locator('xpath=following-sibling::td[1]')
  }

  resource(name: 'memory' | 'disk' | 'ports'): Locator {
    return this.page.getByTestId(`resource-${name}`)
  }

  async create() {
    await this.page.getByRole('button', { name: 'Create cluster', exact: true }).click()
  }
}
