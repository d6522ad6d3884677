import type { Grant, Role } from '../../contract/auth.ts'
import type { Db } from './database.ts'
import type { AccountRow, RoleRow } from './schema.ts'

export interface StoredAccount {
  username: string
  passwordHash: string
  roleId: string
  disabled: boolean
  mustChangePassword: boolean
  failedAttempts: number
  lockedUntil: string | null
  createTime: string
  lastSignIn: string | null
}

const toRole = (r: RoleRow): Role => ({
  roleId: r.role_id,
  name: r.name,
  description: r.description,
  grants: JSON.parse(r.grants) as Grant[],
  builtin: r.builtin === 1,
})

const toAccount = (r: AccountRow): StoredAccount => ({
  username: r.username,
  passwordHash: r.password_hash,
  roleId: r.role_id,
  disabled: r.disabled === 1,
  mustChangePassword: r.must_change_password === 1,
  failedAttempts: r.failed_attempts,
  lockedUntil: r.locked_until,
  createTime: r.create_time,
  lastSignIn: r.last_sign_in,
})

/** Console accounts and the roles they hold. */
export function accountsRepository(db: Db) {
  return {
    async roles(): Promise<Role[]> {
      const rows = await db
        .selectFrom('roles')
        .selectAll()
        .orderBy('builtin', 'desc')
        .orderBy('name')
        .execute()
      return rows.map(toRole)
    },

    async role(roleId: string): Promise<Role | undefined> {
      const row = await db.selectFrom('roles').selectAll().where('role_id', '=', roleId).executeTakeFirst()
      return row && toRole(row)
    },

    async roleByName(name: string): Promise<Role | undefined> {
      const row = await db.selectFrom('roles').selectAll().where('name', '=', name).executeTakeFirst()
      return row && toRole(row)
    },

    async saveRole(role: Role): Promise<void> {
      const row = {
        role_id: role.roleId,
        name: role.name,
        description: role.description,
        grants: JSON.stringify(role.grants),
        builtin: role.builtin ? 1 : 0,
      }
      await db
        .insertInto('roles')
        .values(row)
        .onConflict((oc) => oc.column('role_id').doUpdateSet(row))
        .execute()
    },

    async deleteRole(roleId: string): Promise<void> {
      await db.deleteFrom('roles').where('role_id', '=', roleId).execute()
    },

    /** Accounts and tokens holding the role: a role in use cannot be deleted. */
    async roleUsers(roleId: string): Promise<number> {
      const accounts = await db
        .selectFrom('accounts')
        .select('username')
        .where('role_id', '=', roleId)
        .execute()
      const tokens = await db
        .selectFrom('api_tokens')
        .select('token_id')
        .where('role_id', '=', roleId)
        .where('revoked_time', 'is', null)
        .execute()
      return accounts.length + tokens.length
    },

    async count(): Promise<number> {
      const rows = await db.selectFrom('accounts').select('username').limit(1).execute()
      return rows.length
    },

    async all(): Promise<StoredAccount[]> {
      return (await db.selectFrom('accounts').selectAll().orderBy('username').execute()).map(toAccount)
    },

    async get(username: string): Promise<StoredAccount | undefined> {
      const row = await db
        .selectFrom('accounts')
        .selectAll()
        .where('username', '=', username)
        .executeTakeFirst()
      return row && toAccount(row)
    },

    async insert(account: StoredAccount): Promise<void> {
      await db
        .insertInto('accounts')
        .values({
          username: account.username,
          password_hash: account.passwordHash,
          role_id: account.roleId,
          disabled: account.disabled ? 1 : 0,
          must_change_password: account.mustChangePassword ? 1 : 0,
          failed_attempts: account.failedAttempts,
          locked_until: account.lockedUntil,
          create_time: account.createTime,
          last_sign_in: account.lastSignIn,
        })
        .execute()
    },

    async update(
      username: string,
      patch: Partial<Omit<StoredAccount, 'username' | 'createTime'>>,
    ): Promise<void> {
      const row: Partial<AccountRow> = {}
      if (patch.passwordHash !== undefined) row.password_hash = patch.passwordHash
      if (patch.roleId !== undefined) row.role_id = patch.roleId
      if (patch.disabled !== undefined) row.disabled = patch.disabled ? 1 : 0
      if (patch.mustChangePassword !== undefined) row.must_change_password = patch.mustChangePassword ? 1 : 0
      if (patch.failedAttempts !== undefined) row.failed_attempts = patch.failedAttempts
      if (patch.lockedUntil !== undefined) row.locked_until = patch.lockedUntil
      if (patch.lastSignIn !== undefined) row.last_sign_in = patch.lastSignIn
      await db.updateTable('accounts').set(row).where('username', '=', username).execute()
    },

    async delete(username: string): Promise<void> {
      await db.deleteFrom('accounts').where('username', '=', username).execute()
    },
  }
}

export type AccountsRepository = ReturnType<typeof accountsRepository>
