import { existsSync } from 'node:fs'
import { readFile, statfs } from 'node:fs/promises'
import { dirname } from 'node:path'
import type { MetricReading } from '../../store/metric-samples-repository.ts'

/** busy and total jiffies of all CPUs, from the first line of /proc/stat. */
async function cpuTimes(): Promise<{ busy: number; total: number }> {
  const line = (await readFile('/proc/stat', 'utf8')).split('\n')[0] ?? ''
  // user nice system idle iowait irq softirq steal; guest time is already counted in user.
  const [user, nice, system, idle, iowait, irq, softirq, steal] = line
    .trim()
    .split(/\s+/)
    .slice(1, 9)
    .map(Number)
  const values = [user, nice, system, idle, iowait, irq, softirq, steal].map((v) => v ?? 0)
  const total = values.reduce((sum, v) => sum + v, 0)
  return { busy: total - (idle ?? 0) - (iowait ?? 0), total }
}

/** Memory in use, as `free` counts it: what is not available to start new programs. */
async function memoryPercent(): Promise<number> {
  const text = await readFile('/proc/meminfo', 'utf8')
  const kb = (name: string) => Number(new RegExp(`^${name}:\\s+(\\d+)`, 'm').exec(text)?.[1] ?? Number.NaN)
  return ((kb('MemTotal') - kb('MemAvailable')) / kb('MemTotal')) * 100
}

/** Use of the file system holding `path`, as df counts it (space reserved for root left out). */
async function diskPercent(path: string): Promise<number> {
  let existing = path
  while (!existsSync(existing) && dirname(existing) !== existing) existing = dirname(existing)
  const fs = await statfs(existing)
  const used = fs.blocks - fs.bfree
  return (used / (used + fs.bavail)) * 100
}

/**
 * The machine the local clusters run on: CPU busy since the previous reading, memory in use, and the disk
 * of the clusters' data dir, in %. Off Linux, what /proc would give is left out.
 */
export class HostUsage {
  #lastCpu: { busy: number; total: number } | null = null

  constructor(private readonly dataDir: string) {}

  async read(): Promise<MetricReading[]> {
    const readings: MetricReading[] = []
    const [cpu, memory, disk] = await Promise.allSettled([
      cpuTimes(),
      memoryPercent(),
      diskPercent(this.dataDir),
    ])
    if (cpu.status === 'fulfilled') {
      const last = this.#lastCpu
      this.#lastCpu = cpu.value
      const total = last ? cpu.value.total - last.total : 0
      if (last && total > 0)
        readings.push({ metric: 'host_cpu', labels: {}, value: ((cpu.value.busy - last.busy) / total) * 100 })
    }
    if (memory.status === 'fulfilled')
      readings.push({ metric: 'host_memory', labels: {}, value: memory.value })
    if (disk.status === 'fulfilled') readings.push({ metric: 'host_disk', labels: {}, value: disk.value })
    return readings.filter((r) => Number.isFinite(r.value))
  }
}
