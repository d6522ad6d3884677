import type { Db } from './database.ts'
import type { ApiTokenRow, SessionRow } from './schema.ts'

/** Sessions and API tokens, found by the SHA-256 of their secret. */
export function credentialsRepository(db: Db) {
  return {
    async insertSession(session: SessionRow): Promise<void> {
      await db.insertInto('sessions').values(session).execute()
    },

    async session(hash: string): Promise<SessionRow | undefined> {
      return db.selectFrom('sessions').selectAll().where('session_hash', '=', hash).executeTakeFirst()
    },

    async deleteSession(hash: string): Promise<void> {
      await db.deleteFrom('sessions').where('session_hash', '=', hash).execute()
    },

    /** Signs an account out everywhere (but `keep`): on a password change, a reset, or when it is disabled. */
    async deleteSessionsOf(username: string, keep: string | null = null): Promise<void> {
      let q = db.deleteFrom('sessions').where('username', '=', username)
      if (keep !== null) q = q.where('session_hash', '!=', keep)
      await q.execute()
    },

    async deleteExpiredSessions(now: string): Promise<void> {
      await db.deleteFrom('sessions').where('expire_time', '<', now).execute()
    },

    async insertToken(token: ApiTokenRow): Promise<void> {
      await db.insertInto('api_tokens').values(token).execute()
    },

    async tokenByHash(hash: string): Promise<ApiTokenRow | undefined> {
      return db.selectFrom('api_tokens').selectAll().where('token_hash', '=', hash).executeTakeFirst()
    },

    async token(tokenId: string): Promise<ApiTokenRow | undefined> {
      return db.selectFrom('api_tokens').selectAll().where('token_id', '=', tokenId).executeTakeFirst()
    },

    async tokens(username: string | null): Promise<ApiTokenRow[]> {
      let q = db.selectFrom('api_tokens').selectAll()
      if (username !== null) q = q.where('username', '=', username)
      return q.orderBy('create_time', 'desc').execute()
    },

    async touchToken(tokenId: string, time: string): Promise<void> {
      await db.updateTable('api_tokens').set({ last_used: time }).where('token_id', '=', tokenId).execute()
    },

    async revokeToken(tokenId: string, time: string): Promise<void> {
      await db.updateTable('api_tokens').set({ revoked_time: time }).where('token_id', '=', tokenId).execute()
    },
  }
}

export type CredentialsRepository = ReturnType<typeof credentialsRepository>
