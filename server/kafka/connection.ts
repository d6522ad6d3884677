import type { AdminOptions } from '@platformatic/kafka'

export type SecurityProtocol = 'PLAINTEXT' | 'SASL_PLAINTEXT' | 'SSL' | 'SASL_SSL'
export type SaslMechanism = 'PLAIN' | 'SCRAM-SHA-256' | 'SCRAM-SHA-512'

export interface KafkaConnectionConfig {
  bootstrapServers: string[]
  securityProtocol: SecurityProtocol
  sasl?: { mechanism: SaslMechanism; username: string; password: string }
  /** PEM; when absent, TLS trusts the system CAs */
  caCertificate?: string
}

export function usesTls(protocol: SecurityProtocol): boolean {
  return protocol === 'SSL' || protocol === 'SASL_SSL'
}

export function usesSasl(protocol: SecurityProtocol): boolean {
  return protocol === 'SASL_PLAINTEXT' || protocol === 'SASL_SSL'
}

export function parseBootstrapServer(server: string): { host: string; port: number } {
  const match = /^\[?([^\]]+?)\]?:(\d+)$/.exec(server.trim())
  if (!match?.[1] || !match[2]) throw new Error(`bootstrap server "${server}" is not host:port`)
  return { host: match[1], port: Number(match[2]) }
}

export function adminOptions(
  cfg: KafkaConnectionConfig,
  opts: { timeoutMs: number; clientId?: string },
): AdminOptions {
  if (usesSasl(cfg.securityProtocol) && !cfg.sasl) {
    throw new Error(`${cfg.securityProtocol} needs SASL credentials`)
  }
  return {
    clientId: opts.clientId ?? 'ferry',
    bootstrapBrokers: cfg.bootstrapServers,
    connectTimeout: opts.timeoutMs,
    requestTimeout: opts.timeoutMs,
    timeout: opts.timeoutMs,
    // Retries would stretch a failing probe past its deadline; the caller decides whether to try again.
    retries: 0,
    ...(usesTls(cfg.securityProtocol) && {
      tls: cfg.caCertificate ? { ca: cfg.caCertificate } : {},
    }),
    ...(usesSasl(cfg.securityProtocol) &&
      cfg.sasl && {
        sasl: { mechanism: cfg.sasl.mechanism, username: cfg.sasl.username, password: cfg.sasl.password },
      }),
  }
}
