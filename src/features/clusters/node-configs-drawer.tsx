import { useQuery } from '@tanstack/react-query'
import { Drawer, Input, Space, Table } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ConfigEntry } from '../../../contract/broker-configs.ts'
import { useConfigColumns } from '../../shared/config-columns.tsx'
import { ErrorAlert } from '../../shared/error-alert.tsx'
import { nodeConfigsQuery } from './api.ts'

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
  const configColumns = useConfigColumns()
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
            columns={[...configColumns]}
          />
        </Space>
      )}
    </Drawer>
  )
}
