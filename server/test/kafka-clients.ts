import { Admin, Consumer, Producer, stringDeserializers, stringSerializers } from '@platformatic/kafka'

/** Real Kafka clients for tests: a topic, records in it, and a consumer group that commits what it reads. */
const base = (bootstrap: string, clientId: string) => ({
  clientId,
  bootstrapBrokers: bootstrap.split(','),
  connectTimeout: 10_000,
  requestTimeout: 15_000,
})

export async function createTopic(bootstrap: string, name: string, partitions: number, replicas = 1) {
  const admin = new Admin(base(bootstrap, 'ferry-test-admin'))
  try {
    await admin.createTopics({ topics: [name], partitions, replicas })
    // A producer that meets the topic before its leaders are known resends its batch, doubling records.
    for (let waited = 0; waited < 10_000; waited += 100) {
      const metadata = await admin.metadata({ topics: [name], forceUpdate: true }).catch(() => null)
      const led = metadata?.topics.get(name)?.partitions.every((p) => p.leader >= 0)
      if (led) break
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
  } finally {
    await admin.close()
  }
}

/**
 * Sends `perPartition` records to each partition, 50 per request. Record i of every partition has timestamp
 * `start + i` s, and its value is padded with `padding` bytes.
 */
export async function produce(
  bootstrap: string,
  topic: string,
  partitions: number,
  perPartition: number,
  start = Date.now() - 3_600_000,
  padding = 0,
) {
  // Idempotent: a batch the client resends after a lost answer is not written twice.
  const producer = new Producer({
    ...base(bootstrap, 'ferry-test-producer'),
    serializers: stringSerializers,
    idempotent: true,
  })
  try {
    const messages = []
    for (let partition = 0; partition < partitions; partition++)
      for (let i = 0; i < perPartition; i++)
        messages.push({
          topic,
          partition,
          value: `m-${partition}-${i}${'x'.repeat(padding)}`,
          timestamp: BigInt(start + i * 1000),
        })
    // Kafka refuses requests over 1 MB by default; 50 padded records stay under it.
    for (let i = 0; i < messages.length; i += 50) await producer.send({ messages: messages.slice(i, i + 50) })
  } finally {
    await producer.close()
  }
}

/**
 * Joins `group`, reads and commits `count` records of `topic` from the start, and stays a member until
 * `stop()` — as a running application would.
 */
export async function consumeAndCommit(bootstrap: string, group: string, topic: string, count: number) {
  const consumer = new Consumer({
    ...base(bootstrap, 'ferry-test-consumer'),
    groupId: group,
    deserializers: stringDeserializers,
    sessionTimeout: 10_000,
    heartbeatInterval: 500,
  })
  const stream = await consumer.consume({ topics: [topic], mode: 'earliest', autocommit: false })
  // Not `for await`: leaving that loop destroys the stream, and the test wants the member to stay.
  await new Promise<void>((resolve, reject) => {
    let read = 0
    stream.on('error', reject)
    stream.on('data', (message) => {
      stream.pause()
      Promise.resolve(message.commit()).then(() => {
        if (++read >= count) resolve()
        else stream.resume()
      }, reject)
    })
  })
  return {
    async stop() {
      await stream.close()
      await consumer.close()
    },
  }
}

/** Commits `offset` on every partition for `group`, as a stopped application would have left it. */
export async function commitOffsets(bootstrap: string, group: string, topic: string, offsets: number[]) {
  const admin = new Admin(base(bootstrap, 'ferry-test-admin'))
  try {
    await admin.alterConsumerGroupOffsets({
      groupId: group,
      topics: [
        {
          name: topic,
          partitionOffsets: offsets.map((offset, partition) => ({ partition, offset: BigInt(offset) })),
        },
      ],
    })
  } finally {
    await admin.close()
  }
}

/**
 * Sends records one by one with the client's default partitioner (murmur2 on the key), and answers where
 * each landed: the partition and offset Kafka gave it.
 */
export async function produceKeyed(
  bootstrap: string,
  topic: string,
  records: { key: string; value: string; headers?: Record<string, string>; timestamp: number }[],
) {
  // Idempotent: a batch the client resends after a lost answer is not written twice.
  const producer = new Producer({
    ...base(bootstrap, 'ferry-test-producer'),
    serializers: stringSerializers,
    idempotent: true,
  })
  try {
    const placed = []
    for (const r of records) {
      const result = await producer.send({
        messages: [
          { topic, key: r.key, value: r.value, headers: r.headers ?? {}, timestamp: BigInt(r.timestamp) },
        ],
      })
      const at = result.offsets?.[0]
      if (!at) throw new Error('the producer did not say where it wrote')
      placed.push({ ...r, partition: at.partition, offset: Number(at.offset) })
    }
    return placed
  } finally {
    await producer.close()
  }
}

/**
 * Produces `perSecond` records of `bytes` bytes to `topic` for `seconds`, in ten batches a second, as a
 * steady application would; answers how many it sent and when it started and stopped.
 */
export async function produceSteadily(
  bootstrap: string,
  topic: string,
  { perSecond, seconds, bytes }: { perSecond: number; seconds: number; bytes: number },
) {
  const producer = new Producer({
    ...base(bootstrap, 'ferry-test-producer'),
    serializers: stringSerializers,
    idempotent: true,
  })
  const value = 'x'.repeat(bytes)
  const perBatch = perSecond / 10
  try {
    const startedAt = Date.now()
    let sent = 0
    for (let batch = 0; batch < seconds * 10; batch++) {
      // Each batch at its own tenth of a second: a slow send is caught up, not carried forward.
      const due = startedAt + batch * 100
      if (due > Date.now()) await new Promise((resolve) => setTimeout(resolve, due - Date.now()))
      await producer.send({ messages: Array.from({ length: perBatch }, () => ({ topic, value })) })
      sent += perBatch
    }
    return { sent, startedAt, endedAt: Date.now() }
  } finally {
    await producer.close()
  }
}
