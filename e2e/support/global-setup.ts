import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { DEFAULT_KAFKA_VERSION } from '../../server/providers/local/kafka-dist.ts'
import { LocalProvider } from '../../server/providers/local/local-provider.ts'
import { e2ePort, startFerry } from './ferry-server.ts'
import { apiTokenFile, e2eAdminPassword, e2eDataDir, saslClusterFile, storageStateFile } from './paths.ts'

/**
 * Signs the administrator in once: every spec's browser starts with that session (Playwright's storage
 * state), and the specs' own API calls carry a token made with it.
 */
async function signInAdmin() {
  const base = `http://127.0.0.1:${e2ePort}`
  const login = await fetch(`${base}/v2/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'admin', password: e2eAdminPassword }),
  })
  if (!login.ok) throw new Error(`signing in the e2e admin failed: ${await login.text()}`)
  const session = (await login.json()) as { csrfToken: string; expireTime: string }
  const cookies = login.headers.getSetCookie().map((c) => {
    const [name, value] = (c.split(';')[0] as string).split('=') as [string, string]
    return { name, value, httpOnly: name === 'ferry_session' }
  })
  const expires = Date.parse(session.expireTime) / 1000
  writeFileSync(
    storageStateFile,
    JSON.stringify({
      cookies: cookies.map((c) => ({
        ...c,
        domain: '127.0.0.1',
        path: '/',
        expires,
        secure: false,
        sameSite: 'Strict',
      })),
      origins: [],
    }),
  )
  const cookieHeader = cookies.map((c) => `${c.name}=${c.value}`).join('; ')
  const token = await fetch(`${base}/v2/auth/tokens`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie: cookieHeader, 'x-csrf-token': session.csrfToken },
    body: JSON.stringify({ name: 'e2e specs', roleId: 'full-control', expiresInDays: 1 }),
  })
  if (!token.ok) throw new Error(`making the e2e token failed: ${await token.text()}`)
  writeFileSync(apiTokenFile, ((await token.json()) as { token: string }).token)
}

/**
 * Ferry itself (which starts its `local` cluster), and a second, SASL-protected cluster that the specs
 * register through the console as an external one.
 */
export default async function globalSetup() {
  const clustersDir = join(e2eDataDir, 'test-clusters')
  mkdirSync(clustersDir, { recursive: true })
  const provider = new LocalProvider({ dataDir: clustersDir })
  const state = await provider.create({
    clusterId: 'e2e-sasl',
    kafkaVersion: DEFAULT_KAFKA_VERSION,
    nodes: 1,
    listeners: ['SASL_PLAINTEXT'],
    aclEnabled: true,
  })
  writeFileSync(saslClusterFile, JSON.stringify(state))
  const stopFerry = await startFerry()
  await signInAdmin()
  return async () => {
    await stopFerry()
    await provider.destroy(state)
  }
}
