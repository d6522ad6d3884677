import { LockOutlined } from '@ant-design/icons'
import { useQuery } from '@tanstack/react-query'
import { Drawer, Input, Space, Table, Tooltip, Typography } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ConfigEntry } from '../../../contract/broker-configs.ts'
import { nodeConfigsQuery } from './api.ts'
import { ConfigSourceTag } from './config-source-tag.tsx'
import { ErrorAlert } from './error-alert.tsx'

/** Every config of one broker, searchable by name. */
export function NodeConfigsDrawer({
  clusterId,
  brokerId,
  onClose,
}: {
  clusterId: string
  brokerId: number | null
  onClose: () => void
}) {
  const { t } = useTranslation()
  const [search, setSearch] = useState('')
  const configs = useQuery({ ...nodeConfigsQuery(clusterId, brokerId ?? -1), enabled: brokerId !== null })
  const shown = (configs.data ?? []).filter((c) => c.name.includes(search.trim().toLowerCase()))
  return (
    <Drawer
      open={brokerId !== null}
      onClose={onClose}
      width={880}
      title={t('configs.nodeTitle', { brokerId })}
      destroyOnHidden
    >
      {configs.isError ? (
        <ErrorAlert error={configs.error} onRetry={() => configs.refetch()} />
      ) : (
        <Space direction="vertical" style={{ width: '100%' }}>
          <Input.Search
            allowClear
            placeholder={t('configs.search')}
            aria-label={t('configs.search')}
            onChange={(e) => setSearch(e.target.value)}
          />
          <Table<ConfigEntry>
            rowKey="name"
            size="small"
            loading={configs.isPending}
            dataSource={shown}
            pagination={{ pageSize: 50, showSizeChanger: false }}
            columns={[
              {
                title: t('configs.name'),
                dataIndex: 'name',
                render: (name: string, c) => (
                  <Tooltip title={c.documentation}>
                    <Typography.Text code>{name}</Typography.Text>
                  </Tooltip>
                ),
              },
              {
                title: t('configs.value'),
                dataIndex: 'value',
                render: (value: string | null, c) =>
                  c.sensitive ? (
                    <Typography.Text type="secondary">
                      <LockOutlined /> {t('configs.sensitive')}
                    </Typography.Text>
                  ) : (
                    <Typography.Text style={{ wordBreak: 'break-all' }}>{value ?? '—'}</Typography.Text>
                  ),
              },
              {
                title: t('configs.source'),
                dataIndex: 'source',
                width: 170,
                render: (source: ConfigEntry['source']) => <ConfigSourceTag source={source} />,
              },
              {
                title: t('configs.readOnly'),
                dataIndex: 'readOnly',
                width: 90,
                render: (readOnly: boolean) => (readOnly ? t('common.yes') : t('common.no')),
              },
            ]}
          />
        </Space>
      )}
    </Drawer>
  )
}
