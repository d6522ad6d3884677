import { useQuery } from '@tanstack/react-query'
import { Card, Space, Table, Tag, Typography } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { EventLevel, EventType } from '../../../contract/events.ts'
import { ErrorAlert } from '../../shared/error-alert.tsx'
import { channelListQuery, type EventPolicy, eventPolicyListQuery, useDeleteEventPolicy } from './api.ts'
import { EventPolicyModal } from './event-policy-modal.tsx'
import { RowActions, TabHeader } from './row-actions.tsx'

/** 事件策略: lifecycle events that notify channels. */
export function EventPolicyList() {
  const { t } = useTranslation()
  const policies = useQuery(eventPolicyListQuery())
  const channels = useQuery(channelListQuery())
  const remove = useDeleteEventPolicy()
  const [editing, setEditing] = useState<EventPolicy | null | undefined>(undefined)
  const channelName = (id: string) => channels.data?.find((c) => c.channelId === id)?.name ?? id

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <TabHeader
        intro={t('alarms.eventPolicy.intro')}
        action={t('alarms.eventPolicy.create')}
        onAction={() => setEditing(null)}
      />
      <Card>
        {policies.isError ? (
          <ErrorAlert error={policies.error} onRetry={() => policies.refetch()} />
        ) : (
          <Table<EventPolicy>
            rowKey="policyId"
            pagination={false}
            loading={policies.isPending}
            dataSource={policies.data}
            locale={{ emptyText: t('alarms.eventPolicy.empty') }}
            scroll={{ x: 'max-content' }}
            columns={[
              { title: t('alarms.policy.name'), dataIndex: 'name' },
              {
                title: t('alarms.policy.cluster'),
                dataIndex: 'clusterId',
                render: (clusterId: string | null) => clusterId ?? t('alarms.allClusters'),
              },
              {
                title: t('alarms.eventPolicy.levels'),
                dataIndex: 'levels',
                render: (levels: EventLevel[]) =>
                  levels.length === 0
                    ? t('alarms.eventPolicy.allLevels')
                    : levels.map((level) => <Tag key={level}>{t(`events.levels.${level}`)}</Tag>),
              },
              {
                title: t('alarms.eventPolicy.types'),
                dataIndex: 'eventTypes',
                render: (types: EventType[]) =>
                  types.length === 0 ? (
                    t('alarms.eventPolicy.allTypes')
                  ) : (
                    <Typography.Text title={types.map((type) => t(`events.types.${type}`)).join('\n')}>
                      {t('alarms.eventPolicy.typeCount', { count: types.length })}
                    </Typography.Text>
                  ),
              },
              {
                title: t('alarms.policy.channels'),
                dataIndex: 'channelIds',
                render: (ids: string[]) => ids.map(channelName).join(', '),
              },
              {
                title: t('alarms.enabled'),
                dataIndex: 'enabled',
                render: (enabled: boolean) => t(enabled ? 'common.enabled' : 'common.disabled'),
              },
              {
                title: t('common.actions'),
                key: 'actions',
                render: (_, policy) => (
                  <RowActions
                    name={policy.name}
                    onEdit={() => setEditing(policy)}
                    onDelete={() => remove.mutateAsync(policy.policyId)}
                  />
                ),
              },
            ]}
          />
        )}
      </Card>
      <EventPolicyModal
        open={editing !== undefined}
        policy={editing ?? undefined}
        onClose={() => setEditing(undefined)}
      />
    </Space>
  )
}
