import { connect as netConnect } from 'node:net'
import { connect as tlsConnect } from 'node:tls'
import { type KafkaConnectionConfig, parseBootstrapServer, usesSasl, usesTls } from './connection.ts'

export type KafkaConnectErrorCode = 'KAFKA_UNREACHABLE' | 'KAFKA_AUTHENTICATION_FAILED' | 'KAFKA_TLS_FAILED'
export type KafkaConnectField = 'bootstrapServers' | 'password' | 'securityProtocol' | 'caCertificate'

export class KafkaConnectError extends Error {
  readonly code: KafkaConnectErrorCode
  readonly field: KafkaConnectField

  constructor(
    code: KafkaConnectErrorCode,
    field: KafkaConnectField,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options)
    this.name = 'KafkaConnectError'
    this.code = code
    this.field = field
  }
}

const UNREACHABLE_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH'])
const UNTRUSTED_CERT_CODES = new Set([
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'CERT_HAS_EXPIRED',
  'CERT_UNTRUSTED',
  'ERR_TLS_CERT_ALTNAME_INVALID',
])

interface Clue {
  code?: string
  message: string
}

// @platformatic/kafka wraps socket errors in GenericError causes and MultipleErrors lists, several levels deep.
function clues(err: unknown, seen = new Set<unknown>()): Clue[] {
  if (!(err instanceof Error) || seen.has(err)) return []
  seen.add(err)
  const own: Clue = { message: err.message }
  const code = (err as { code?: unknown }).code
  if (typeof code === 'string') own.code = code
  const nested = err instanceof AggregateError ? err.errors : []
  return [own, ...clues(err.cause, seen), ...nested.flatMap((e) => clues(e, seen))]
}

/**
 * Whether a failure is the brokers not answering at all (refused, unreachable, connection lost), as
 * opposed to a refusal or a bug: a cluster stopping or down, which the caller should hear as such.
 */
export function isBrokersUnreachable(err: unknown): boolean {
  return clues(err).some(
    (c) => c.code === 'PLT_KFK_NETWORK' || (c.code !== undefined && UNREACHABLE_CODES.has(c.code)),
  )
}

/** Turns any failure of a first connection into a KafkaConnectError, probing the port when the client's error is ambiguous. */
export async function classifyKafkaError(err: unknown, cfg: KafkaConnectionConfig): Promise<Error> {
  if (err instanceof KafkaConnectError) return err
  const found = clues(err)
  const has = (test: (c: Clue) => boolean) => found.some(test)
  const servers = cfg.bootstrapServers.join(', ')
  const make = (code: KafkaConnectErrorCode, field: KafkaConnectField, message: string) =>
    new KafkaConnectError(code, field, message, { cause: err })

  const unreachable = found.find((c) => c.code && UNREACHABLE_CODES.has(c.code))
  if (unreachable?.code === 'ENOTFOUND' || unreachable?.code === 'EAI_AGAIN') {
    return make(
      'KAFKA_UNREACHABLE',
      'bootstrapServers',
      `The host name in ${servers} does not resolve. Check its spelling.`,
    )
  }
  if (unreachable) {
    return make(
      'KAFKA_UNREACHABLE',
      'bootstrapServers',
      `Nothing answers at ${servers}. Check the host and port, and that the broker is running.`,
    )
  }

  if (has((c) => c.code !== undefined && UNTRUSTED_CERT_CODES.has(c.code))) {
    const altName = has((c) => c.code === 'ERR_TLS_CERT_ALTNAME_INVALID')
    return make(
      'KAFKA_TLS_FAILED',
      altName ? 'bootstrapServers' : 'caCertificate',
      altName
        ? `The broker's certificate does not name the host in ${servers}. Connect with a host name the certificate lists.`
        : `The broker's certificate is not trusted. Paste the PEM of the CA that signed it.`,
    )
  }
  if (
    has((c) =>
      /SSL routines|wrong version number|TLS handshake failed|secure TLS connection/i.test(c.message),
    )
  ) {
    return make(
      'KAFKA_TLS_FAILED',
      'securityProtocol',
      `The TLS handshake with ${servers} failed: the listener probably does not speak TLS. Choose PLAINTEXT or SASL_PLAINTEXT.`,
    )
  }

  if (has((c) => c.code === 'PLT_KFK_AUTHENTICATION')) {
    if (has((c) => /suitable SASL mechanism|UNSUPPORTED_SASL_MECHANISM/i.test(c.message))) {
      return make(
        'KAFKA_AUTHENTICATION_FAILED',
        'securityProtocol',
        `The listener does not enable SASL mechanism ${cfg.sasl?.mechanism ?? '(none)'}. Choose another mechanism.`,
      )
    }
    return make(
      'KAFKA_AUTHENTICATION_FAILED',
      'password',
      `The broker rejected user "${cfg.sasl?.username ?? ''}" with ${cfg.sasl?.mechanism ?? 'SASL'}. Check the user name, password and mechanism.`,
    )
  }

  // A timeout or a bare disconnect says little: a TLS listener swallows a plaintext request or drops it,
  // and a SASL listener drops requests sent before authentication. Asking the port itself tells them apart.
  const first = cfg.bootstrapServers[0]
  if (!first) return make('KAFKA_UNREACHABLE', 'bootstrapServers', 'No bootstrap server given.')
  const { host, port } = parseBootstrapServer(first)
  const probe = await probePort(host, port, 3000)
  if (probe === 'closed') {
    return make(
      'KAFKA_UNREACHABLE',
      'bootstrapServers',
      `Nothing answers at ${servers}. Check the host and port, and that the broker is running.`,
    )
  }
  if (probe === 'tls' && !usesTls(cfg.securityProtocol)) {
    return make(
      'KAFKA_TLS_FAILED',
      'securityProtocol',
      `${first} expects TLS, but the connection used ${cfg.securityProtocol}. Choose SSL or SASL_SSL.`,
    )
  }
  if (probe === 'plain' && usesTls(cfg.securityProtocol)) {
    return make(
      'KAFKA_TLS_FAILED',
      'securityProtocol',
      `${first} does not speak TLS. Choose PLAINTEXT or SASL_PLAINTEXT.`,
    )
  }
  if (probe === 'plain' && !usesSasl(cfg.securityProtocol)) {
    return make(
      'KAFKA_AUTHENTICATION_FAILED',
      'securityProtocol',
      `${first} accepted the connection but dropped the request; it probably requires SASL. Choose SASL_PLAINTEXT.`,
    )
  }
  return make(
    'KAFKA_UNREACHABLE',
    'bootstrapServers',
    `${servers} accepts connections but does not answer as a Kafka broker in time. Check the port and the broker's health.`,
  )
}

type ProbeResult = 'closed' | 'tls' | 'plain'

/** Whether host:port accepts TCP at all, and if so whether it completes a TLS handshake (certificate not checked). */
export function probePort(host: string, port: number, timeoutMs: number): Promise<ProbeResult> {
  return new Promise((resolve) => {
    const tcp = netConnect({ host, port, timeout: timeoutMs })
    tcp.once('connect', () => {
      tcp.destroy()
      const tls = tlsConnect({
        host,
        port,
        rejectUnauthorized: false,
        timeout: timeoutMs,
        servername: undefined,
      })
      tls.once('secureConnect', () => {
        tls.destroy()
        resolve('tls')
      })
      const plain = () => {
        tls.destroy()
        resolve('plain')
      }
      tls.once('error', plain)
      tls.once('timeout', plain)
    })
    const closed = () => {
      tcp.destroy()
      resolve('closed')
    }
    tcp.once('error', closed)
    tcp.once('timeout', closed)
  })
}
