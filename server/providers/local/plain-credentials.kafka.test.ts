import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { describeCluster } from '../../kafka/describe-cluster.ts'
import { type LocalClusterState, LocalProvider } from './local-provider.ts'

const dataDir = mkdtempSync(join(tmpdir(), 'ferry-plain-users-'))
const provider = new LocalProvider({ dataDir, stopTimeoutMs: 10_000 })
let state: LocalClusterState | null = null

afterAll(async () => {
  if (state) await provider.destroy(state)
  rmSync(dataDir, { recursive: true, force: true })
})

/** Whether `username` signs in with SASL/PLAIN on the cluster's SASL listener. */
async function signsIn(s: LocalClusterState, username: string, password: string): Promise<boolean> {
  const cfg = provider.connectionFor(s, 'SASL_PLAINTEXT')
  try {
    await describeCluster({ ...cfg, sasl: { mechanism: 'PLAIN', username, password } }, { timeoutMs: 10_000 })
    return true
  } catch {
    return false
  }
}

// The API test runs the default line (4.1); the handler must load on 3.9 as well.
describe('PLAIN users of a Kafka 3.9 local cluster', () => {
  it('sign in from Ferry’s users file, and follow its changes without a restart', async () => {
    state = await provider.create(
      {
        clusterId: 'plain-3-9',
        kafkaVersion: '3.9.1',
        nodes: 1,
        listeners: ['SASL_PLAINTEXT'],
        saslMechanisms: ['PLAIN'],
        aclEnabled: false,
      },
      [{ username: 'carol', password: 'Carol2026!', mechanism: 'PLAIN' }],
    )
    const file = provider.plainCredentialsPath('plain-3-9')
    expect(readFileSync(file, 'utf8')).not.toContain('Carol2026!')
    expect(
      readFileSync(join(provider.clusterDir('plain-3-9'), 'node-1', 'server.properties'), 'utf8'),
    ).not.toMatch(/user_|Carol2026!/)
    expect((await provider.plainUsers('plain-3-9'))?.sort()).toEqual(['carol', 'ferry-admin'])
    expect(await signsIn(state, 'carol', 'Carol2026!')).toBe(true)
    expect(await signsIn(state, 'carol', 'Wrong2026!')).toBe(false)

    expect(await provider.setPlainUser('plain-3-9', 'dave', 'Dave2026!', 'create')).toBe(true)
    expect(await provider.setPlainUser('plain-3-9', 'dave', 'Other2026!', 'create')).toBe(false)
    expect(await signsIn(state, 'dave', 'Dave2026!')).toBe(true)

    expect(await provider.setPlainUser('plain-3-9', 'dave', 'Newer2026!', 'reset')).toBe(true)
    expect(await signsIn(state, 'dave', 'Dave2026!')).toBe(false)
    expect(await signsIn(state, 'dave', 'Newer2026!')).toBe(true)

    expect(await provider.removePlainUser('plain-3-9', 'dave')).toBe(true)
    expect(await signsIn(state, 'dave', 'Newer2026!')).toBe(false)
    expect(await provider.setPlainUser('plain-3-9', 'dave', 'Newer2026!', 'reset')).toBe(false)
  })
})
