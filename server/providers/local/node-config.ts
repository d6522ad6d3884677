import {
  isController,
  type LocalClusterSpec,
  type LocalClusterState,
  type LocalListener,
  type LocalNode,
} from './local-cluster.ts'
import { PLAIN_FILE_OPTION, PLAIN_HANDLER_CLASS } from './plain-credentials.ts'

export interface NodePaths {
  dataDir: string
  /** PEM keystore, when the spec has a TLS listener */
  keystore?: string
  /** Ferry's PLAIN users file, when the SASL listeners offer PLAIN */
  plainCredentials?: string
}

const isSasl = (l: LocalListener) => l === 'SASL_PLAINTEXT' || l === 'SASL_SSL'
const isTls = (l: LocalListener) => l === 'SSL' || l === 'SASL_SSL'

const saslMechanismsOf = (spec: LocalClusterSpec) => spec.saslMechanisms ?? ['SCRAM-SHA-512', 'PLAIN']

/** Whether the cluster's SASL listeners offer PLAIN, and so read Ferry's PLAIN users file. */
export function offersPlain(spec: LocalClusterSpec): boolean {
  return spec.listeners.some(isSasl) && saslMechanismsOf(spec).includes('PLAIN')
}

/** The KRaft quorum: the combined nodes only; brokers added later never vote. */
export function quorumVoters(nodes: LocalNode[]): string {
  return nodes
    .filter(isController)
    .map((n) => `${n.nodeId}@${n.host}:${n.controllerPort}`)
    .join(',')
}

/**
 * server.properties of one node: combined broker+controller, or broker only. Client listeners are named
 * after their protocol and bind where the spec says (all interfaces for public access); CONTROLLER and
 * INTERNAL stay PLAINTEXT on the node's loopback host, so their principal is User:ANONYMOUS.
 */
export function renderServerProperties(state: LocalClusterState, node: LocalNode, paths: NodePaths): string {
  const { spec, superUser } = state
  // From the size at creation, so that nodes added later agree with the first ones.
  const rf = Math.min(3, spec.nodes)
  const minIsr = Math.max(1, rf - 1)
  const bind = spec.bindAddress ?? node.host
  const advertised = spec.advertisedHost ?? node.host
  const clientPort = (l: LocalListener) => node.clientPorts[l]
  const controller = isController(node)
  const props: [string, string | number][] = [
    ['process.roles', controller ? 'broker,controller' : 'broker'],
    ['node.id', node.nodeId],
    // Static voters: the same on 3.9 and 4.x, and formatting needs no quorum flag.
    ['controller.quorum.voters', quorumVoters(state.nodes)],
    [
      'listeners',
      [
        ...spec.listeners.map((l) => `${l}://${bind}:${clientPort(l)}`),
        `INTERNAL://${node.host}:${node.internalPort}`,
        ...(controller ? [`CONTROLLER://${node.host}:${node.controllerPort}`] : []),
      ].join(','),
    ],
    [
      'advertised.listeners',
      [
        ...spec.listeners.map((l) => `${l}://${advertised}:${clientPort(l)}`),
        `INTERNAL://${node.host}:${node.internalPort}`,
      ].join(','),
    ],
    [
      'listener.security.protocol.map',
      [...spec.listeners.map((l) => `${l}:${l}`), 'INTERNAL:PLAINTEXT', 'CONTROLLER:PLAINTEXT'].join(','),
    ],
    ['inter.broker.listener.name', 'INTERNAL'],
    ['controller.listener.names', 'CONTROLLER'],
    ['log.dirs', paths.dataDir],
  ]
  if (node.rack) props.push(['broker.rack', node.rack])

  const mechanisms = saslMechanismsOf(spec)
  // A SCRAM user Ferry manages may hold either SCRAM mechanism, so wherever SCRAM is on both are offered.
  const scram = mechanisms.includes('SCRAM-SHA-512') ? ['SCRAM-SHA-256', 'SCRAM-SHA-512'] : []
  const plain = mechanisms.includes('PLAIN')
  for (const l of spec.listeners.filter(isSasl)) {
    const prefix = `listener.name.${l.toLowerCase()}`
    props.push([`${prefix}.sasl.enabled.mechanisms`, [...scram, ...(plain ? ['PLAIN'] : [])].join(',')])
    for (const m of scram)
      props.push([
        `${prefix}.${m.toLowerCase()}.sasl.jaas.config`,
        'org.apache.kafka.common.security.scram.ScramLoginModule required;',
      ])
    // Kafka's own PLAIN handler knows only the user_NAME="password" options of this line, so a new user would
    // need every broker restarted; Ferry's handler verifies against the users file, which it re-reads on change.
    if (plain) {
      const file = paths.plainCredentials
      if (!file || /["\\]/.test(file))
        throw new Error('a PLAIN listener needs a users file path without quotes')
      props.push(
        [
          `${prefix}.plain.sasl.jaas.config`,
          `org.apache.kafka.common.security.plain.PlainLoginModule required ${PLAIN_FILE_OPTION}="${file}";`,
        ],
        [`${prefix}.plain.sasl.server.callback.handler.class`, PLAIN_HANDLER_CLASS],
      )
    }
  }
  if (spec.listeners.some(isTls)) {
    if (!paths.keystore) throw new Error('a TLS listener needs a keystore')
    props.push(['ssl.keystore.type', 'PEM'], ['ssl.keystore.location', paths.keystore])
  }
  if (spec.aclEnabled) {
    props.push(
      ['authorizer.class.name', 'org.apache.kafka.metadata.authorizer.StandardAuthorizer'],
      // ANONYMOUS is the nodes' own principal on the PLAINTEXT CONTROLLER and INTERNAL listeners; without it
      // controller and broker requests fail with CLUSTER_AUTHORIZATION_FAILED.
      ['super.users', `User:${superUser.username};User:ANONYMOUS`],
      ['allow.everyone.if.no.acl.found', 'false'],
    )
  }

  props.push(
    ['num.partitions', 1],
    ['default.replication.factor', rf],
    ['min.insync.replicas', minIsr],
    ['offsets.topic.replication.factor', rf],
    // Internal topics default to 50 partitions, which costs seconds and memory on a laptop-sized cluster.
    ['offsets.topic.num.partitions', 1],
    ['transaction.state.log.replication.factor', rf],
    ['transaction.state.log.min.isr', minIsr],
    ['transaction.state.log.num.partitions', 1],
    ['group.initial.rebalance.delay.ms', 0],
    ['auto.create.topics.enable', 'false'],
    ['num.network.threads', spec.profile?.networkThreads ?? 2],
    ['num.io.threads', spec.profile?.ioThreads ?? 2],
    ['background.threads', 2],
    // Deletions below a log start offset (the watermark controller's) free the disk within a minute.
    ['log.retention.check.interval.ms', 60_000],
  )
  // 3.9 knows no share groups and would log each of these as an unknown config.
  if (Number(spec.kafkaVersion.split('.')[0]) >= 4) {
    props.push(
      ['share.coordinator.state.topic.replication.factor', rf],
      ['share.coordinator.state.topic.min.isr', minIsr],
      ['share.coordinator.state.topic.num.partitions', 1],
    )
  }
  // The user's overrides come last and win; the keys Ferry manages were refused before creation.
  const merged = new Map<string, string | number>(props)
  for (const [key, value] of Object.entries(spec.overrides ?? {})) merged.set(key, value)
  return `${[...merged].map(([k, v]) => `${k}=${v}`).join('\n')}\n`
}

/** Logging to stdout, which the provider sends to the node's log file. */
/**
 * Broker logs go to a size-capped rolling `broker.log` in the node's directory (kafka.logs.dir): a console
 * appender would grow the node's stdout file without bound. stdout keeps only what the JVM itself prints.
 */
export function renderLogConfig(log4j1: boolean): string {
  if (log4j1) {
    return [
      'log4j.rootLogger=INFO, file',
      'log4j.appender.file=org.apache.log4j.RollingFileAppender',
      // biome-ignore lint/suspicious/noTemplateCurlyInString: a log4j placeholder, filled in by the broker
      'log4j.appender.file.File=${kafka.logs.dir}/broker.log',
      'log4j.appender.file.MaxFileSize=10MB',
      'log4j.appender.file.MaxBackupIndex=5',
      'log4j.appender.file.layout=org.apache.log4j.PatternLayout',
      'log4j.appender.file.layout.ConversionPattern=[%d] %p %m (%c)%n',
      // The request logger is chatty at INFO and says nothing a console user needs.
      'log4j.logger.kafka.request.logger=WARN',
      '',
    ].join('\n')
  }
  // Something reads this file before the broker's system properties are visible to log4j; the `:-.` default
  // (the node's directory, its working directory) keeps that early reader writing to the same broker.log.
  return [
    'status = warn',
    'appender.file.type = RollingFile',
    'appender.file.name = FILE',
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a log4j placeholder, filled in by the broker
    'appender.file.fileName = ${sys:kafka.logs.dir:-.}/broker.log',
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a log4j placeholder, filled in by the broker
    'appender.file.filePattern = ${sys:kafka.logs.dir:-.}/broker.log.%i',
    'appender.file.layout.type = PatternLayout',
    'appender.file.layout.pattern = [%d] %p %m (%c)%n',
    'appender.file.policies.type = Policies',
    'appender.file.policies.size.type = SizeBasedTriggeringPolicy',
    'appender.file.policies.size.size = 10MB',
    'appender.file.strategy.type = DefaultRolloverStrategy',
    'appender.file.strategy.max = 5',
    'rootLogger.level = info',
    'rootLogger.appenderRef.file.ref = FILE',
    'logger.request.name = kafka.request.logger',
    'logger.request.level = warn',
    '',
  ].join('\n')
}
