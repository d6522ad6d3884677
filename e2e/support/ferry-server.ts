import { type ChildProcess, spawn } from 'node:child_process'
import { once } from 'node:events'
import { join } from 'node:path'
import { e2eAdminPassword, e2eDataDir } from './paths.ts'

export const e2ePort = Number(process.env.E2E_PORT ?? 18080)

/**
 * Ferry as `npm start` runs it, on its own port and store. Started here rather than as Playwright's
 * webServer so that teardown can wait for a clean SIGTERM stop, which also stops the brokers it started.
 */
export async function startFerry(): Promise<() => Promise<void>> {
  const server: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    stdio: ['ignore', 'inherit', 'inherit'],
    env: {
      ...process.env,
      PORT: String(e2ePort),
      HOST: '127.0.0.1',
      FERRY_DATA_DIR: join(e2eDataDir, 'ferry'),
      LOG_LEVEL: process.env.E2E_LOG_LEVEL ?? 'warn',
      FERRY_ADMIN_PASSWORD: e2eAdminPassword,
    },
  })
  const exited = once(server, 'exit')
  const stop = async () => {
    if (server.exitCode !== null) return
    server.kill('SIGTERM')
    await exited
  }
  // Ready means the store is open and the `local` cluster has started.
  const deadline = Date.now() + 180_000
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`Ferry exited with ${server.exitCode} before it was ready`)
    const ready = await fetch(`http://127.0.0.1:${e2ePort}/readyz`).then(
      (res) => res.ok,
      () => false,
    )
    if (ready) return stop
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  await stop()
  throw new Error('Ferry was not ready within 180 s')
}
