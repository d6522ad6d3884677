import { randomBytes } from 'node:crypto'
import type { Role } from '../../../contract/auth.ts'
import type { PasswordHasher } from '../../auth/password-hasher.ts'
import { ApiError } from '../../http/api-error.ts'
import type { AccountsRepository, StoredAccount } from '../../store/accounts-repository.ts'
import type { CredentialsRepository } from '../../store/credentials-repository.ts'

/** Managing console accounts and roles (full control only). */
export function accountsService({
  accounts,
  credentials,
  hasher,
}: {
  accounts: AccountsRepository
  credentials: CredentialsRepository
  hasher: PasswordHasher
}) {
  async function requireRole(roleId: string, field = 'roleId'): Promise<Role> {
    const role = await accounts.role(roleId)
    if (!role)
      throw new ApiError('ROLE_NOT_FOUND', `There is no role ${roleId}.`, {
        [field]: 'Choose an existing role.',
      })
    return role
  }

  async function requireAccount(username: string): Promise<StoredAccount> {
    const account = await accounts.get(username)
    if (!account) throw new ApiError('ACCOUNT_NOT_FOUND', `There is no account ${username}.`)
    return account
  }

  async function view(account: StoredAccount) {
    const role = await accounts.role(account.roleId)
    return {
      username: account.username,
      roleId: account.roleId,
      roleName: role?.name ?? account.roleId,
      disabled: account.disabled,
      mustChangePassword: account.mustChangePassword,
      lockedUntil: account.lockedUntil,
      createTime: account.createTime,
      lastSignIn: account.lastSignIn,
    }
  }

  /** The last enabled full-control account stays: without it nobody could manage Ferry any more. */
  async function keepOneAdministrator(username: string) {
    const admins = (await accounts.all()).filter((a) => a.roleId === 'full-control' && !a.disabled)
    if (admins.length === 1 && admins[0]?.username === username)
      throw new ApiError('ACCESS_DENIED', `${username} is the last enabled account with full control.`)
  }

  return {
    async list() {
      return { accounts: await Promise.all((await accounts.all()).map(view)) }
    },

    async create(body: { username: string; password: string; roleId: string }) {
      if (await accounts.get(body.username))
        throw new ApiError('ACCOUNT_ALREADY_EXISTS', `An account ${body.username} already exists.`, {
          username: 'This name is taken.',
        })
      await requireRole(body.roleId)
      const account: StoredAccount = {
        username: body.username,
        passwordHash: await hasher.hash(body.password),
        roleId: body.roleId,
        disabled: false,
        mustChangePassword: false,
        failedAttempts: 0,
        lockedUntil: null,
        createTime: new Date().toISOString(),
        lastSignIn: null,
      }
      await accounts.insert(account)
      return view(account)
    },

    async update(username: string, body: { roleId: string; disabled: boolean }) {
      const account = await requireAccount(username)
      await requireRole(body.roleId)
      if (body.disabled || body.roleId !== 'full-control') await keepOneAdministrator(username)
      await accounts.update(username, { roleId: body.roleId, disabled: body.disabled })
      if (body.disabled) await credentials.deleteSessionsOf(username)
      return view({ ...account, roleId: body.roleId, disabled: body.disabled })
    },

    /** A one-time password: the account must choose its own at the next sign-in; a lock is lifted. */
    async resetPassword(username: string, password: string) {
      const account = await requireAccount(username)
      await accounts.update(username, {
        passwordHash: await hasher.hash(password),
        mustChangePassword: true,
        failedAttempts: 0,
        lockedUntil: null,
      })
      await credentials.deleteSessionsOf(username)
      return view({ ...account, mustChangePassword: true, failedAttempts: 0, lockedUntil: null })
    },

    async remove(username: string) {
      await requireAccount(username)
      await keepOneAdministrator(username)
      await accounts.delete(username)
      return null
    },

    async roles() {
      return { roles: await accounts.roles() }
    },

    async createRole(body: Omit<Role, 'roleId' | 'builtin'>) {
      if (await accounts.roleByName(body.name))
        throw new ApiError('ROLE_ALREADY_EXISTS', `A role named ${body.name} exists.`, {
          name: 'This name is taken.',
        })
      const role: Role = { ...body, roleId: randomBytes(8).toString('hex'), builtin: false }
      await accounts.saveRole(role)
      return role
    },

    async updateRole(roleId: string, body: Omit<Role, 'roleId' | 'builtin'>) {
      const role = await requireRole(roleId, 'roleId')
      if (role.builtin)
        throw new ApiError('ROLE_NOT_CHANGEABLE', `${role.name} is a system role; it cannot be changed.`)
      const other = await accounts.roleByName(body.name)
      if (other && other.roleId !== roleId)
        throw new ApiError('ROLE_ALREADY_EXISTS', `A role named ${body.name} exists.`, {
          name: 'This name is taken.',
        })
      const updated: Role = { ...body, roleId, builtin: false }
      await accounts.saveRole(updated)
      return updated
    },

    async removeRole(roleId: string) {
      const role = await requireRole(roleId, 'roleId')
      if (role.builtin)
        throw new ApiError('ROLE_NOT_CHANGEABLE', `${role.name} is a system role; it cannot be deleted.`)
      const users = await accounts.roleUsers(roleId)
      if (users > 0)
        throw new ApiError(
          'ROLE_NOT_CHANGEABLE',
          `${role.name} is held by ${users} account(s) or token(s); give them another role first.`,
        )
      await accounts.deleteRole(roleId)
      return null
    },
  }
}

export type AccountsService = ReturnType<typeof accountsService>
