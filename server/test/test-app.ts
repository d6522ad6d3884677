import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { InjectOptions, LightMyRequestResponse } from 'fastify'
import type { MessageQuerySettings } from '../../contract/messages.ts'
import { buildApp } from '../app.ts'
import type { MetricsSettings } from '../modules/metrics/metrics.service.ts'
import type { LocalClusterState } from '../providers/local/local-cluster.ts'
import { createServices } from '../services.ts'
import { openDatabase, pingDatabase } from '../store/database.ts'
import { createSecretBox, loadSecretKey } from '../store/secrets.ts'

/** Every test account's password; the database scan test looks for it. */
export const TEST_ADMIN_PASSWORD = 'ferry-test-admin-Pa55'

type Inject = (opts: InjectOptions) => Promise<LightMyRequestResponse>

let signIns = 0

/**
 * Signs in; answers the cookie and CSRF headers that the session's changes must carry. Each sign-in comes
 * from its own address, so that the tests' many sign-ins do not meet the per-address limit.
 */
export async function signIn(inject: Inject, username: string, password: string) {
  signIns++
  const res = await inject({
    method: 'POST',
    url: '/v2/auth/login',
    remoteAddress: `10.255.${Math.floor(signIns / 250)}.${signIns % 250}`,
    payload: { username, password },
  })
  if (res.statusCode !== 200) throw new Error(`signing in ${username}: ${res.body}`)
  const cookie = (res.headers['set-cookie'] as string[])[0]?.split(';')[0] as string
  return { session: res.json(), headers: { cookie, 'x-csrf-token': res.json().csrfToken as string } }
}

/**
 * The real app on a fresh store in a temp dir, wired as main.ts wires it, for app.inject() tests;
 * with `staticDir`, it also serves the built console (the bench drives it in a browser).
 */
export async function startTestApp({
  staticDir,
  querySettings,
  metrics,
}: {
  staticDir?: string
  querySettings?: MessageQuerySettings
  metrics?: MetricsSettings
} = {}) {
  const dataDir = mkdtempSync(join(tmpdir(), 'ferry-test-app-'))
  const db = await openDatabase(dataDir)
  const secrets = createSecretBox(loadSecretKey(undefined, join(dataDir, 'secret.key')))
  const services = createServices({
    db,
    secrets,
    clustersDir: join(dataDir, 'clusters'),
    log: { info() {}, warn() {}, error() {} },
    querySettings,
    metrics,
  })
  const app = await buildApp({ services, staticDir, ready: () => pingDatabase(db) })
  await services.auth.bootstrap(TEST_ADMIN_PASSWORD)
  const rawInject = app.inject.bind(app)
  const tokenFor = async (username: string, roleId: string) => {
    const admin = await signIn(rawInject, 'admin', TEST_ADMIN_PASSWORD)
    if (username !== 'admin') {
      const created = await rawInject({
        method: 'POST',
        url: '/v2/accounts',
        headers: admin.headers,
        payload: { username, password: TEST_ADMIN_PASSWORD, roleId },
      })
      if (created.statusCode !== 201) throw new Error(`creating ${username}: ${created.body}`)
    }
    const as = username === 'admin' ? admin : await signIn(rawInject, username, TEST_ADMIN_PASSWORD)
    const res = await rawInject({
      method: 'POST',
      url: '/v2/auth/tokens',
      headers: as.headers,
      payload: { name: `${username} in tests`, roleId },
    })
    if (res.statusCode !== 201) throw new Error(`token for ${username}: ${res.body}`)
    return res.json().token as string
  }
  const adminToken = await tokenFor('admin', 'full-control')
  // Every test call is the administrator's unless it sends its own Authorization (an empty one: anonymous).
  app.inject = ((opts: InjectOptions) => {
    const headers = { ...(opts.headers ?? {}) } as Record<string, string>
    if (headers.authorization === undefined) headers.authorization = `Bearer ${adminToken}`
    if (headers.authorization === '') delete headers.authorization
    return rawInject({ ...opts, headers })
  }) as typeof app.inject
  return {
    app,
    /** Makes an account with this role (the test password) and answers a token of it. */
    tokenFor,
    services,
    db,
    dataDir,
    secrets,
    /** Registers a cluster the global setup started as an external one; answers its Ferry cluster ID. */
    async registerCluster(state: LocalClusterState, name: string): Promise<string> {
      const res = await app.inject({
        method: 'POST',
        url: '/v2/clusters',
        payload: {
          provider: 'external',
          name,
          bootstrapServers: state.nodes.map((n) => `${n.host}:${n.clientPorts.PLAINTEXT}`).join(','),
        },
      })
      if (res.statusCode !== 201) throw new Error(`registering ${name} failed: ${res.body}`)
      return res.json().clusterId
    },
    async close() {
      await app.close()
      await services.close()
      await db.destroy()
      rmSync(dataDir, { recursive: true, force: true })
    },
  }
}
