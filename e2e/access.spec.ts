import { type Browser, expect, type Page, test } from '@playwright/test'
import { AccessPage } from './pages/access-page.ts'
import { AuditPage } from './pages/audit-page.ts'
import { KafkaAccessPage } from './pages/kafka-access-page.ts'
import { SignInPage } from './pages/sign-in-page.ts'
import { TopicsPage } from './pages/topics-page.ts'
import { apiFetch } from './support/api.ts'
import { localCluster } from './support/local-cluster.ts'
import { e2eAdminPassword } from './support/paths.ts'
import { saslCluster } from './support/sasl-cluster.ts'

const signedOut = { cookies: [], origins: [] }

/** A browser of its own, signed in as `username`: the specs' shared session stays the administrator's. */
async function signedInAs(browser: Browser, username: string, password: string): Promise<Page> {
  const context = await browser.newContext({ storageState: signedOut })
  const page = await context.newPage()
  await page.goto('/login')
  await new SignInPage(page).signIn(username, password)
  await expect(page).toHaveURL(/\/clusters$/)
  return page
}

test.describe('signing in', () => {
  test.use({ storageState: signedOut })

  test('a page without a session leads to sign-in, a wrong password is refused, and the administrator comes back to where they were going', async ({
    page,
  }) => {
    const signIn = new SignInPage(page)
    await page.goto('/clusters')
    await expect(page).toHaveURL(/\/login$/)
    await signIn.signIn('admin', 'not-the-admin-password')
    await expect(signIn.refusal()).toContainText('Wrong user name or password')
    await signIn.signIn('admin', e2eAdminPassword)
    await expect(page).toHaveURL(/\/clusters$/)
    await expect(page.locator('tbody tr.ant-table-row').filter({ hasText: 'local' })).toBeVisible()

    const menu = await signIn.openAccountMenu('admin')
    await expect(menu).toContainText('Role: Full control')
    await menu.getByRole('menuitem', { name: 'Sign out' }).click()
    await expect(page).toHaveURL(/\/login$/)
    // The session is gone, not merely the page: a page of the console leads back here, remembering it.
    await page.goto('/audit?outcome=DENIED')
    await expect(page).toHaveURL(/\/login\?next=%2Faudit%3Foutcome%3DDENIED$/)
    await signIn.signIn('admin', e2eAdminPassword)
    await expect(page).toHaveURL(/\/audit\?outcome=DENIED$/)
  })
})

test.describe
  .serial('a read-only account', () => {
    const reader = `e2e-reader-${Date.now().toString(36)}`
    const readerPassword = 'reader-e2e-Pa55word'
    const topicName = `e2e.denied.${Date.now()}`

    test('is created in the access page; signed in, it is not offered the audit and a change it tries is refused', async ({
      page,
      browser,
    }) => {
      const access = new AccessPage(page)
      await access.open()
      await access.createAccount(reader, readerPassword, 'Read only')
      await expect(access.row(reader)).toContainText('Read only')
      await expect(access.row(reader)).toContainText('Active')

      const asReader = await signedInAs(browser, reader, readerPassword)
      const navigation = asReader.getByRole('navigation', { name: 'Main navigation' })
      await expect(navigation.getByRole('link', { name: 'Cluster list' })).toBeVisible()
      await expect(navigation.getByRole('link', { name: 'Operation audit' })).toHaveCount(0)
      await expect(navigation.getByRole('link', { name: 'Access control' })).toHaveCount(0)
      await asReader.goto('/audit')
      await expect(
        asReader.getByText('Only accounts with operate or full control see the audit trail.'),
      ).toBeVisible()

      const { clusterId } = await localCluster()
      const topics = new TopicsPage(asReader)
      await topics.openList(clusterId)
      const dialog = await topics.openCreate()
      await dialog.getByLabel('Topic name').fill(topicName)
      await dialog.getByRole('button', { name: 'Create', exact: true }).click()
      await expect(dialog.getByRole('alert')).toContainText(
        `Your role (Read only) does not allow this on cluster ${clusterId}.`,
      )
      await asReader.context().close()
    })

    test('the audit lists the account’s creation and the refused change with who made them, and DENIED shows only refusals', async ({
      page,
    }) => {
      const { clusterId } = await localCluster()
      const audit = new AuditPage(page)
      await audit.open({ action: 'createAccount' })
      await expect(audit.row(`username=${reader}`)).toContainText('admin')
      await expect(audit.row(`username=${reader}`)).toContainText('Success')

      await audit.open({ actor: reader })
      // Refused before its body was read, the call is known by its path: the cluster.
      const refused = audit.row('createTopic')
      await expect(refused).toContainText(`clusterId=${clusterId}`)
      await expect(refused).toContainText(reader)
      await expect(refused).toContainText('Denied')
      await expect(refused).toContainText('403')
      // Signing in is on the trail too, under the name it was made with.
      await expect(audit.row('login')).toContainText('Success')

      await audit.open()
      await audit.filterOutcome('Denied')
      await expect(page).toHaveURL(/outcome=DENIED/)
      await expect(audit.row('createTopic', reader)).toBeVisible()
      // The page before the filter stays on screen until the filtered one arrives: wait for it to go.
      await expect(audit.outcomeTags().filter({ hasNotText: 'Denied' })).toHaveCount(0)
      expect(await audit.outcomeTags().count()).toBeGreaterThan(0)
    })
  })

/** The global setup's SASL cluster with ACLs on, registered under a name of this spec's own; forgotten after. */
async function registerSaslCluster(name: string): Promise<string> {
  const sasl = saslCluster()
  const res = await apiFetch('/clusters', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      provider: 'external',
      name,
      bootstrapServers: sasl.bootstrapServers,
      securityProtocol: 'SASL_PLAINTEXT',
      saslMechanism: 'SCRAM-SHA-512',
      username: sasl.username,
      password: sasl.password,
    }),
  })
  if (res.status !== 201) throw new Error(`registering ${name} failed: ${await res.text()}`)
  return ((await res.json()) as { clusterId: string }).clusterId
}

test('a SASL user and an ACL made in the console are on the audit trail with who made them', async ({
  page,
}) => {
  const stamp = Date.now().toString(36)
  const clusterId = await registerSaslCluster(`access-e2e-${stamp}`)
  try {
    const username = `audit_${stamp}`.slice(0, 16)
    const kafka = new KafkaAccessPage(page)
    await kafka.createUser(clusterId, username, 'AuditE2e!Pa55')
    await expect(kafka.row(username)).toContainText('SCRAM-SHA-512')
    await kafka.allowProduce(clusterId, username, `audit.${stamp}`)
    // Produce is Kafka's Describe and Write on the topic.
    await expect(kafka.row(`audit.${stamp}`).filter({ hasText: username })).toHaveCount(2)

    const audit = new AuditPage(page)
    await audit.open({ action: 'createKafkaUser' })
    const userRow = audit.row(`clusterId=${clusterId}`, `username=${username}`)
    await expect(userRow).toContainText('admin')
    await expect(userRow).toContainText('Success')
    await audit.open({ action: 'createAcl' })
    const aclRow = audit.row(`clusterId=${clusterId}`)
    await expect(aclRow).toContainText('admin')
    await expect(aclRow).toContainText('Success')
  } finally {
    await apiFetch(`/clusters/${clusterId}`, { method: 'DELETE' })
  }
})
