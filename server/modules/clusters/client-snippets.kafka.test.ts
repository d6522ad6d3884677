import { execFile } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { type ClientLanguage, clientSnippet, type SnippetInput } from '../../../contract/client-snippets.ts'
import type { CreateLocalClusterInput } from '../../../contract/cluster-create.ts'
import { DEFAULT_KAFKA_VERSION, kafkaLibDir } from '../../providers/local/kafka-dist.ts'
import { startTestApp } from '../../test/test-app.ts'

const run = promisify(execFile)
// Debian's interpreter, where `python3-kafka` installs kafka-python; a python3 earlier on PATH (pyenv, venv)
// would not see it.
const DEBIAN_PYTHON = '/usr/bin/python3'

let t: Awaited<ReturnType<typeof startTestApp>>
let workDir: string
beforeAll(async () => {
  t = await startTestApp()
  workDir = mkdtempSync(join(tmpdir(), 'ferry-snippets-'))
})
afterAll(async () => {
  await t.services.jobsIdle()
  await t.services.local.shutdown()
  await t.close()
  rmSync(workDir, { recursive: true, force: true })
})

const alice = { username: 'alice', password: 'Alice2026!' }
const get = (url: string) => t.app.inject({ method: 'GET', url })

/** One node with SASL/SCRAM (first user alice) and SSL listeners: both kinds of endpoint a snippet targets. */
const body: CreateLocalClusterInput = {
  provider: 'local',
  name: 'connect',
  mode: 'HP',
  provisioned: {
    kafkaVersion: DEFAULT_KAFKA_VERSION,
    nodeType: 'local.small',
    logicalZones: ['zone-a'],
    numberOfBrokerNodesPerZone: 1,
    storageMeta: { storageSize: 5 },
    authentications: [{ mode: 'SASL_SCRAM', context: alice }, { mode: 'SSL' }],
  },
}

let clusterId: string
const endpoints = new Map<string, string>()
const topic = 'quickstart'

/** Saves the snippet as the file its "how to run" names, runs it, and answers what it printed. */
async function runSnippet(
  language: ClientLanguage,
  input: SnippetInput,
  command: (file: string) => string[],
) {
  const snippet = clientSnippet(language, input)
  const dir = mkdtempSync(join(workDir, `${language}-`))
  writeFileSync(join(dir, snippet.fileName), snippet.code)
  if (input.caFile) writeFileSync(join(dir, input.caFile), caPem)
  const [file, ...args] = command(snippet.fileName) as [string, ...string[]]
  try {
    return (await run(file, args, { cwd: dir, timeout: 90_000 })).stdout
  } catch (err) {
    const { stderr = '', stdout = '' } = err as { stderr?: string; stdout?: string }
    if (stderr.includes("No module named 'kafka'"))
      throw new Error(
        `kafka-python is missing: install Debian's python3-kafka (apt-get install python3-kafka)`,
      )
    throw new Error(`${language} snippet failed:\n${stdout}\n${stderr}`)
  }
}

/** The SASL endpoint as alice, her password filled in where the console leaves the placeholder. */
const asAlice = (): SnippetInput => ({
  bootstrapServers: endpoints.get('SASL_PLAINTEXT') as string,
  securityProtocol: 'SASL_PLAINTEXT',
  saslMechanism: 'SCRAM-SHA-512',
  username: alice.username,
  password: alice.password,
  topic,
})

/** The snippets print the message they produced once they have read it back. */
const CONSUMED = /^Consumed: (hello from Ferry \S+)$/m

let caPem = ''

describe('client snippets against a real cluster', () => {
  it('creates a SASL/SCRAM + SSL cluster with a first user, and a topic to write to', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/v2/clusters', payload: body })
    expect(res.statusCode, res.body).toBe(202)
    clusterId = res.json().clusterId
    await t.services.jobsIdle()
    expect((await get(`/v2/clusters/${clusterId}`)).json().cluster.state).toBe('ACTIVE')
    for (const e of (await get(`/v2/clusters/${clusterId}/access-endpoints`)).json().accessEndpoints)
      endpoints.set(e.securityProtocol, e.endpoints)
    expect([...endpoints.keys()]).toEqual(['SASL_PLAINTEXT', 'SSL'])
    const created = await t.app.inject({
      method: 'POST',
      url: `/v2/clusters/${clusterId}/topics`,
      payload: { topicName: topic, partitionNum: 1, replicationFactor: 1 },
    })
    expect(created.statusCode, created.body).toBe(201)
  })

  it('downloads the CA certificate of the SSL endpoint as a PEM file named after the cluster', async () => {
    const res = await get(`/v2/clusters/${clusterId}/ca-certificate`)
    expect(res.statusCode).toBe(200)
    expect(res.headers['content-type']).toBe('application/x-pem-file')
    expect(res.headers['content-disposition']).toBe('attachment; filename="connect-ca.pem"')
    expect(res.body).toMatch(/^-----BEGIN CERTIFICATE-----\n[\s\S]+\n-----END CERTIFICATE-----\n$/)
    caPem = res.body
  })

  it('answers 404 with a code for a cluster without a CA of its own, and for no cluster', async () => {
    const external = await t.registerCluster(inject('sharedKafka'), 'plain-only')
    const none = await get(`/v2/clusters/${external}/ca-certificate`)
    expect([none.statusCode, none.json().code]).toEqual([404, 'CA_CERTIFICATE_NOT_FOUND'])
    expect(none.headers['content-type']).toMatch(/^application\/json/)
    const missing = await get('/v2/clusters/no-such-cluster/ca-certificate')
    expect([missing.statusCode, missing.json().code]).toEqual([404, 'CLUSTER_NOT_FOUND'])
  })

  it('runs the Python (kafka-python) snippet over SASL_PLAINTEXT with SCRAM-SHA-512: the message it produced is consumed', async () => {
    const out = await runSnippet('python', asAlice(), (file) => [DEBIAN_PYTHON, file])
    expect(out).toMatch(/^Produced to quickstart\[0\]@\d+$/m)
    expect(out).toMatch(CONSUMED)
    // The consumer committed as its group: the console's consumer group list shows it.
    const group = await get(`/v2/clusters/${clusterId}/consumer-groups/ferry-quickstart-python`)
    expect(group.statusCode, group.body).toBe(200)
  })

  it('runs the Python snippet over SSL, trusting the downloaded CA', async () => {
    const out = await runSnippet(
      'python',
      {
        bootstrapServers: endpoints.get('SSL') as string,
        securityProtocol: 'SSL',
        caFile: 'connect-ca.pem',
        topic,
      },
      (file) => [DEBIAN_PYTHON, file],
    )
    expect(out).toMatch(CONSUMED)
  })

  it('runs the Java (kafka-clients) snippet over SASL_PLAINTEXT with the brokers’ own client jars', async () => {
    const out = await runSnippet('java', asAlice(), (file) => [
      'java',
      '-cp',
      join(kafkaLibDir(DEFAULT_KAFKA_VERSION), '*'),
      file,
    ])
    expect(out).toMatch(CONSUMED)
  })

  it('deletes the cluster', async () => {
    const res = await t.app.inject({ method: 'DELETE', url: `/v2/clusters/${clusterId}` })
    expect(res.statusCode).toBe(202)
    await t.services.jobsIdle()
    expect((await get(`/v2/clusters/${clusterId}`)).statusCode).toBe(404)
  })
})
