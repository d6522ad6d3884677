import { Environment } from '@marcbachmann/cel-js'
import { ApiError } from '../../http/api-error.ts'
import type { FetchedRecord } from '../../kafka/fetch-records.ts'

export type RecordPredicate = (record: FetchedRecord, partition: number) => boolean

// CEL is evaluated by an interpreter over a typed environment: no eval, no Function, no vm.
const environment = new Environment()
  .registerVariable('key', 'dyn')
  .registerVariable('value', 'dyn')
  .registerVariable('value_text', 'dyn')
  .registerVariable('headers', 'map<string, string>')
  .registerVariable('partition', 'int')
  .registerVariable('offset', 'int')
  .registerVariable('timestamp', 'int')

const text = (b: Buffer | null) => (b === null ? null : b.toString('utf8'))

// CEL keeps int and double apart (`%` exists only for ints), while JSON has one number type: whole numbers
// become ints so that `value.id % 100 == 7` means what it says.
const wholeNumbersAsInts = (_key: string, v: unknown) =>
  typeof v === 'number' && Number.isInteger(v) ? BigInt(v) : v

/** A value that is JSON is filtered as its parsed object; any other as its text. */
function parsedValue(value: Buffer | null): unknown {
  if (value === null) return null
  const raw = value.toString('utf8')
  const first = raw.trimStart()[0]
  if (first === '{' || first === '[' || first === '"') {
    try {
      return JSON.parse(raw, wholeNumbersAsInts)
    } catch {
      return raw
    }
  }
  return raw
}

/** "Unexpected token: EOF\n\n>    1 | key ==\n               ^" → the caret's 1-based column. */
export function caretColumn(message: string): number | null {
  const lines = message.split('\n')
  const caretLine = lines.findIndex((l) => /^\s*\^\s*$/.test(l))
  const source = lines[caretLine - 1]
  if (caretLine < 1 || !source) return null
  const bar = source.indexOf('| ')
  const caret = (lines[caretLine] ?? '').indexOf('^')
  return bar < 0 ? null : caret - (bar + 2) + 1
}

function refusal(err: unknown): ApiError {
  const message = err instanceof Error ? err.message : String(err)
  const first = message.split('\n')[0] ?? message
  const column = caretColumn(message)
  const where = column === null ? '' : ` at column ${column}`
  const problem = `The filter is not valid CEL${where}: ${first}`
  return new ApiError('ERROR_PARAMS', problem, { filter: problem })
}

/**
 * Compiles a CEL filter once, before any record is read: a syntax or type error (an unknown variable or
 * function) is refused with its column. Only the variables the expression uses are decoded per record, so
 * a filter on the key never parses values. A record the expression fails on (a missing field) does not match.
 */
export function compileFilter(source: string): RecordPredicate {
  let expression: ReturnType<typeof environment.parse>
  try {
    expression = environment.parse(source)
  } catch (err) {
    throw refusal(err)
  }
  const checked = expression.check()
  if (!checked.valid) throw refusal(checked.error)
  if (checked.type !== 'bool' && checked.type !== 'dyn') {
    const problem = `The filter must be true or false for a message, but it gives a ${checked.type}.`
    throw new ApiError('ERROR_PARAMS', problem, { filter: problem })
  }
  const uses = (name: string) => new RegExp(`\\b${name}\\b`).test(source)
  const needs = {
    key: uses('key'),
    value: uses('value'),
    valueText: uses('value_text'),
    headers: uses('headers'),
  }
  return (record, partition) => {
    const context: Record<string, unknown> = {
      partition: BigInt(partition),
      offset: BigInt(record.offset),
      timestamp: BigInt(record.timestamp),
      key: needs.key ? text(record.key) : null,
      value: needs.value ? parsedValue(record.value) : null,
      value_text: needs.valueText ? text(record.value) : null,
      headers: needs.headers
        ? Object.fromEntries(record.headers.map(([k, v]) => [text(k) ?? '', text(v) ?? '']))
        : {},
    }
    try {
      return expression(context) === true
    } catch {
      return false
    }
  }
}
