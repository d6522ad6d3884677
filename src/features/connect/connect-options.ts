import {
  CLIENT_LANGUAGES,
  CLIENT_SASL_MECHANISMS,
  type ClientLanguage,
  type ClientSaslMechanism,
  caCertificateFileName,
  usesTls,
} from '../../../contract/client-snippets.ts'
import type { ClusterDetail, SecurityProtocol } from '../../../contract/clusters.ts'

/**
 * The mechanisms a client may choose: a local cluster's are known from its authentication modes (SCRAM
 * listeners take both SHA variants); of an external cluster Ferry only knows its own, so all are offered.
 */
export function mechanismsOf(cluster: ClusterDetail): ClientSaslMechanism[] {
  if (cluster.provider !== 'local') return [...CLIENT_SASL_MECHANISMS]
  const modes = cluster.authenticationModes
  return CLIENT_SASL_MECHANISMS.filter((m) =>
    m === 'PLAIN' ? modes.includes('SASL_PLAIN') : modes.includes('SASL_SCRAM'),
  )
}

/** What a client most likely signs in with: the strongest mechanism offered, or the one Ferry itself uses. */
export function defaultMechanism(cluster: ClusterDetail): ClientSaslMechanism {
  const own = cluster.connection.saslMechanism
  if (cluster.provider !== 'local' && own) return own
  return mechanismsOf(cluster).at(-1) ?? 'SCRAM-SHA-512'
}

/**
 * An external cluster's user is the one Ferry was registered with, the only one it knows; a local cluster's
 * is Ferry's super user, which clients should not borrow, so the field starts empty.
 */
export function defaultUsername(cluster: ClusterDetail): string {
  return cluster.provider === 'local' ? '' : (cluster.connection.username ?? '')
}

/**
 * The CA file a TLS endpoint's clients trust: Ferry's download (a local cluster's own CA, or the one an
 * external cluster was registered with), or null when the system's trusted CAs verify the brokers.
 */
export function caFileOf(cluster: ClusterDetail, protocol: SecurityProtocol): string | null {
  if (!usesTls(protocol)) return null
  const ownCa = cluster.provider === 'local' || cluster.connection.hasCaCertificate
  return ownCa ? caCertificateFileName(cluster.name) : null
}

export const LANGUAGE_LABELS: Record<ClientLanguage, string> = {
  python: 'Python',
  go: 'Go',
  java: 'Java',
  node: 'Node.js',
}

export const languageOf = (value: string | null): ClientLanguage =>
  CLIENT_LANGUAGES.find((l) => l === value) ?? 'python'
