import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { promisify } from 'node:util'

const run = promisify(execFile)

async function openssl(args: string[], cwd: string): Promise<void> {
  try {
    await run('openssl', args, { cwd })
  } catch (err) {
    const stderr = (err as { stderr?: string }).stderr ?? ''
    throw new Error(`openssl ${args[0]} failed: ${stderr.trim() || (err as Error).message}`)
  }
}

/** Creates the cluster's own CA in `dir` and returns its certificate as PEM. */
export async function createCa(dir: string, name: string): Promise<string> {
  await mkdir(dir, { recursive: true })
  await openssl(
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-keyout',
      'ca.key',
      '-out',
      'ca.crt',
      '-days',
      '3650',
      '-subj',
      `/CN=${name}`,
      '-addext',
      'basicConstraints=critical,CA:TRUE',
      '-addext',
      'keyUsage=critical,keyCertSign,cRLSign',
    ],
    dir,
  )
  return readFile(join(dir, 'ca.crt'), 'utf8')
}

/**
 * Issues a node certificate signed by the CA in `caDir` and writes `keystore.pem` (PKCS#8 key followed by the
 * chain) into `nodeDir`, the single-file form Kafka reads with ssl.keystore.type=PEM. The key stays
 * unencrypted: it never leaves the cluster's directory, and an encrypted one would put a password in
 * server.properties anyway.
 */
export async function issueNodeCertificate(caDir: string, nodeDir: string, hosts: string[]): Promise<string> {
  await mkdir(nodeDir, { recursive: true })
  const san = [...new Set(hosts)]
    .map((h) => (/^[\d.]+$/.test(h) || h.includes(':') ? `IP:${h}` : `DNS:${h}`))
    .join(',')
  await writeFile(
    join(nodeDir, 'cert.ext'),
    `subjectAltName=${san}\nkeyUsage=critical,digitalSignature,keyEncipherment\nextendedKeyUsage=serverAuth,clientAuth\n`,
  )
  await openssl(
    [
      'req',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-keyout',
      'node.key',
      '-out',
      'node.csr',
      '-subj',
      `/CN=${hosts[0]}`,
    ],
    nodeDir,
  )
  await openssl(
    [
      'x509',
      '-req',
      '-in',
      'node.csr',
      '-CA',
      join(caDir, 'ca.crt'),
      '-CAkey',
      join(caDir, 'ca.key'),
      '-CAcreateserial',
      '-CAserial',
      'ca.srl',
      '-out',
      'node.crt',
      '-days',
      '3650',
      '-extfile',
      'cert.ext',
    ],
    nodeDir,
  )
  const [key, cert, ca] = await Promise.all(
    ['node.key', 'node.crt', join(caDir, 'ca.crt')].map((f) => readFile(resolve(nodeDir, f), 'utf8')),
  )
  const keystore = join(nodeDir, 'keystore.pem')
  await writeFile(keystore, `${key}${cert}${ca}`, { mode: 0o600 })
  return keystore
}

/** Encrypts what must not lie on disk in clear: Ferry's SecretBox. */
export interface KeySeal {
  seal(plain: string): string
  open(sealed: string): string
}

const SEALED_KEY = 'ca.key.sealed'

/** Whether the CA in `dir` can still sign: its key is there, in clear or sealed. */
export function hasCaKey(dir: string): boolean {
  return existsSync(join(dir, 'ca.key')) || existsSync(join(dir, SEALED_KEY))
}

/**
 * Runs `work` with the CA's key in `dir` in clear, and afterwards keeps it only sealed: the key lies on disk
 * in clear just while node certificates are issued. Without a seal (tests that run the provider alone) it
 * stays as openssl wrote it.
 */
export async function withCaKey<T>(
  dir: string,
  seal: KeySeal | undefined,
  work: () => Promise<T>,
): Promise<T> {
  const clear = join(dir, 'ca.key')
  const sealed = join(dir, SEALED_KEY)
  if (!existsSync(clear) && existsSync(sealed)) {
    if (!seal) throw new Error(`the CA key in ${dir} is sealed, and this provider has no key to open it`)
    await writeFile(clear, seal.open(await readFile(sealed, 'utf8')), { mode: 0o600 })
  }
  try {
    return await work()
  } finally {
    if (seal && existsSync(clear)) {
      await writeFile(sealed, seal.seal(await readFile(clear, 'utf8')), { mode: 0o600 })
      await rm(clear, { force: true })
    }
  }
}
