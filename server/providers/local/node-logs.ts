import { open, readdir, stat } from 'node:fs/promises'
import { join } from 'node:path'

/** The only files a node's log listing shows and serves: the broker log, its rolled files, the process output. */
const LOG_FILE = /^(broker\.log(\.\d{1,3})?|node\.log)$/

export interface LogFile {
  name: string
  size: number
  modifiedTime: string
}

export async function listLogFiles(dir: string): Promise<LogFile[]> {
  const names = (await readdir(dir).catch(() => [] as string[])).filter((n) => LOG_FILE.test(n))
  const files = await Promise.all(
    names.map(async (name) => {
      const info = await stat(join(dir, name))
      return { name, size: info.size, modifiedTime: info.mtime.toISOString() }
    }),
  )
  return files.sort((a, b) => b.modifiedTime.localeCompare(a.modifiedTime) || a.name.localeCompare(b.name))
}

/**
 * Up to `maxBytes` of a log file from `position`, or its last `maxBytes` when no position is given. The
 * answer says where to read next, so following a log is asking again from `nextPosition`. A file that
 * shrank (rolled over) is read again from its start. Null when the name is not one of the node's logs.
 */
export async function readLogFile(dir: string, name: string, position: number | undefined, maxBytes: number) {
  if (!LOG_FILE.test(name)) return null
  const handle = await open(join(dir, name), 'r').catch(() => null)
  if (!handle) return null
  try {
    const { size } = await handle.stat()
    let from = position === undefined ? Math.max(0, size - maxBytes) : position
    if (from > size) from = 0
    const length = Math.min(maxBytes, size - from)
    const buffer = Buffer.alloc(length)
    const { bytesRead } = await handle.read(buffer, 0, length, from)
    return {
      name,
      size,
      position: from,
      nextPosition: from + bytesRead,
      content: buffer.subarray(0, bytesRead).toString('utf8'),
    }
  } finally {
    await handle.close()
  }
}
