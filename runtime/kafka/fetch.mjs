// Fetches the broker jars of every Kafka line in versions.json, and the JMX exporter agent,
// from Maven Central into the cache (.kafka/ at the repo root, or $FERRY_KAFKA_CACHE), and compiles
// Ferry's SASL/PLAIN callback handler against the fetched kafka-clients jar.
// Usage: node runtime/kafka/fetch.mjs [version...]
import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const here = dirname(fileURLToPath(import.meta.url))
const versions = JSON.parse(readFileSync(join(here, 'versions.json'), 'utf8'))
const cache = resolve(process.env.FERRY_KAFKA_CACHE ?? join(here, '..', '..', '.kafka'))
const MARKER = '.complete'

function mvn(profile, outputDir) {
  const args = [
    '-B',
    '-q',
    '-f',
    join(here, 'pom.xml'),
    `-P${profile}`,
    'org.apache.maven.plugins:maven-dependency-plugin:3.6.1:copy-dependencies',
    '-DincludeScope=runtime',
    `-DoutputDirectory=${outputDir}`,
  ]
  // The agent jar is self-contained; its POM's dependencies must not land beside it.
  if (profile === 'agent') args.push('-DexcludeTransitive=true')
  // Maven's own output is only worth showing when it failed.
  const run = spawnSync('mvn', args, { encoding: 'utf8' })
  if (run.error) throw new Error(`cannot run mvn: ${run.error.message}`)
  if (run.status !== 0) {
    process.stderr.write(`${run.stdout}${run.stderr}`)
    throw new Error(`mvn exited with ${run.status} for profile ${profile}`)
  }
}

// Two SLF4J bindings make the broker pick one at random and warn; none silences it.
function checkOneBinding(libDir) {
  const bindings = readdirSync(libDir).filter((f) =>
    /^(slf4j-reload4j|log4j-slf4j2?-impl|logback-classic)-/.test(f),
  )
  if (bindings.length !== 1)
    throw new Error(`expected one SLF4J binding in ${libDir}, found: ${bindings.join(', ') || 'none'}`)
  return bindings[0]
}

// Fills `target` through a temporary sibling so an interrupted fetch never looks complete.
function fetchInto(target, profile, label, check) {
  if (existsSync(join(target, MARKER))) {
    console.log(`${label}: cached in ${target}`)
    return
  }
  const tmp = `${target}.tmp-${process.pid}`
  rmSync(tmp, { recursive: true, force: true })
  mkdirSync(tmp, { recursive: true })
  const started = Date.now()
  console.log(`${label}: fetching from Maven Central...`)
  try {
    mvn(profile, tmp)
    const note = check?.(tmp)
    writeFileSync(join(tmp, MARKER), `${new Date().toISOString()}\n`)
    rmSync(target, { recursive: true, force: true })
    mkdirSync(dirname(target), { recursive: true })
    renameSync(tmp, target)
    const jars = readdirSync(target).filter((f) => f.endsWith('.jar')).length
    const secs = ((Date.now() - started) / 1000).toFixed(1)
    console.log(`${label}: ${jars} jars in ${secs}s${note ? ` (${note})` : ''}`)
  } catch (err) {
    rmSync(tmp, { recursive: true, force: true })
    throw err
  }
}

function runTool(command, args) {
  const run = spawnSync(command, args, { encoding: 'utf8' })
  if (run.error) throw new Error(`cannot run ${command}: ${run.error.message}`)
  if (run.status !== 0) {
    process.stderr.write(`${run.stdout}${run.stderr}`)
    throw new Error(`${command} exited with ${run.status}`)
  }
}

// The PLAIN handler uses only AuthenticateCallbackHandler and PlainAuthenticateCallback, which 3.9 and 4.x
// share; built for Java 11 (what 3.9 still runs on) against one line's kafka-clients, it loads on both.
// The marker holds the source's hash, so a changed source is compiled again and an unchanged one is not.
function buildPlainAuth(version) {
  const source = join(here, 'PlainCredentialsCallbackHandler.java')
  const target = join(cache, 'plain-auth')
  const hash = createHash('sha256').update(readFileSync(source)).digest('hex')
  if (existsSync(join(target, MARKER)) && readFileSync(join(target, MARKER), 'utf8').trim() === hash) {
    console.log(`PLAIN handler: built in ${target}`)
    return
  }
  const lib = join(cache, version, 'lib')
  const clients = readdirSync(lib).find((f) => /^kafka-clients-.*\.jar$/.test(f))
  if (!clients) throw new Error(`no kafka-clients jar in ${lib}`)
  const tmp = `${target}.tmp-${process.pid}`
  rmSync(tmp, { recursive: true, force: true })
  mkdirSync(join(tmp, 'classes'), { recursive: true })
  try {
    runTool('javac', ['--release', '11', '-cp', join(lib, clients), '-d', join(tmp, 'classes'), source])
    runTool('jar', ['--create', '--file', join(tmp, 'ferry-plain-auth.jar'), '-C', join(tmp, 'classes'), '.'])
    rmSync(join(tmp, 'classes'), { recursive: true, force: true })
    writeFileSync(join(tmp, MARKER), `${hash}\n`)
    rmSync(target, { recursive: true, force: true })
    renameSync(tmp, target)
    console.log(`PLAIN handler: compiled against ${clients}`)
  } catch (err) {
    rmSync(tmp, { recursive: true, force: true })
    throw err
  }
}

const wanted = process.argv.slice(2)
const unknown = wanted.filter((v) => !versions.kafka.includes(v))
if (unknown.length > 0) {
  console.error(`unknown Kafka version(s): ${unknown.join(', ')}; known: ${versions.kafka.join(', ')}`)
  process.exit(2)
}
try {
  for (const version of wanted.length > 0 ? wanted : versions.kafka) {
    fetchInto(join(cache, version, 'lib'), `kafka-${version}`, `Kafka ${version}`, (dir) => {
      return `binding ${checkOneBinding(dir)}`
    })
  }
  fetchInto(join(cache, 'agent'), 'agent', `JMX exporter ${versions.agent}`)
  buildPlainAuth(wanted[0] ?? versions.kafka[0])
} catch (err) {
  console.error(`fetch failed: ${err.message}`)
  process.exit(1)
}
