import { SettingOutlined } from '@ant-design/icons'
import { useIsFetching, useQuery, useQueryClient } from '@tanstack/react-query'
import { Button, Card, Col, Empty, Flex, Row, Segmented, Select, Space, Tabs, Typography } from 'antd'
import { type ReactNode, useEffect, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useParams, useSearchParams } from 'react-router'
import { nodeChoicesQuery } from '../../shared/cluster-choices.ts'
import { ErrorAlert } from '../../shared/error-alert.tsx'
import { GroupPicker, TopicPicker } from '../../shared/search-select.tsx'
import { visuallyHidden } from '../../shared/visually-hidden.ts'
import { clusterQuery, firstSamplePollMs, groupTopicsQuery, metricListQuery, monitoringKeys } from './api.ts'
import { MetricChart } from './metric-chart.tsx'
import { MetricPicker } from './metric-picker.tsx'
import { MetricSourcesModal } from './metric-sources-modal.tsx'
import { RangeToolbar } from './range-toolbar.tsx'
import { isRangePreset, isRefreshChoice, refreshMs, resolveRange } from './time-range.ts'
import {
  defaultSelection,
  metricsOfView,
  type Picks,
  picksComplete,
  SUB_VIEWS,
  type SubView,
  subViewOf,
  TABS,
  type Tab,
} from './views.ts'

const tabs = Object.keys(TABS) as Tab[]

/** The page's view lives in the URL (tab, sub-view, picks, range, refresh) so a link shows the same charts. */
function useMonitoringParams() {
  const [params, setParams] = useSearchParams()
  const tabParam = params.get('tab')
  const tab: Tab = tabs.includes(tabParam as Tab) ? (tabParam as Tab) : 'cluster'
  const rangeParam = params.get('range')
  const refreshParam = params.get('refresh')
  const set = (changes: Record<string, string | undefined>) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current)
        for (const [key, value] of Object.entries(changes)) {
          if (value === undefined) next.delete(key)
          else next.set(key, value)
        }
        return next
      },
      { replace: true },
    )
  return {
    tab,
    view: subViewOf(tab, params.get('view')),
    picks: {
      node: params.get('node') ?? undefined,
      topic: params.get('topic') ?? undefined,
      group: params.get('group') ?? undefined,
    } satisfies Picks,
    preset: isRangePreset(rangeParam) ? rangeParam : '1h',
    refresh: isRefreshChoice(refreshParam) ? refreshParam : 'off',
    set,
  }
}

function PickNode({
  clusterId,
  value,
  onChange,
}: {
  clusterId: string
  value?: string
  onChange: (v: string) => void
}) {
  const { t } = useTranslation()
  const nodes = useQuery(nodeChoicesQuery(clusterId))
  return (
    <>
      <label htmlFor="monitoring-node" style={visuallyHidden}>
        {t('monitoring.pickNode')}
      </label>
      <Select
        id="monitoring-node"
        virtual={false}
        value={value}
        onChange={onChange}
        loading={nodes.isPending}
        placeholder={t('monitoring.pickNode')}
        options={(nodes.data ?? []).map((node) => ({
          value: String(node.brokerId),
          label: t('monitoring.nodeOption', { id: node.brokerId, host: `${node.host}:${node.port}` }),
        }))}
        style={{ width: 240 }}
      />
    </>
  )
}

/** The node, topic or group a sub-view is about, each picked from the cluster's own lists. */
function PicksBar({
  clusterId,
  view,
  picks,
  onPick,
}: {
  clusterId: string
  view: SubView
  picks: Picks
  onPick: (changes: Picks) => void
}) {
  const { t } = useTranslation()
  const needed = SUB_VIEWS[view].picks
  const groupTopics = useQuery({
    ...groupTopicsQuery(clusterId, picks.group ?? ''),
    enabled: view === 'group.byPartition' && picks.group !== undefined,
  })
  return (
    <Space wrap>
      {needed.includes('node') && (
        <PickNode clusterId={clusterId} value={picks.node} onChange={(node) => onPick({ node })} />
      )}
      {needed.includes('group') && (
        <>
          <label htmlFor="monitoring-group" style={visuallyHidden}>
            {t('monitoring.pickGroup')}
          </label>
          <GroupPicker
            clusterId={clusterId}
            id="monitoring-group"
            value={picks.group}
            onChange={(group) => onPick({ group, topic: undefined })}
            placeholder={t('monitoring.pickGroup')}
            style={{ width: 280 }}
          />
        </>
      )}
      {needed.includes('topic') && view === 'group.byPartition' && (
        <>
          <label htmlFor="monitoring-group-topic" style={visuallyHidden}>
            {t('monitoring.pickGroupTopic')}
          </label>
          <Select
            id="monitoring-group-topic"
            virtual={false}
            value={picks.topic}
            onChange={(topic) => onPick({ topic })}
            loading={groupTopics.isFetching}
            placeholder={t('monitoring.pickGroupTopic')}
            options={(groupTopics.data ?? []).map((topic) => ({ value: topic, label: topic }))}
            style={{ width: 280 }}
          />
        </>
      )}
      {needed.includes('topic') && view !== 'group.byPartition' && (
        <>
          <label htmlFor="monitoring-topic" style={visuallyHidden}>
            {t('monitoring.pickTopic')}
          </label>
          <TopicPicker
            clusterId={clusterId}
            id="monitoring-topic"
            value={picks.topic}
            onChange={(topic) => onPick({ topic })}
            placeholder={t('monitoring.pickTopic')}
            style={{ width: 280 }}
          />
        </>
      )}
    </Space>
  )
}

/** The first node is shown until another is picked, so the node tab opens with charts. */
function useEffectivePicks(clusterId: string, view: SubView, picks: Picks): Picks {
  const needsNode = SUB_VIEWS[view].picks.includes('node')
  const nodes = useQuery({ ...nodeChoicesQuery(clusterId), enabled: needsNode })
  const first = nodes.data?.[0]
  const byPartition = view === 'group.byPartition' && picks.group !== undefined
  const groupTopics = useQuery({ ...groupTopicsQuery(clusterId, picks.group ?? ''), enabled: byPartition })
  return {
    ...picks,
    node: picks.node ?? (needsNode && first ? String(first.brokerId) : undefined),
    topic: picks.topic ?? (byPartition ? groupTopics.data?.[0] : undefined),
  }
}

/** 集群监控: charts of the cluster, a node, a topic or a consumer group over a time range. */
export function MonitoringPage() {
  const { t } = useTranslation()
  const clusterId = useParams().clusterId ?? ''
  const { tab, view, picks: urlPicks, preset, refresh, set } = useMonitoringParams()
  const picks = useEffectivePicks(clusterId, view, urlPicks)
  const [custom, setCustom] = useState<{ start: number; end: number } | null>(null)
  const [now, setNow] = useState(Date.now)
  const [selections, setSelections] = useState<Partial<Record<SubView, string[]>>>({})
  const [sourcesOpen, setSourcesOpen] = useState(false)

  const metrics = useQuery(metricListQuery(clusterId))
  const cluster = useQuery(clusterQuery(clusterId))
  const provider = cluster.data?.provider
  const fetching = useIsFetching({ queryKey: monitoringKeys.metrics(clusterId) }) > 0
  const queryClient = useQueryClient()
  // A preset range moves to now; a custom one stays put and is read again.
  const refreshNow = () =>
    custom === null
      ? setNow(Date.now())
      : queryClient.invalidateQueries({ queryKey: monitoringKeys.metrics(clusterId) })

  const catalogue = metrics.data ?? []
  const offered = metricsOfView(view, catalogue)
  const selected = selections[view] ?? defaultSelection(view, catalogue)
  const shown = offered.filter((metric) => selected.includes(metric.name))

  // A preset range ends now: it moves forward on auto refresh, and every 15 s while a chart waits for its
  // first samples (a fixed custom range would show nothing new).
  const waiting = custom === null && shown.some((metric) => !metric.hasData)
  const tick = refreshMs[refresh] || (waiting && custom === null ? firstSamplePollMs : false)
  useEffect(() => {
    if (!tick) return
    const timer = setInterval(() => setNow(Date.now()), tick)
    return () => clearInterval(timer)
  }, [tick])

  const window = useMemo(() => resolveRange(custom ?? { preset }, now), [custom, preset, now])
  const ready = picksComplete(view, picks)

  let charts: ReactNode
  if (metrics.isError) charts = <ErrorAlert error={metrics.error} onRetry={() => metrics.refetch()} />
  else if (!ready) {
    const missing = SUB_VIEWS[view].picks.find((label) => picks[label] === undefined)
    charts = (
      <Card>
        <Empty
          description={t(
            view === 'group.byPartition' && missing === 'topic'
              ? 'monitoring.choose.groupTopic'
              : `monitoring.choose.${missing ?? 'node'}`,
          )}
        />
      </Card>
    )
  } else if (metrics.isPending) charts = <Card loading />
  else if (shown.length === 0)
    charts = (
      <Card>
        <Empty description={t('monitoring.noMetrics')} />
      </Card>
    )
  else
    charts = (
      <Row gutter={[16, 16]}>
        {shown.map((metric) => (
          <Col key={metric.name} xs={24} xl={12}>
            <MetricChart
              clusterId={clusterId}
              metric={metric}
              view={view}
              picks={picks}
              window={window}
              provider={provider}
              group={`monitoring-${clusterId}-${view}`}
              onSetSources={() => setSourcesOpen(true)}
            />
          </Col>
        ))}
      </Row>
    )

  const subViews = TABS[tab] as readonly string[]
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Flex justify="space-between" align="center" wrap gap={12}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('nav.monitoring')}
        </Typography.Title>
        {provider === 'external' && (
          <Button icon={<SettingOutlined />} onClick={() => setSourcesOpen(true)}>
            {t('monitoring.sources.open')}
          </Button>
        )}
      </Flex>
      <Tabs
        activeKey={tab}
        onChange={(next) => set({ tab: next, view: undefined })}
        items={tabs.map((key) => ({ key, label: t(`monitoring.tabs.${key}`) }))}
        style={{ marginBottom: -16 }}
      />
      <Flex justify="space-between" wrap gap={12}>
        <Space wrap>
          {subViews.length > 1 && (
            <Segmented
              aria-label={t('monitoring.subViewLabel')}
              value={view.split('.')[1]}
              onChange={(sub) => set({ view: sub })}
              options={subViews.map((sub) => ({
                value: sub,
                label: t(`monitoring.subViews.${sub as 'service'}`),
              }))}
            />
          )}
          <PicksBar clusterId={clusterId} view={view} picks={picks} onPick={(changes) => set(changes)} />
        </Space>
        <Space wrap>
          <RangeToolbar
            range={custom ?? { preset }}
            onRange={(range) => {
              if ('preset' in range) {
                setCustom(null)
                set({ range: range.preset === '1h' ? undefined : range.preset })
              } else setCustom(range)
              setNow(Date.now())
            }}
            refresh={refresh}
            onRefresh={(choice) => set({ refresh: choice === 'off' ? undefined : choice })}
            onRefreshNow={refreshNow}
            refreshing={fetching}
          />
          <MetricPicker
            metrics={offered}
            selected={selected}
            onChange={(names) => setSelections((current) => ({ ...current, [view]: names }))}
          />
        </Space>
      </Flex>
      {charts}
      {provider === 'external' && (
        <MetricSourcesModal clusterId={clusterId} open={sourcesOpen} onClose={() => setSourcesOpen(false)} />
      )}
    </Space>
  )
}
