import type { z } from 'zod'
import { AuditOutcomeSchema } from '../../../contract/auth.ts'
import { routes } from '../../../contract/routes.ts'
import { type MarkerView, markerQuery, readMarkerView, writeMarkerView } from '../../shared/marker-paging.ts'
import type { AuditFilter, AuditQuery } from './api.ts'

type AuditOutcome = z.infer<typeof AuditOutcomeSchema>

/** The audit page in the URL: its filters (named as the API names them) and its page. */
export interface AuditView extends MarkerView {
  actor: string | undefined
  action: string | undefined
  resourceType: string | undefined
  outcome: AuditOutcome | undefined
  /** ISO instants, the bounds of the time range. */
  start: string | undefined
  end: string | undefined
}

const TEXT_FILTERS = ['actor', 'action', 'resourceType', 'start', 'end'] as const

const validInstant = (value: string | null) =>
  value !== null && !Number.isNaN(Date.parse(value)) ? new Date(value).toISOString() : undefined

export function readAuditView(params: URLSearchParams): AuditView {
  const outcome = params.get('outcome')
  return {
    actor: params.get('actor') || undefined,
    action: params.get('action') || undefined,
    resourceType: params.get('resourceType') || undefined,
    outcome: AuditOutcomeSchema.safeParse(outcome).success ? (outcome as AuditOutcome) : undefined,
    start: validInstant(params.get('start')),
    end: validInstant(params.get('end')),
    ...readMarkerView(params),
  }
}

export function writeAuditView(view: AuditView): URLSearchParams {
  const params = new URLSearchParams()
  for (const key of TEXT_FILTERS) {
    const value = view[key]
    if (value) params.set(key, value)
  }
  if (view.outcome) params.set('outcome', view.outcome)
  return writeMarkerView(params, view)
}

/** The filters alone: what an export of every page asks for. */
export function auditFilter(view: AuditView): AuditFilter {
  const filter: AuditFilter = {}
  for (const key of TEXT_FILTERS) if (view[key]) filter[key] = view[key]
  if (view.outcome) filter.outcome = view.outcome
  return filter
}

export function auditQuery(view: AuditView): AuditQuery {
  return { ...markerQuery(view), ...auditFilter(view) }
}

/**
 * What the trail records: every call but a read (GET), named by its route, and the resource types those
 * routes are filed under.
 */
const audited = Object.entries(routes).filter(([, route]) => route.method !== 'GET')
export const AUDITED_ACTIONS = audited.map(([name]) => name).sort()
export const AUDITED_RESOURCE_TYPES = [...new Set(audited.map(([, route]) => route.tag))].sort()
