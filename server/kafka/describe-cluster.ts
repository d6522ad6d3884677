import { Admin } from '@platformatic/kafka'
import { activeController } from './active-controller.ts'
import { adminOptions, type KafkaConnectionConfig } from './connection.ts'
import { classifyKafkaError } from './kafka-errors.ts'

export interface ClusterDescription {
  kafkaClusterId: string
  controllerId: number | null
  brokers: { nodeId: number; host: string; port: number; rack: string | null }[]
}

export async function describeCluster(
  cfg: KafkaConnectionConfig,
  { timeoutMs }: { timeoutMs: number },
): Promise<ClusterDescription> {
  const admin = new Admin(adminOptions(cfg, { timeoutMs }))
  let timer: NodeJS.Timeout | undefined
  // The client's own timeouts cover each request, not the whole bootstrap dance; this bounds the total.
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new DeadlineError(timeoutMs)), timeoutMs)
  })
  try {
    const metadata = await Promise.race([admin.metadata({ topics: [] }), deadline])
    const firstBroker = [...metadata.brokers.keys()][0]
    return {
      kafkaClusterId: metadata.id,
      controllerId:
        firstBroker === undefined
          ? null
          : await Promise.race([activeController(admin, firstBroker), deadline.catch(() => null)]),
      brokers: [...metadata.brokers.entries()]
        .map(([nodeId, b]) => ({ nodeId, host: b.host, port: b.port, rack: b.rack ?? null }))
        .sort((a, b) => a.nodeId - b.nodeId),
    }
  } catch (err) {
    throw await classifyKafkaError(err, cfg)
  } finally {
    clearTimeout(timer)
    await admin.close().catch(() => {})
  }
}

export class DeadlineError extends Error {
  constructor(timeoutMs: number) {
    super(`no answer within ${timeoutMs} ms`)
    this.name = 'DeadlineError'
  }
}
