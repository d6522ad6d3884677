import { createHash } from 'node:crypto'
import type { Db } from './database.ts'

export function requestHash(body: unknown): string {
  return createHash('sha256').update(JSON.stringify(body)).digest('hex')
}

/** Answers already given to requests that carried an Idempotency-Key. */
export function idempotencyRepository(db: Db) {
  return {
    async get(key: string): Promise<{ requestHash: string; response: unknown } | undefined> {
      const row = await db
        .selectFrom('idempotency_keys')
        .selectAll()
        .where('idempotency_key', '=', key)
        .executeTakeFirst()
      return row && { requestHash: row.request_hash, response: JSON.parse(row.response) }
    },

    /** Fails on a key already stored: the caller runs it in the transaction that did the work, undoing it. */
    async insert(key: string, hash: string, response: unknown): Promise<void> {
      await db
        .insertInto('idempotency_keys')
        .values({
          idempotency_key: key,
          request_hash: hash,
          response: JSON.stringify(response),
          create_time: new Date().toISOString(),
        })
        .execute()
    },
  }
}
