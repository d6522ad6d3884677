import { createHash, randomBytes } from 'node:crypto'
import type { Grant, Role } from '../../../contract/auth.ts'
import { HasherBusyError, type PasswordHasher } from '../../auth/password-hasher.ts'
import { BUILTIN_ROLES, intersect } from '../../auth/permissions.ts'
import { ApiError } from '../../http/api-error.ts'
import type { AccountsRepository, StoredAccount } from '../../store/accounts-repository.ts'
import type { CredentialsRepository } from '../../store/credentials-repository.ts'
import type { LoginLimiter } from './login-limiter.ts'

/** Who a request comes from, once its session cookie or bearer token checked out. */
export interface Principal {
  username: string
  /** `session`, or `token:<tokenId>`. */
  via: string
  role: Role
  /** What the caller may do: the role's grants, narrowed to the owner's for a token. */
  grants: Grant[]
  mustChangePassword: boolean
  /** Set for sessions: changes must echo it in X-CSRF-Token. */
  csrfToken: string | null
  sessionHash: string | null
  expireTime: string
}

const MAX_FAILURES = 5
const LOCK_MS = 15 * 60_000
export const TOKEN_PREFIX = 'fry_'

export const sha256 = (secret: string) => createHash('sha256').update(secret).digest('hex')
const secret = () => randomBytes(32).toString('base64url')

export interface AuthDeps {
  accounts: AccountsRepository
  credentials: CredentialsRepository
  hasher: PasswordHasher
  limiter: LoginLimiter
  sessionHours: number
  log: { info(msg: string): void; warn(msg: string): void }
}

/** Signing in and out, and telling who a request comes from. */
export function authService({ accounts, credentials, hasher, limiter, sessionHours, log }: AuthDeps) {
  // Verified against when the user name is unknown, so that a wrong name costs as long as a wrong password.
  let decoy: Promise<string> | null = null

  async function roleOf(roleId: string): Promise<Role> {
    const role = await accounts.role(roleId)
    if (!role) throw new ApiError('ROLE_NOT_FOUND', `Role ${roleId} no longer exists.`)
    return role
  }

  async function checkPassword(account: StoredAccount | undefined, password: string): Promise<boolean> {
    try {
      if (!account) {
        decoy ??= hasher.hash(secret())
        await hasher.verify(await decoy, password)
        return false
      }
      return await hasher.verify(account.passwordHash, password)
    } catch (err) {
      if (err instanceof HasherBusyError)
        throw new ApiError(
          'TOO_MANY_SIGN_IN_ATTEMPTS',
          'Too many sign-ins at once; try again in a few seconds.',
        )
      throw err
    }
  }

  async function toSession(principal: Principal) {
    return {
      username: principal.username,
      role: principal.role,
      mustChangePassword: principal.mustChangePassword,
      csrfToken: principal.csrfToken ?? '',
      expireTime: principal.expireTime,
    }
  }

  return {
    /**
     * First start: the system roles, and the administrator `admin` — with FERRY_ADMIN_PASSWORD, or with a
     * one-time password written to the log that must be changed at the first sign-in.
     */
    async bootstrap(adminPassword: string | undefined) {
      for (const role of BUILTIN_ROLES) await accounts.saveRole({ ...role, builtin: true })
      if ((await accounts.count()) > 0) return
      const password = adminPassword ?? randomBytes(12).toString('base64url')
      await accounts.insert({
        username: 'admin',
        passwordHash: await hasher.hash(password),
        roleId: 'full-control',
        disabled: false,
        mustChangePassword: adminPassword === undefined,
        failedAttempts: 0,
        lockedUntil: null,
        createTime: new Date().toISOString(),
        lastSignIn: null,
      })
      if (adminPassword === undefined)
        log.warn(`First start: sign in as admin with the one-time password ${password} and choose your own.`)
      else log.info('First start: the admin account has the password from FERRY_ADMIN_PASSWORD.')
    },

    async login(username: string, password: string, address: string) {
      const allowed = limiter.attempt(address)
      if (!allowed.allowed)
        throw new ApiError(
          'TOO_MANY_SIGN_IN_ATTEMPTS',
          `Too many sign-in attempts from your address; try again in ${Math.ceil(allowed.retryAfterMs / 1000)} s.`,
        )
      const account = await accounts.get(username)
      const now = Date.now()
      if (account?.lockedUntil && Date.parse(account.lockedUntil) > now)
        throw new ApiError(
          'ACCOUNT_LOCKED',
          `Too many failed sign-ins: ${username} is locked until ${account.lockedUntil}, or until an administrator resets its password.`,
        )
      const ok = await checkPassword(account, password)
      if (!account || !ok || account.disabled) {
        if (account && !ok) {
          const failures = account.failedAttempts + 1
          await accounts.update(username, {
            failedAttempts: failures,
            lockedUntil: failures >= MAX_FAILURES ? new Date(now + LOCK_MS).toISOString() : null,
          })
        }
        throw new ApiError('SIGN_IN_FAILED', 'Wrong user name or password, or the account is disabled.')
      }
      await accounts.update(username, {
        failedAttempts: 0,
        lockedUntil: null,
        lastSignIn: new Date(now).toISOString(),
      })
      const cookie = secret()
      const row = {
        session_hash: sha256(cookie),
        username,
        csrf_token: secret(),
        create_time: new Date(now).toISOString(),
        expire_time: new Date(now + sessionHours * 3_600_000).toISOString(),
      }
      await credentials.insertSession(row)
      const role = await roleOf(account.roleId)
      const principal: Principal = {
        username,
        via: 'session',
        role,
        grants: role.grants,
        mustChangePassword: account.mustChangePassword,
        csrfToken: row.csrf_token,
        sessionHash: row.session_hash,
        expireTime: row.expire_time,
      }
      return { cookie, session: await toSession(principal), maxAgeSeconds: sessionHours * 3600 }
    },

    /** The principal of a session cookie or a bearer token; null when neither is there or valid. */
    async identify(cookie: string | undefined, bearer: string | undefined): Promise<Principal | null> {
      const now = new Date().toISOString()
      if (bearer?.startsWith(TOKEN_PREFIX)) {
        const token = await credentials.tokenByHash(sha256(bearer))
        if (!token || token.revoked_time || (token.expire_time && token.expire_time < now)) return null
        const owner = await accounts.get(token.username)
        if (!owner || owner.disabled) return null
        const [role, ownerRole] = [await roleOf(token.role_id), await roleOf(owner.roleId)]
        await credentials.touchToken(token.token_id, now)
        return {
          username: owner.username,
          via: `token:${token.token_id}`,
          role,
          grants: intersect(ownerRole.grants, role.grants),
          mustChangePassword: false,
          csrfToken: null,
          sessionHash: null,
          expireTime: token.expire_time ?? '9999-12-31T23:59:59.999Z',
        }
      }
      if (!cookie) return null
      const session = await credentials.session(sha256(cookie))
      if (!session) return null
      if (session.expire_time < now) {
        await credentials.deleteSession(session.session_hash)
        return null
      }
      const account = await accounts.get(session.username)
      if (!account || account.disabled) return null
      const role = await roleOf(account.roleId)
      return {
        username: account.username,
        via: 'session',
        role,
        grants: role.grants,
        mustChangePassword: account.mustChangePassword,
        csrfToken: session.csrf_token,
        sessionHash: session.session_hash,
        expireTime: session.expire_time,
      }
    },

    session: toSession,

    async logout(principal: Principal) {
      if (principal.sessionHash) await credentials.deleteSession(principal.sessionHash)
    },

    /** Changes one's own password; every other session of the account ends, this one goes on. */
    async changePassword(principal: Principal, current: string, next: string) {
      const account = await accounts.get(principal.username)
      if (!account || !(await checkPassword(account, current)))
        throw new ApiError('ERROR_PARAMS', 'The current password is wrong.', {
          currentPassword: 'The current password is wrong.',
        })
      await accounts.update(principal.username, {
        passwordHash: await hasher.hash(next),
        mustChangePassword: false,
      })
      await credentials.deleteSessionsOf(principal.username, principal.sessionHash)
    },
  }
}

export type AuthService = ReturnType<typeof authService>
