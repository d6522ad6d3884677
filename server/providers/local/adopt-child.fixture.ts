// Plays an API server that creates a cluster, prints its state as one JSON line, then idles until it is killed.
import { LocalProvider } from './local-provider.ts'

const [dataDir, clusterId] = process.argv.slice(2)
if (!dataDir || !clusterId) throw new Error('usage: adopt-child.fixture.ts <dataDir> <clusterId>')
const state = await new LocalProvider({ dataDir }).create({
  clusterId,
  kafkaVersion: process.env.FERRY_TEST_KAFKA_VERSION ?? '4.1.2',
  nodes: 1,
  listeners: ['PLAINTEXT'],
  aclEnabled: false,
})
process.stdout.write(`${JSON.stringify(state)}\n`)
setInterval(() => {}, 60_000)
