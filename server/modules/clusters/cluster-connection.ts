import type { KafkaConnectionConfig, SaslMechanism, SecurityProtocol } from '../../kafka/connection.ts'
import type { StoredCluster } from '../../store/clusters-repository.ts'
import type { SecretBox } from '../../store/secrets.ts'

/**
 * How Ferry's admin client reaches a cluster. Both providers store it on the cluster row: an external
 * cluster as the user registered it, a local one as its super user on its preferred listener.
 */
export function connectionOf(cluster: StoredCluster, secrets: SecretBox): KafkaConnectionConfig {
  const { saslMechanism, username, passwordSealed } = cluster
  return {
    bootstrapServers: cluster.bootstrapServers.split(',').map((s) => s.trim()),
    securityProtocol: cluster.securityProtocol as SecurityProtocol,
    ...(saslMechanism &&
      username &&
      passwordSealed && {
        sasl: { mechanism: saslMechanism as SaslMechanism, username, password: secrets.open(passwordSealed) },
      }),
    ...(cluster.caCertificate && { caCertificate: cluster.caCertificate }),
  }
}
