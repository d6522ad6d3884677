import { Producer } from '@platformatic/kafka'
import { adminOptions, type KafkaConnectionConfig } from './connection.ts'

/** Sends one record to a chosen partition and answers where Kafka wrote it. */
export async function produceOne(
  cfg: KafkaConnectionConfig,
  record: {
    topic: string
    partition: number
    key: Buffer | null
    value: Buffer | null
    headers: { key: string; value: string }[]
  },
): Promise<{ partition: number; offset: number; timestamp: string }> {
  const producer = new Producer({ ...adminOptions(cfg, { timeoutMs: 15_000, clientId: 'ferry-produce' }) })
  const timestamp = Date.now()
  try {
    const result = await producer.send({
      messages: [
        {
          topic: record.topic,
          partition: record.partition,
          ...(record.key ? { key: record.key } : {}),
          ...(record.value ? { value: record.value } : {}),
          headers: new Map(record.headers.map((h) => [Buffer.from(h.key), Buffer.from(h.value)])),
          timestamp: BigInt(timestamp),
        },
      ],
    })
    const written = result.offsets?.find((o) => o.topic === record.topic)
    if (!written) throw new Error('Kafka did not say where it wrote the message.')
    return {
      partition: written.partition,
      offset: Number(written.offset),
      timestamp: new Date(timestamp).toISOString(),
    }
  } finally {
    await producer.close().catch(() => {})
  }
}
