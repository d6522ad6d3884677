// `npm test`: install what is missing, then run every check and test runner, and sum them up.
// The last line is `N passed, N failed` over all runners; the exit code is non-zero if anything failed.
import { spawnSync } from 'node:child_process'
import { mkdirSync, readFileSync, rmSync } from 'node:fs'
import {
  chromiumPath,
  ensureChromium,
  ensureConsoleBuilt,
  ensureKafka,
  ensureNodeModules,
  ensurePythonKafka,
} from './prepare.mjs'

const reports = 'test-results'
const tally = []

function step(name, command, args, env = {}) {
  console.log(`\n» ${name}`)
  const started = Date.now()
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } })
  console.log(
    `» ${name}: exit ${result.status ?? result.signal} after ${Math.round((Date.now() - started) / 1000)} s`,
  )
  return result.status === 0
}

/** Reported failures, or one when the runner failed without reporting any (a crash, a broken setup). */
function failures(reported, ok) {
  return reported > 0 ? reported : ok ? 0 : 1
}

function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'))
  } catch {
    return null
  }
}

ensureNodeModules()
ensureKafka()
ensureChromium()
ensurePythonKafka()
rmSync(reports, { recursive: true, force: true })
mkdirSync(reports, { recursive: true })

// Types and lint count as one check: it passes or fails as a whole.
const checked = step('check: biome and tsc', 'npm', ['run', '--silent', 'check'])
tally.push({ runner: 'check', passed: checked ? 1 : 0, failed: checked ? 0 : 1 })

const vitestReport = `${reports}/vitest.json`
const vitestOk = step('vitest: unit tests and server tests against real brokers', 'npx', [
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${vitestReport}`,
])
const vitest = readJson(vitestReport)
tally.push({
  runner: 'vitest',
  passed: vitest?.numPassedTests ?? 0,
  failed: failures(vitest?.numFailedTests ?? 0, vitestOk),
})

ensureConsoleBuilt()
const playwrightReport = `${reports}/playwright.json`
rmSync('.e2e-data', { recursive: true, force: true })
const e2eOk = step(
  'playwright: end-to-end in Chromium',
  'npx',
  ['playwright', 'test', '--reporter=list,json'],
  {
    PLAYWRIGHT_JSON_OUTPUT_NAME: playwrightReport,
    CHROMIUM_PATH: chromiumPath,
  },
)
const playwright = readJson(playwrightReport)
const stats = playwright?.stats
tally.push({
  runner: 'playwright',
  passed: stats ? stats.expected + stats.flaky : 0,
  failed: failures(stats?.unexpected ?? 0, e2eOk),
})

console.log('')
for (const { runner, passed, failed } of tally) console.log(`${runner}: ${passed} passed, ${failed} failed`)
const passed = tally.reduce((n, t) => n + t.passed, 0)
const failed = tally.reduce((n, t) => n + t.failed, 0)
console.log(`${passed} passed, ${failed} failed`)
process.exit(failed === 0 ? 0 : 1)
