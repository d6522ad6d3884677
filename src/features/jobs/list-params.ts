import { type JobState, JobStateSchema, type JobType, JobTypeSchema } from '../../../contract/jobs.ts'
import { type MarkerView, markerQuery, readMarkerView, writeMarkerView } from '../../shared/marker-paging.ts'
import type { JobListQuery } from './api.ts'

/** A task list's filters and page live in the URL so a reload or a shared link shows the same tasks. */
export interface JobListView extends MarkerView {
  type: JobType | undefined
  state: JobState | undefined
}

export function readJobListView(params: URLSearchParams): JobListView {
  const type = JobTypeSchema.safeParse(params.get('type'))
  const state = JobStateSchema.safeParse(params.get('state'))
  return {
    type: type.success ? type.data : undefined,
    state: state.success ? state.data : undefined,
    ...readMarkerView(params),
  }
}

export function writeJobListView(view: JobListView): URLSearchParams {
  const params = new URLSearchParams()
  if (view.type) params.set('type', view.type)
  if (view.state) params.set('state', view.state)
  return writeMarkerView(params, view)
}

/** The API calls the job type `name`, after the reference API's list filter. */
export function jobListQuery(view: JobListView): JobListQuery {
  return {
    ...markerQuery(view),
    ...(view.type ? { name: view.type } : {}),
    ...(view.state ? { state: view.state } : {}),
  }
}
