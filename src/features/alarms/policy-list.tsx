import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { App, Space, Switch } from 'antd'
import type { ColumnsType } from 'antd/es/table'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { AlarmStateSchema } from '../../../contract/alarms.ts'
import { MarkerListCard } from '../../shared/marker-list-card.tsx'
import { AlarmStateTag, SeverityTag } from './alarm-tags.tsx'
import { type AlarmPolicy, policyListQuery, useDeletePolicy, useSavePolicy } from './api.ts'
import { formatCondition, formatValueOf, metricTitle } from './condition.ts'
import { ListFilters } from './list-filters.tsx'
import { type AlarmListView, listQuery } from './list-params.ts'
import { policyBody, policyValues } from './policy-form.ts'
import { PolicyModal } from './policy-modal.tsx'
import { RowActions, TabHeader } from './row-actions.tsx'

type PolicyView = AlarmListView<AlarmPolicy['state']>

function useColumns(onEdit: (policy: AlarmPolicy) => void): ColumnsType<AlarmPolicy> {
  const { t } = useTranslation()
  const { message } = App.useApp()
  const save = useSavePolicy()
  const remove = useDeletePolicy()
  return [
    { title: t('alarms.policy.name'), dataIndex: 'name' },
    {
      title: t('alarms.policy.cluster'),
      dataIndex: 'clusterId',
      render: (clusterId: string) => (
        <Link to={`/clusters/${encodeURIComponent(clusterId)}/monitoring`}>{clusterId}</Link>
      ),
    },
    {
      title: t('alarms.policy.metric'),
      dataIndex: 'metric',
      render: (metric: string) => metricTitle(t, metric),
    },
    {
      title: t('alarms.policy.scope'),
      dataIndex: 'scope',
      render: (scope: AlarmPolicy['scope']) =>
        scope.level === 'cluster'
          ? t('alarms.scopeLevels.cluster')
          : `${t(`alarms.scopeLevels.${scope.level}`)} ${scope.value}`,
    },
    {
      title: t('alarms.policy.comparator'),
      key: 'condition',
      render: (_, p) => formatCondition(p.metric, p.comparator, p.threshold, p.durationSeconds),
    },
    {
      title: t('alarms.policy.severity'),
      dataIndex: 'severity',
      render: (severity: AlarmPolicy['severity']) => <SeverityTag severity={severity} />,
    },
    {
      title: t('alarms.policy.state'),
      dataIndex: 'state',
      render: (state: AlarmPolicy['state']) => <AlarmStateTag state={state} />,
    },
    {
      title: t('alarms.policy.lastValue'),
      dataIndex: 'lastValue',
      align: 'right',
      render: (value: number | null, p) => (value === null ? '—' : formatValueOf(p.metric, value)),
    },
    {
      title: t('alarms.enabled'),
      dataIndex: 'enabled',
      render: (enabled: boolean, p) => (
        <Switch
          size="small"
          checked={enabled}
          aria-label={t('alarms.enabledOf', { name: p.name })}
          onChange={(checked) =>
            save.mutate(
              { policyId: p.policyId, body: { ...policyBody(policyValues(p)), enabled: checked } },
              { onError: (error) => message.error(error.message) },
            )
          }
        />
      ),
    },
    {
      title: t('common.actions'),
      key: 'actions',
      render: (_, p) => (
        <RowActions name={p.name} onEdit={() => onEdit(p)} onDelete={() => remove.mutateAsync(p.policyId)} />
      ),
    },
  ]
}

/** 报警策略: every policy with its state, filtered by cluster and state; create, edit, switch off, delete. */
export function PolicyList({ view, go }: { view: PolicyView; go: (next: PolicyView) => void }) {
  const { t } = useTranslation()
  const list = useQuery({ ...policyListQuery(listQuery(view)), placeholderData: keepPreviousData })
  const [editing, setEditing] = useState<AlarmPolicy | null | undefined>(undefined)
  const columns = useColumns(setEditing)
  const filtered = view.clusterId !== undefined || view.state !== undefined
  return (
    <>
      <Space direction="vertical" size="middle" style={{ width: '100%' }}>
        <TabHeader
          intro={t('alarms.policy.intro')}
          action={t('alarms.policy.create')}
          onAction={() => setEditing(null)}
        />
        <MarkerListCard<AlarmPolicy, PolicyView>
          list={list}
          rows={list.data?.policies}
          rowKey="policyId"
          columns={columns}
          filters={<ListFilters idPrefix="policy" view={view} go={go} states={AlarmStateSchema.options} />}
          emptyText={t(filtered ? 'alarms.policy.noMatch' : 'alarms.policy.empty')}
          view={view}
          go={go}
          pagerId="policy-page-size"
        />
      </Space>
      <PolicyModal
        open={editing !== undefined}
        policy={editing ?? undefined}
        onClose={() => setEditing(undefined)}
      />
    </>
  )
}
