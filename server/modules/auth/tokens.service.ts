import { randomBytes } from 'node:crypto'
import { ApiError } from '../../http/api-error.ts'
import type { AccountsRepository } from '../../store/accounts-repository.ts'
import type { CredentialsRepository } from '../../store/credentials-repository.ts'
import type { ApiTokenRow } from '../../store/schema.ts'
import { type Principal, sha256, TOKEN_PREFIX } from './auth.service.ts'

const isFullControl = (p: Principal) => p.grants.some((g) => g.permission === 'FULL_CONTROL')

/** API tokens: bearer secrets for scripts, shown once, kept as hashes, revocable. */
export function tokensService({
  accounts,
  credentials,
}: {
  accounts: AccountsRepository
  credentials: CredentialsRepository
}) {
  async function view(row: ApiTokenRow) {
    const role = await accounts.role(row.role_id)
    return {
      tokenId: row.token_id,
      name: row.name,
      username: row.username,
      roleId: row.role_id,
      roleName: role?.name ?? row.role_id,
      createTime: row.create_time,
      expireTime: row.expire_time,
      lastUsed: row.last_used,
      revokedTime: row.revoked_time,
    }
  }

  return {
    /** One's own tokens; every account's for full control. */
    async list(principal: Principal) {
      const rows = await credentials.tokens(isFullControl(principal) ? null : principal.username)
      return { tokens: await Promise.all(rows.map(view)) }
    },

    async create(principal: Principal, body: { name: string; roleId: string; expiresInDays: number | null }) {
      if (!(await accounts.role(body.roleId)))
        throw new ApiError('ROLE_NOT_FOUND', `There is no role ${body.roleId}.`, {
          roleId: 'Choose an existing role.',
        })
      const secret = `${TOKEN_PREFIX}${randomBytes(32).toString('base64url')}`
      const now = Date.now()
      const row: ApiTokenRow = {
        token_id: randomBytes(8).toString('hex'),
        token_hash: sha256(secret),
        name: body.name,
        username: principal.username,
        role_id: body.roleId,
        create_time: new Date(now).toISOString(),
        expire_time:
          body.expiresInDays === null ? null : new Date(now + body.expiresInDays * 86_400_000).toISOString(),
        last_used: null,
        revoked_time: null,
      }
      await credentials.insertToken(row)
      return { ...(await view(row)), token: secret }
    },

    async revoke(principal: Principal, tokenId: string) {
      const row = await credentials.token(tokenId)
      if (!row || (row.username !== principal.username && !isFullControl(principal)))
        throw new ApiError('TOKEN_NOT_FOUND', `There is no token ${tokenId} of yours.`)
      if (!row.revoked_time) await credentials.revokeToken(tokenId, new Date().toISOString())
      return null
    },
  }
}

export type TokensService = ReturnType<typeof tokensService>
