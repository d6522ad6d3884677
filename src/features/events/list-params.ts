import {
  type EventLevel,
  EventLevelSchema,
  type EventType,
  EventTypeSchema,
} from '../../../contract/events.ts'
import { type MarkerView, markerQuery, readMarkerView, writeMarkerView } from '../../shared/marker-paging.ts'
import type { EventListQuery } from './api.ts'

/** An event list's filters and page live in the URL so a reload or a shared link shows the same events. */
export interface EventListView extends MarkerView {
  level: EventLevel | undefined
  type: EventType | undefined
}

export function readEventListView(params: URLSearchParams): EventListView {
  const level = EventLevelSchema.safeParse(params.get('level'))
  const type = EventTypeSchema.safeParse(params.get('type'))
  return {
    level: level.success ? level.data : undefined,
    type: type.success ? type.data : undefined,
    ...readMarkerView(params),
  }
}

export function writeEventListView(view: EventListView): URLSearchParams {
  const params = new URLSearchParams()
  if (view.level) params.set('level', view.level)
  if (view.type) params.set('type', view.type)
  return writeMarkerView(params, view)
}

export function eventListQuery(view: EventListView): EventListQuery {
  return {
    ...markerQuery(view),
    ...(view.level ? { level: view.level } : {}),
    ...(view.type ? { type: view.type } : {}),
  }
}
