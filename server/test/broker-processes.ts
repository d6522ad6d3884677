import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

/** Pids of the java processes started from one local cluster's node directories, found by their command line. */
export function brokerPids(clustersDir: string, clusterId: string): number[] {
  const marker = join(clustersDir, clusterId, 'node-')
  return readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .filter((pid) => {
      try {
        return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(marker)
      } catch {
        return false
      }
    })
    .map(Number)
}
