// What `npm start` and `npm test` need before anything else runs, installed only when missing.
// Node built-ins only: this runs before node_modules exists.
import { spawnSync } from 'node:child_process'
import { existsSync, statSync } from 'node:fs'

export function run(command, args, options = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', ...options })
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(' ')} failed with ${result.status ?? result.signal}`)
  }
}

/** Installs when node_modules is missing or older than the lock file. */
export function ensureNodeModules() {
  const marker = 'node_modules/.package-lock.json'
  if (existsSync(marker) && statSync(marker).mtimeMs >= statSync('package-lock.json').mtimeMs) return
  console.log('» installing npm packages')
  // npm install, not npm ci: this npm records only this platform's optional packages in the lock, which npm ci rejects.
  run('npm', ['install', '--no-audit', '--no-fund'])
}

export function ensureKafka() {
  run(process.execPath, ['runtime/kafka/fetch.mjs'])
}

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

/** Debian's chromium for the end-to-end tests; Playwright's own browser download cannot reach its host here. */
export function ensureChromium() {
  if (existsSync(chromiumPath)) return
  console.log('» installing Debian chromium')
  aptInstall('chromium')
}

/**
 * Debian's kafka-python, which the client snippet tests run the Python snippet with. Checked with Debian's
 * own interpreter: a python3 earlier on PATH (pyenv, a venv) does not see Debian's packages.
 */
export function ensurePythonKafka() {
  if (spawnSync('/usr/bin/python3', ['-c', 'import kafka'], { stdio: 'ignore' }).status === 0) return
  console.log('» installing Debian python3-kafka')
  aptInstall('python3-kafka')
}

function aptInstall(pkg) {
  const apt = (args) => (process.getuid?.() === 0 ? run('apt-get', args) : run('sudo', ['apt-get', ...args]))
  apt(['update', '-qq'])
  apt(['install', '-y', '-qq', '--no-install-recommends', pkg])
}

/** Builds the console unless dist/ is newer than everything it is built from. */
export function ensureConsoleBuilt() {
  const built = 'dist/index.html'
  if (
    existsSync(built) &&
    !newerThan(statSync(built).mtimeMs, [
      'src',
      'contract',
      'index.html',
      'public',
      'vite.config.ts',
      'package-lock.json',
    ])
  )
    return
  console.log('» building the console')
  run('npx', ['vite', 'build', '--logLevel', 'warn'])
}

function newerThan(time, paths) {
  for (const path of paths) {
    if (!existsSync(path)) continue
    const stat = statSync(path)
    if (stat.mtimeMs > time) return true
    if (stat.isDirectory()) {
      const result = spawnSync('find', [path, '-newer', 'dist/index.html', '-print', '-quit'], {
        encoding: 'utf8',
      })
      if (result.stdout.trim()) return true
    }
  }
  return false
}
