import { Admin } from '@platformatic/kafka'
import { adminOptions, type KafkaConnectionConfig } from './connection.ts'

interface Pooled {
  key: string
  admin: Admin
}

/**
 * One long-lived admin client per cluster: connecting and authenticating per request would cost a SASL
 * round-trip each time. A changed connection (new password, new servers) replaces the client.
 */
export class AdminPool {
  readonly #clients = new Map<string, Pooled>()

  constructor(private readonly requestTimeoutMs = 15_000) {}

  get(clusterId: string, cfg: KafkaConnectionConfig): Admin {
    const key = JSON.stringify(cfg)
    const pooled = this.#clients.get(clusterId)
    if (pooled?.key === key && !pooled.admin.closed) return pooled.admin
    if (pooled) void pooled.admin.close().catch(() => {})
    // Unlike a one-off probe, a pooled client may retry: brokers restart and leaders move under it.
    const admin = new Admin({ ...adminOptions(cfg, { timeoutMs: this.requestTimeoutMs }), retries: 3 })
    this.#clients.set(clusterId, { key, admin })
    return admin
  }

  async evict(clusterId: string): Promise<void> {
    const pooled = this.#clients.get(clusterId)
    this.#clients.delete(clusterId)
    await pooled?.admin.close().catch(() => {})
  }

  async close(): Promise<void> {
    await Promise.all([...this.#clients.keys()].map((id) => this.evict(id)))
  }
}

/** The handle modules pass back into server/kafka/ functions; only this folder knows what it is. */
export type KafkaAdmin = Admin
