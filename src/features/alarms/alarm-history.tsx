import { keepPreviousData, useQuery } from '@tanstack/react-query'
import type { ColumnsType } from 'antd/es/table'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { formatTime } from '../../shared/format-time.ts'
import { MarkerListCard } from '../../shared/marker-list-card.tsx'
import { AlarmStateTag, SeverityTag } from './alarm-tags.tsx'
import { type AlarmRecord, historyQuery } from './api.ts'
import { formatCondition, formatValueOf, metricTitle } from './condition.ts'
import { ListFilters } from './list-filters.tsx'
import { type AlarmListView, HISTORY_STATES, type HistoryState, listQuery } from './list-params.ts'

type HistoryView = AlarmListView<HistoryState>

function useColumns(): ColumnsType<AlarmRecord> {
  const { t, i18n } = useTranslation()
  const time = (iso: string | null) => (iso ? formatTime(iso, i18n.language) : '—')
  return [
    { title: t('alarms.history.firedTime'), dataIndex: 'firedTime', render: time },
    { title: t('alarms.policy.name'), dataIndex: 'policyName' },
    {
      title: t('alarms.policy.cluster'),
      dataIndex: 'clusterId',
      render: (clusterId: string) => (
        <Link to={`/clusters/${encodeURIComponent(clusterId)}`}>{clusterId}</Link>
      ),
    },
    {
      title: t('alarms.policy.metric'),
      dataIndex: 'metric',
      render: (metric: string) => metricTitle(t, metric),
    },
    {
      title: t('alarms.policy.severity'),
      dataIndex: 'severity',
      render: (severity: AlarmRecord['severity']) => <SeverityTag severity={severity} />,
    },
    {
      title: t('alarms.policy.state'),
      dataIndex: 'state',
      render: (state: AlarmRecord['state']) => <AlarmStateTag state={state} />,
    },
    {
      title: t('alarms.policy.comparator'),
      key: 'condition',
      render: (_, a) => formatCondition(a.metric, a.comparator, a.threshold),
    },
    {
      title: t('alarms.history.firedValue'),
      dataIndex: 'firedValue',
      align: 'right',
      render: (value: number, a) => formatValueOf(a.metric, value),
    },
    { title: t('alarms.history.resolvedTime'), dataIndex: 'resolvedTime', render: time },
  ]
}

/** 报警历史: alarms fired and resolved, newest first, by cluster and state. */
export function AlarmHistory({ view, go }: { view: HistoryView; go: (next: HistoryView) => void }) {
  const { t } = useTranslation()
  const list = useQuery({ ...historyQuery(listQuery(view)), placeholderData: keepPreviousData })
  const columns = useColumns()
  const filtered = view.clusterId !== undefined || view.state !== undefined
  return (
    <MarkerListCard<AlarmRecord, HistoryView>
      list={list}
      rows={list.data?.alarms}
      rowKey="alarmId"
      columns={columns}
      filters={<ListFilters idPrefix="history" view={view} go={go} states={HISTORY_STATES} />}
      emptyText={t(filtered ? 'alarms.history.noMatch' : 'alarms.history.empty')}
      view={view}
      go={go}
      pagerId="history-page-size"
    />
  )
}
