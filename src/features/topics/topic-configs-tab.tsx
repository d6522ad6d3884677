import { useQuery } from '@tanstack/react-query'
import { App, Button, Input, Popconfirm, Space, Table } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ConfigEntry } from '../../../contract/broker-configs.ts'
import { useConfigColumns } from '../../shared/config-columns.tsx'
import { ErrorAlert } from '../../shared/error-alert.tsx'
import { topicConfigsQuery, useUpdateTopic } from './api.ts'
import { EditTopicConfigModal } from './edit-topic-config-modal.tsx'

/** Every config of the topic as Kafka resolves it; writable ones can be set or reset to the default. */
export function TopicConfigsTab({ clusterId, topicName }: { clusterId: string; topicName: string }) {
  const { t } = useTranslation()
  const configColumns = useConfigColumns()
  const { message } = App.useApp()
  const configs = useQuery(topicConfigsQuery(clusterId, topicName))
  const update = useUpdateTopic(clusterId, topicName)
  const [search, setSearch] = useState('')
  const [editing, setEditing] = useState<ConfigEntry | null>(null)
  const shown = (configs.data ?? []).filter((c) => c.name.includes(search.trim().toLowerCase()))

  const reset = async (name: string) => {
    try {
      await update.mutateAsync({ otherConfigs: { [name]: null } })
      message.success(t('topics.configReset', { name }))
    } catch (error) {
      message.error(error instanceof Error ? error.message : String(error))
    }
  }

  if (configs.isError) return <ErrorAlert error={configs.error} onRetry={() => configs.refetch()} />
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Input.Search
        allowClear
        placeholder={t('topics.configSearch')}
        aria-label={t('topics.configSearch')}
        onChange={(e) => setSearch(e.target.value)}
        style={{ maxWidth: 360 }}
      />
      <Table<ConfigEntry>
        rowKey="name"
        size="small"
        loading={{ spinning: configs.isPending, tip: t('topics.loadingConfigs') }}
        dataSource={shown}
        pagination={{ pageSize: 50, showSizeChanger: false, hideOnSinglePage: true }}
        scroll={{ x: 'max-content' }}
        columns={[
          ...configColumns,
          {
            title: t('common.actions'),
            key: 'actions',
            render: (_, c) =>
              !c.readOnly && (
                <Space>
                  <Button size="small" onClick={() => setEditing(c)}>
                    {t('topics.edit')}
                  </Button>
                  {c.source === 'DYNAMIC_TOPIC' && (
                    <Popconfirm
                      title={t('topics.resetConfirm', { name: c.name })}
                      okText={t('topics.resetToDefault')}
                      cancelText={t('common.cancel')}
                      onConfirm={() => reset(c.name)}
                    >
                      <Button size="small">{t('topics.resetToDefault')}</Button>
                    </Popconfirm>
                  )}
                </Space>
              ),
          },
        ]}
      />
      <EditTopicConfigModal
        clusterId={clusterId}
        topicName={topicName}
        config={editing}
        onClose={() => setEditing(null)}
      />
    </Space>
  )
}
