import { spawn } from 'node:child_process'
import { closeSync, openSync } from 'node:fs'
import { open, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { connect } from 'node:net'

/** Whether `pid` is a live process; a zombie (exited, not yet reaped by its parent) counts as dead. */
export async function isAlive(pid: number): Promise<boolean> {
  try {
    const stat = await readFile(`/proc/${pid}/stat`, 'utf8')
    // The command name in parentheses may itself contain spaces or parentheses; the state follows the last ')'.
    const state = stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3)
    return state !== 'Z' && state !== 'X'
  } catch {
    return false
  }
}

/** The NUL-separated argv of `pid`, or null if it is gone. */
export async function commandLine(pid: number): Promise<string[] | null> {
  try {
    return (await readFile(`/proc/${pid}/cmdline`, 'utf8')).split('\0').filter(Boolean)
  } catch {
    return null
  }
}

export async function readPidFile(path: string): Promise<number | null> {
  try {
    const pid = Number((await readFile(path, 'utf8')).trim())
    return Number.isInteger(pid) && pid > 0 ? pid : null
  } catch {
    return null
  }
}

/** The live process recorded in `pidFile`, if it still runs with `marker` among its arguments. */
export async function findOwnProcess(pidFile: string, marker: string): Promise<number | null> {
  const pid = await readPidFile(pidFile)
  if (pid === null || !(await isAlive(pid))) return null
  // A recycled pid now belongs to some other program; only our own argv proves it is this node.
  const argv = await commandLine(pid)
  return argv?.includes(marker) ? pid : null
}

/**
 * Starts a process that outlives this one: its own session and process group, output appended to `logFile`,
 * no handle keeping Node's event loop alive.
 */
export async function spawnDetached(
  cmd: string,
  args: string[],
  opts: { cwd: string; logFile: string; pidFile: string },
) {
  const fd = openSync(opts.logFile, 'a')
  try {
    const child = spawn(cmd, args, { cwd: opts.cwd, detached: true, stdio: ['ignore', fd, fd] })
    const pid = await new Promise<number>((resolve, reject) => {
      child.once('error', reject)
      child.once('spawn', () => resolve(child.pid as number))
    })
    child.unref()
    await writeFile(opts.pidFile, `${pid}\n`)
    return pid
  } finally {
    closeSync(fd)
  }
}

/** SIGTERM, then SIGKILL once `timeoutMs` has passed; resolves when the process is gone. */
export async function terminate(pid: number, timeoutMs: number): Promise<void> {
  if (!signal(pid, 'SIGTERM')) return
  const deadline = Date.now() + timeoutMs
  while (await isAlive(pid)) {
    if (Date.now() >= deadline) {
      signal(pid, 'SIGKILL')
      while (await isAlive(pid)) await sleep(100)
      return
    }
    await sleep(200)
  }
}

function signal(pid: number, sig: NodeJS.Signals): boolean {
  try {
    process.kill(pid, sig)
    return true
  } catch {
    return false
  }
}

export function portAnswers(host: string, port: number, timeoutMs: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host, port, timeout: timeoutMs })
    const done = (ok: boolean) => {
      socket.destroy()
      resolve(ok)
    }
    socket.once('connect', () => done(true))
    socket.once('error', () => done(false))
    socket.once('timeout', () => done(false))
  })
}

/** The last `maxBytes` of a log file, for error messages. */
export async function tailFile(path: string, maxBytes = 4000): Promise<string> {
  try {
    const { size } = await stat(path)
    const handle = await open(path, 'r')
    try {
      const length = Math.min(size, maxBytes)
      const buffer = Buffer.alloc(length)
      await handle.read(buffer, 0, length, size - length)
      return buffer.toString('utf8')
    } finally {
      await handle.close()
    }
  } catch {
    return ''
  }
}

export async function removeFile(path: string): Promise<void> {
  await rm(path, { force: true })
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
