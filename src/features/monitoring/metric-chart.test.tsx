// @vitest-environment jsdom
import '../../shared/jsdom-antd.ts'
import '../../app/i18n.ts'
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { cleanup, render, screen } from '@testing-library/react'
import { App } from 'antd'
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { METRICS, type MetricResult } from '../../../contract/metrics.ts'
import { i18n } from '../../app/i18n.ts'
import { MetricChart } from './metric-chart.tsx'
import type { MetricInfo } from './views.ts'

// jsdom has no canvas: the echarts wrapper is replaced by a list of what it was given.
vi.mock('./line-chart.tsx', () => ({
  LineChart: ({ series }: { series: Array<{ name: string; points: unknown[] }> }) => (
    <ul data-testid="line-chart">
      {series.map((s) => (
        <li key={s.name}>{`${s.name}: ${s.points.length}`}</li>
      ))}
    </ul>
  ),
}))

const bytesIn: MetricInfo = {
  ...(METRICS[0] as (typeof METRICS)[0]),
  labels: ['node', 'topic'],
  views: ['topic'],
  hasData: true,
}

function answer(series: MetricResult['series']) {
  const fetchMock = vi.fn(
    async (_url: string) =>
      new Response(
        JSON.stringify({ metric: 'bytes_in', unit: 'bytesPerSecond', step: 15, resolution: 'raw', series }),
        { status: 200 },
      ),
  )
  vi.stubGlobal('fetch', fetchMock)
  return fetchMock
}

function renderChart(
  metric: MetricInfo,
  provider: 'local' | 'external',
  onSetSources?: () => void,
  view: 'cluster.overview' | 'topic.byNode' = 'cluster.overview',
) {
  render(
    <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
      <App>
        <MetricChart
          clusterId="c1"
          metric={metric}
          view={view}
          picks={{ topic: 'orders' }}
          window={{ start: 1_000_000, end: 4_600_000, step: 15 }}
          provider={provider}
          group="g"
          onSetSources={onSetSources}
        />
      </App>
    </QueryClientProvider>,
  )
  return screen.getByRole('figure', { name: 'Bytes in' })
}

beforeAll(() => i18n.changeLanguage('en-US'))
afterEach(() => {
  cleanup()
  vi.unstubAllGlobals()
})

describe('MetricChart', () => {
  it('draws one line per series and sums up the latest values for screen readers', async () => {
    const fetchMock = answer([
      {
        labels: { node: '1' },
        points: [
          [1_000_000, 100],
          [1_015_000, 1024],
        ],
      },
      { labels: { node: '2' }, points: [[1_015_000, 204.8]] },
    ])
    const figure = renderChart(bytesIn, 'local', undefined, 'topic.byNode')
    expect(await screen.findByText('Node 1: 2')).toBeTruthy()
    expect(screen.getByText('Node 2: 1')).toBeTruthy()
    expect(figure.querySelector('figcaption')?.textContent).toBe('Bytes in: 2 series, latest 1.2 KiB/s')
    const url = new URL(String(fetchMock.mock.calls[0]?.[0]), 'http://x')
    expect(url.pathname).toBe('/v2/clusters/c1/metrics/bytes_in')
    expect(Object.fromEntries(url.searchParams)).toEqual({
      start: '1000000',
      end: '4600000',
      step: '15',
      topic: 'orders',
      groupBy: 'node',
    })
  })

  it('says the first samples are coming while a metric has none', async () => {
    answer([])
    const figure = renderChart({ ...bytesIn, hasData: false }, 'local')
    expect(await screen.findByText('No data yet — the first samples arrive within 15 s.')).toBeTruthy()
    expect(figure.querySelector('figcaption')?.textContent).toBe('Bytes in: no data')
    expect(screen.queryByTestId('line-chart')).toBeNull()
  })

  it('asks an external cluster for its exporter, with a way to set it', async () => {
    answer([])
    const open = vi.fn()
    renderChart({ ...bytesIn, hasData: false }, 'external', open)
    expect(await screen.findByText(/needs the broker exporter: local clusters have it/)).toBeTruthy()
    screen.getByRole('button', { name: 'Metric sources' }).click()
    expect(open).toHaveBeenCalled()
  })

  it('says the range is empty when the metric has samples elsewhere', async () => {
    answer([{ labels: {}, points: [] }])
    renderChart(bytesIn, 'external')
    expect(await screen.findByText(/Nothing in this range/)).toBeTruthy()
  })

  it('shows a failed query where the chart would be, with a retry', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(
        async () =>
          new Response(
            JSON.stringify({ code: 'CLUSTER_NOT_AVAILABLE', message: 'Stopped', requestId: 'r9' }),
            {
              status: 409,
            },
          ),
      ),
    )
    renderChart(bytesIn, 'local')
    expect(await screen.findByText('Stopped')).toBeTruthy()
    expect(screen.getByRole('button', { name: 'Retry' })).toBeTruthy()
  })
})
