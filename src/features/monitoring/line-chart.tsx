import { theme } from 'antd'
import { LineChart as EchartsLine, type LineSeriesOption } from 'echarts/charts'
import {
  AxisPointerComponent,
  type AxisPointerComponentOption,
  GridComponent,
  type GridComponentOption,
  type LegendComponentOption,
  LegendScrollComponent,
  TooltipComponent,
  type TooltipComponentOption,
} from 'echarts/components'
import { type ComposeOption, connect, type EChartsType, init, use } from 'echarts/core'
import { CanvasRenderer } from 'echarts/renderers'
import { useEffect, useMemo, useRef } from 'react'

// Only what a line chart with a shared crosshair needs, so the monitoring chunk stays small.
use([
  EchartsLine,
  GridComponent,
  TooltipComponent,
  AxisPointerComponent,
  LegendScrollComponent,
  CanvasRenderer,
])

type Option = ComposeOption<
  | LineSeriesOption
  | GridComponentOption
  | TooltipComponentOption
  | AxisPointerComponentOption
  | LegendComponentOption
>

export interface LineSeries {
  name: string
  points: Array<[number, number]>
}

/**
 * One echarts line chart on a time axis. Charts given the same `group` share one crosshair: hovering a time
 * on one shows that time on all of them.
 */
export function LineChart({
  series,
  start,
  end,
  format,
  axis,
  group,
  height = 220,
}: {
  series: LineSeries[]
  start: number
  end: number
  format: (value: number) => string
  /** Whole counts tick at whole numbers; byte axes at round binary steps. */
  axis?: { minInterval?: number; interval?: number }
  group: string
  height?: number
}) {
  const element = useRef<HTMLDivElement>(null)
  const chart = useRef<EChartsType | null>(null)
  const { token } = theme.useToken()
  const latest = useRef<Option | null>(null)

  useEffect(() => {
    if (!element.current) return
    const instance = init(element.current, undefined, { renderer: 'canvas' })
    instance.group = group
    connect(group)
    if (latest.current) instance.setOption(latest.current)
    chart.current = instance
    const observer = new ResizeObserver(() => instance.resize())
    observer.observe(element.current)
    return () => {
      observer.disconnect()
      instance.dispose()
      chart.current = null
    }
  }, [group])

  const option = useMemo<Option>(() => {
    const legend = series.length > 1
    return {
      animation: false,
      grid: { left: 8, right: 16, top: 16, bottom: legend ? 36 : 8, containLabel: true },
      tooltip: {
        trigger: 'axis',
        axisPointer: { type: 'line', snap: true },
        valueFormatter: (value) => (typeof value === 'number' ? format(value) : String(value ?? '—')),
        backgroundColor: token.colorBgElevated,
        borderColor: token.colorBorderSecondary,
        textStyle: { color: token.colorText },
        confine: true,
      },
      legend: legend
        ? {
            type: 'scroll',
            bottom: 0,
            textStyle: { color: token.colorTextSecondary },
            pageTextStyle: { color: token.colorTextSecondary },
          }
        : { show: false },
      xAxis: {
        type: 'time',
        min: start,
        max: end,
        axisLabel: { color: token.colorTextSecondary, hideOverlap: true },
        axisLine: { lineStyle: { color: token.colorBorder } },
        splitLine: { show: false },
      },
      yAxis: {
        type: 'value',
        ...axis,
        axisLabel: { color: token.colorTextSecondary, formatter: (value: number) => format(value) },
        splitLine: { lineStyle: { color: token.colorSplit } },
      },
      series: series.map((s) => ({
        type: 'line',
        name: s.name,
        data: s.points,
        // A lone point has no line through it: without its symbol it would not show.
        showSymbol: s.points.length < 3,
        lineStyle: { width: 1.5 },
        emphasis: { focus: 'series' },
      })),
    }
  }, [series, start, end, format, axis, token])

  useEffect(() => {
    latest.current = option
    chart.current?.setOption(option, { notMerge: true })
  }, [option])

  return <div ref={element} style={{ width: '100%', height }} />
}
