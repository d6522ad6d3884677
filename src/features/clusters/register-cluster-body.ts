import type { SecurityProtocol } from '../../../contract/clusters.ts'
import type { RegisterClusterBody } from './api.ts'

export interface RegisterClusterForm {
  name: string
  bootstrapServers: string
  securityProtocol: SecurityProtocol
  saslMechanism?: RegisterClusterBody['saslMechanism']
  username?: string
  password?: string
  caCertificate?: string
}

export const usesSasl = (protocol: SecurityProtocol) =>
  protocol === 'SASL_PLAINTEXT' || protocol === 'SASL_SSL'
export const usesTls = (protocol: SecurityProtocol) => protocol === 'SSL' || protocol === 'SASL_SSL'

/** Only what the chosen protocol uses is sent: a password typed before switching to PLAINTEXT is dropped. */
export function registerClusterBody(form: RegisterClusterForm): RegisterClusterBody {
  const caCertificate = form.caCertificate?.trim()
  return {
    provider: 'external',
    name: form.name.trim(),
    bootstrapServers: form.bootstrapServers.trim(),
    securityProtocol: form.securityProtocol,
    ...(usesSasl(form.securityProtocol)
      ? { saslMechanism: form.saslMechanism, username: form.username?.trim(), password: form.password }
      : {}),
    ...(usesTls(form.securityProtocol) && caCertificate ? { caCertificate } : {}),
  }
}
