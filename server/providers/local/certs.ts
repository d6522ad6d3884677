import { execFile } from 'node:child_process'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
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
