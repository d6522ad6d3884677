import type { KafkaMessage } from '../../../contract/messages.ts'
import { csvTable } from '../../shared/csv.ts'

/** One message per line, as the server sent it: JSON lines keep the base64 of bytes that are not text. */
export function toJsonLines(messages: KafkaMessage[]): string {
  return messages.map((message) => `${JSON.stringify(message)}\n`).join('')
}

const csvColumns = [
  'partition',
  'offset',
  'timestamp',
  'timestampType',
  'key',
  'value',
  'keyBase64',
  'valueBase64',
  'headers',
  'size',
] as const

/**
 * Key and value as text; their base64 columns are filled only for bytes that are not UTF-8, so a
 * spreadsheet shows text where there is text and nothing is lost where there is not.
 */
export function toCsv(messages: KafkaMessage[]): string {
  return csvTable(
    csvColumns,
    messages.map((m) => [
      m.partition,
      m.offset,
      m.timestamp,
      m.timestampType,
      m.key,
      m.value,
      m.key === null ? m.keyBase64 : null,
      m.value === null ? m.valueBase64 : null,
      m.headers.length === 0
        ? ''
        : JSON.stringify(Object.fromEntries(m.headers.map((h) => [h.key, h.value]))),
      m.size,
    ]),
  )
}
