import { setTimeout as sleep } from 'node:timers/promises'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { RouteName } from '../../../contract/routes.ts'
import { requirementOf } from '../../auth/permissions.ts'
import { auditRepository } from '../../store/audit-repository.ts'
import { signIn, startTestApp, TEST_ADMIN_PASSWORD } from '../../test/test-app.ts'

let t: Awaited<ReturnType<typeof startTestApp>>
let readOnlyToken: string
beforeAll(async () => {
  t = await startTestApp()
  readOnlyToken = await t.tokenFor('reader', 'read-only')
})
afterAll(() => t.close())

const anonymous = { authorization: '' }
const bearer = (token: string) => ({ authorization: `Bearer ${token}` })

interface Operation {
  name: RouteName
  method: string
  url: string
}

/** Every operation the API documents, with its path parameters filled in: a new route cannot be missed. */
async function operations(): Promise<Operation[]> {
  const spec = (await t.app.inject({ method: 'GET', url: '/v2/openapi.json' })).json()
  return Object.entries(spec.paths as Record<string, Record<string, { operationId?: string }>>).flatMap(
    ([path, methods]) =>
      Object.entries(methods).map(([method, op]) => ({
        name: op.operationId as RouteName,
        method: method.toUpperCase(),
        url: path.replace(/\{[^}]+\}/g, 'x'),
      })),
  )
}

const mutating = async () => (await operations()).filter((o) => o.method !== 'GET')

describe('who may call what', () => {
  it('documents every operation under its route name', async () => {
    const all = await operations()
    expect(all.length).toBeGreaterThan(80)
    expect(all.filter((o) => !o.name).map((o) => `${o.method} ${o.url}`)).toEqual([])
  })

  it('answers every operation but signing in 401 without a session or token', async () => {
    for (const op of await operations()) {
      if (op.name === 'login') continue
      const res = await t.app.inject({
        method: op.method as 'GET',
        url: op.url,
        headers: anonymous,
        payload: {},
      })
      expect([op.name, res.statusCode, res.json().code]).toEqual([op.name, 401, 'UNAUTHENTICATED'])
    }
  })

  it('answers every change 403 to a read-only role, but what any signed-in account may do to itself', async () => {
    for (const op of await mutating()) {
      const res = await t.app.inject({
        method: op.method as 'POST',
        url: op.url,
        headers: bearer(readOnlyToken),
        payload: {},
      })
      const kind = requirementOf(op.name, op.method).kind
      if (kind === 'public' || kind === 'self' || kind === 'read')
        expect([op.name, res.statusCode]).not.toEqual([op.name, 403])
      else expect([op.name, res.statusCode, res.json().code]).toEqual([op.name, 403, 'ACCESS_DENIED'])
    }
  })

  it('lets a resource-level role change only what it names', async () => {
    const roles = await t.app.inject({
      method: 'POST',
      url: '/v2/roles',
      payload: { name: 'Topics of c1', grants: [{ permission: 'TOPIC_WRITE', clusterIds: ['c1'] }] },
    })
    expect(roles.statusCode).toBe(201)
    const token = await t.tokenFor('topics', roles.json().roleId)
    const inject = (method: 'PUT' | 'DELETE', url: string) =>
      t.app.inject({ method, url, headers: bearer(token) })
    // Allowed through to the handler (which finds no such cluster), or refused before it.
    expect((await inject('DELETE', '/v2/clusters/c1/topics/orders')).json().code).toBe('CLUSTER_NOT_FOUND')
    expect((await inject('DELETE', '/v2/clusters/c2/topics/orders')).json().code).toBe('ACCESS_DENIED')
    expect((await inject('PUT', '/v2/clusters/c1/stop')).json().code).toBe('ACCESS_DENIED')
  })
})

describe('the audit trail', () => {
  it('holds exactly one record for every change, allowed, refused or failed', async () => {
    const audit = auditRepository(t.db)
    for (const op of await mutating()) {
      if (op.name === 'logout') continue
      const res = await t.app.inject({ method: op.method as 'POST', url: op.url, payload: {} })
      const requestId = res.headers['x-request-id']
      // Written when the answer has gone out.
      let records: { action: string; requestId: string }[] = []
      for (let i = 0; i < 50 && records.length === 0; i++) {
        records = (await audit.page({ maxKeys: 1000 })).records.filter((r) => r.requestId === requestId)
        if (records.length === 0) await sleep(10)
      }
      expect([op.name, records.map((r) => r.action)]).toEqual([op.name, [op.name]])
    }
  })

  it('records the actor, target, outcome and time, including refusals and failed sign-ins', async () => {
    await t.app.inject({ method: 'PUT', url: '/v2/clusters/c9/stop', headers: bearer(readOnlyToken) })
    await t.app.inject({
      method: 'POST',
      url: '/v2/auth/login',
      payload: { username: 'reader', password: 'nope' },
    })
    await sleep(50)
    const { records } = (await t.app.inject({ method: 'GET', url: '/v2/audit?maxKeys=2' })).json()
    expect(records[0]).toMatchObject({
      actor: 'reader',
      action: 'login',
      outcome: 'DENIED',
      status: 401,
      via: 'password',
    })
    expect(records[1]).toMatchObject({
      actor: 'reader',
      action: 'stopCluster',
      target: 'clusterId=c9',
      clusterId: 'c9',
      outcome: 'DENIED',
      status: 403,
    })
    expect(records[1].time).toMatch(/Z$/)
  })

  it('cannot be rewritten: the store refuses updates and deletes', async () => {
    await expect(t.db.updateTable('audit_log').set({ actor: 'someone else' }).execute()).rejects.toThrow(
      /append-only/,
    )
    await expect(t.db.deleteFrom('audit_log').execute()).rejects.toThrow(/append-only/)
  })
})

describe('signing in', () => {
  it('sets an HttpOnly, SameSite=Strict session whose changes need its CSRF token', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/v2/auth/login',
      headers: anonymous,
      payload: { username: 'admin', password: TEST_ADMIN_PASSWORD },
    })
    expect(res.statusCode).toBe(200)
    const [session, csrf] = res.headers['set-cookie'] as string[]
    expect(session).toMatch(/^ferry_session=[\w-]{43}; Path=\/; HttpOnly; SameSite=Strict; Max-Age=43200$/)
    expect(csrf).toMatch(/^ferry_csrf=[\w-]+; Path=\/; SameSite=Strict/)
    const cookie = (session as string).split(';')[0] as string
    const withCookie = (headers: Record<string, string>) =>
      t.app.inject({
        method: 'POST',
        url: '/v2/roles',
        headers: { ...anonymous, cookie, ...headers },
        payload: {},
      })
    expect((await withCookie({})).json().code).toBe('CSRF_TOKEN_INVALID')
    // With the token the change gets past the guard and on to validation.
    expect((await withCookie({ 'x-csrf-token': res.json().csrfToken })).json().code).toBe('ERROR_PARAMS')
    const out = await t.app.inject({
      method: 'POST',
      url: '/v2/auth/logout',
      headers: { ...anonymous, cookie, 'x-csrf-token': res.json().csrfToken },
    })
    expect(out.statusCode).toBe(204)
    const after = await t.app.inject({
      method: 'GET',
      url: '/v2/auth/session',
      headers: { ...anonymous, cookie },
    })
    expect(after.statusCode).toBe(401)
  })

  it('locks an account after five wrong passwords, until an administrator resets it', async () => {
    await t.tokenFor('victim', 'read-only')
    const attempt = (password: string) =>
      t.app.inject({
        method: 'POST',
        url: '/v2/auth/login',
        headers: anonymous,
        remoteAddress: '10.1.1.1',
        payload: { username: 'victim', password },
      })
    for (let i = 0; i < 5; i++) expect((await attempt('wrong password')).json().code).toBe('SIGN_IN_FAILED')
    const locked = await attempt(TEST_ADMIN_PASSWORD)
    expect([locked.statusCode, locked.json().code]).toEqual([423, 'ACCOUNT_LOCKED'])
    const reset = await t.app.inject({
      method: 'PUT',
      url: '/v2/accounts/victim/password',
      payload: { password: 'a-new-one-time-pass' },
    })
    expect(reset.json()).toMatchObject({ mustChangePassword: true, lockedUntil: null })
    const back = await signIn(t.app.inject, 'victim', 'a-new-one-time-pass')
    expect(back.session.mustChangePassword).toBe(true)
    const blocked = await t.app.inject({
      method: 'GET',
      url: '/v2/clusters',
      headers: { ...anonymous, ...back.headers },
    })
    expect(blocked.json().code).toBe('PASSWORD_CHANGE_REQUIRED')
  })

  it('refuses a flood of sign-ins without starving the rest of the API', async () => {
    const flood = Array.from({ length: 60 }, (_, i) =>
      t.app
        .inject({
          method: 'POST',
          url: '/v2/auth/login',
          headers: anonymous,
          remoteAddress: `10.2.${Math.floor(i / 3)}.${i % 3}`,
          payload: { username: 'admin', password: `guess-${i}` },
        })
        .then((res) => ({ code: res.json().code as string, at: performance.now() })),
    )
    const read = t.app
      .inject({ method: 'GET', url: '/v2/clusters' })
      .then((res) => ({ status: res.statusCode, at: performance.now() }))
    const [outcomes, listed] = await Promise.all([Promise.all(flood), read])
    expect(listed.status).toBe(200)
    // Refused at once rather than queued: the read did not wait for the flood's hashing to end.
    expect(listed.at).toBeLessThan(Math.max(...outcomes.map((o) => o.at)))
    const refused = outcomes.filter((o) => o.code === 'TOO_MANY_SIGN_IN_ATTEMPTS').length
    expect(refused).toBeGreaterThan(40)
    expect(outcomes.every((o) => o.code === 'TOO_MANY_SIGN_IN_ATTEMPTS' || o.code === 'SIGN_IN_FAILED')).toBe(
      true,
    )
  })

  it('takes revoked tokens no more', async () => {
    const token = await t.tokenFor('scripts', 'operate')
    const [mine] = (
      await t.app.inject({ method: 'GET', url: '/v2/auth/tokens', headers: bearer(token) })
    ).json().tokens
    await t.app.inject({ method: 'DELETE', url: `/v2/auth/tokens/${mine.tokenId}`, headers: bearer(token) })
    expect(
      (await t.app.inject({ method: 'GET', url: '/v2/clusters', headers: bearer(token) })).statusCode,
    ).toBe(401)
  })
})
