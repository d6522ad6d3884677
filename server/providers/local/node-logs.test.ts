import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { listLogFiles, readLogFile } from './node-logs.ts'

let dir: string
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'ferry-logs-'))
  writeFileSync(join(dir, 'broker.log'), 'line 1\nline 2\nline 3\n')
  writeFileSync(join(dir, 'broker.log.1'), 'older\n')
  writeFileSync(join(dir, 'server.properties'), 'sasl.jaas.config=secret\n')
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('node logs', () => {
  it('lists only log files', async () => {
    expect((await listLogFiles(dir)).map((f) => f.name).sort()).toEqual(['broker.log', 'broker.log.1'])
  })

  it('reads the tail, then follows from where it stopped', async () => {
    const tail = await readLogFile(dir, 'broker.log', undefined, 7)
    expect(tail).toMatchObject({ content: 'line 3\n', position: 14, nextPosition: 21, size: 21 })
    writeFileSync(join(dir, 'broker.log'), 'line 1\nline 2\nline 3\nline 4\n')
    expect(await readLogFile(dir, 'broker.log', tail?.nextPosition, 1000)).toMatchObject({
      content: 'line 4\n',
    })
  })

  it('starts again at the top of a file that rolled over, and serves nothing but logs', async () => {
    expect(await readLogFile(dir, 'broker.log.1', 500, 1000)).toMatchObject({
      content: 'older\n',
      position: 0,
    })
    expect(await readLogFile(dir, 'server.properties', 0, 1000)).toBeNull()
    expect(await readLogFile(dir, '../broker.log', 0, 1000)).toBeNull()
  })
})
