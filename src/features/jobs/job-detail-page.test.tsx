// @vitest-environment jsdom
import '../../shared/jsdom-antd.ts'
import '../../app/i18n.ts'
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { cleanup, render, screen, waitFor } from '@testing-library/react'
import { App } from 'antd'
import { createMemoryRouter, RouterProvider } from 'react-router'
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import type { Job } from '../../../contract/jobs.ts'
import { i18n } from '../../app/i18n.ts'
import { JobDetailPage } from './job-detail-page.tsx'

const time = '2024-01-02T03:04:05.000Z'

const job = (change: Partial<Job>): Job => ({
  jobId: 'j1',
  clusterId: 'c1',
  type: 'SUSPEND_KAFKA_CLUSTER',
  state: 'RUNNING',
  progress: 50,
  createTime: time,
  startTime: time,
  endTime: null,
  sourceContext: { state: 'ACTIVE' },
  targetContext: { state: 'SUSPENDED' },
  error: null,
  errorStep: null,
  operations: [
    {
      operationId: 'o1',
      type: 'STOP_KAFKA_SERVICE',
      state: 'FINISHED',
      progress: 100,
      startTime: time,
      endTime: time,
      error: null,
    },
    {
      operationId: 'o2',
      type: 'UPDATE_METADATA_FOR_CLUSTER',
      state: 'RUNNING',
      progress: 0,
      startTime: time,
      endTime: null,
      error: null,
    },
  ],
  ...change,
})

/** Answers each request with the next job in `answers`, then keeps answering with the last. */
function serve(...answers: Job[]) {
  let calls = 0
  const fetchMock = vi.fn(async (_url: string) => {
    const answer = answers[Math.min(calls++, answers.length - 1)]
    return Response.json({ job: answer })
  })
  vi.stubGlobal('fetch', fetchMock)
  return fetchMock
}

function renderPage() {
  const router = createMemoryRouter(
    [{ path: '/clusters/:clusterId/jobs/:jobId', element: <JobDetailPage /> }],
    {
      initialEntries: ['/clusters/c1/jobs/j1'],
    },
  )
  render(
    <QueryClientProvider client={new QueryClient()}>
      <App>
        <RouterProvider router={router} />
      </App>
    </QueryClientProvider>,
  )
}

beforeAll(() => i18n.changeLanguage('en-US'))
afterEach(() => {
  cleanup()
  vi.unstubAllGlobals()
})

describe('JobDetailPage', () => {
  it('follows a running job until it finishes, then stops asking', async () => {
    const fetchMock = serve(job({}), job({ state: 'FINISHED', progress: 100, endTime: time }))
    renderPage()
    expect((await screen.findByTestId('job-state')).textContent).toBe('Running')
    expect(screen.getByText('Stop Kafka service')).toBeTruthy()
    expect(screen.getByText('Update cluster metadata')).toBeTruthy()
    expect(screen.getByText('SUSPENDED')).toBeTruthy()
    await waitFor(() => expect(screen.getByTestId('job-state').textContent).toBe('Succeeded'), {
      timeout: 5_000,
    })
    const calls = fetchMock.mock.calls.length
    await new Promise((resolve) => setTimeout(resolve, 1_500))
    expect(fetchMock.mock.calls.length).toBe(calls)
    expect(fetchMock.mock.calls[0]?.[0]).toBe('/v2/clusters/c1/jobs/j1')
  })

  it('shows the error with the step it happened in', async () => {
    serve(
      job({
        state: 'FAILED',
        error: 'Broker 2 did not stop within 60 s',
        errorStep: 'STOP_KAFKA_SERVICE',
      }),
    )
    renderPage()
    const alert = await screen.findByTestId('job-error')
    expect(alert.textContent).toContain('Failed at step “Stop Kafka service”')
    expect(alert.textContent).toContain('Broker 2 did not stop within 60 s')
    expect(screen.getByTestId('job-state').textContent).toBe('Failed')
  })
})
