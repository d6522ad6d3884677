import { csvTable } from '../../shared/csv.ts'
import type { AuditRecord } from './api.ts'

const columns = [
  'time',
  'actor',
  'via',
  'action',
  'resourceType',
  'target',
  'clusterId',
  'outcome',
  'status',
  'requestId',
  'ip',
  'auditId',
] as const satisfies (keyof AuditRecord)[]

/** One record a row, times in UTC as stored, for a spreadsheet. */
export function auditCsv(records: AuditRecord[]): string {
  return csvTable(
    columns,
    records.map((r) => columns.map((column) => r[column])),
  )
}

/** The records as the API answers them, in one JSON array. */
export function auditJson(records: AuditRecord[]): string {
  return `${JSON.stringify(records, null, 2)}\n`
}
