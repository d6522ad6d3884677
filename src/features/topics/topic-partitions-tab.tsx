import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { Space, Table, Tag, Typography } from 'antd'
import type { ColumnsType } from 'antd/es/table'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { TopicPartition } from '../../../contract/topics.ts'
import { ErrorAlert } from '../../shared/error-alert.tsx'
import { formatTime } from '../../shared/format-time.ts'
import { topicPartitionsQuery } from './api.ts'

const dash = (value: number | null) => value ?? '—'

/** Replicas out of the ISR are the ones falling behind; they are marked so they stand out. */
function Replicas({ replicas, inSync }: { replicas: number[]; inSync: number[] }) {
  const { t } = useTranslation()
  return (
    <Space size={2} wrap>
      {replicas.map((id) =>
        inSync.includes(id) ? (
          <Tag key={id}>{id}</Tag>
        ) : (
          <Tag key={id} color="red" title={t('topics.outOfSync')}>
            {id}
          </Tag>
        ),
      )}
    </Space>
  )
}

export function TopicPartitionsTab({ clusterId, topicName }: { clusterId: string; topicName: string }) {
  const { t, i18n } = useTranslation()
  const [page, setPage] = useState({ pageNo: 1, pageSize: 20 })
  const partitions = useQuery({
    ...topicPartitionsQuery(clusterId, topicName, page),
    placeholderData: keepPreviousData,
  })
  const columns: ColumnsType<TopicPartition> = [
    { title: t('topics.partition'), dataIndex: 'partitionId', align: 'right' },
    {
      title: t('topics.leader'),
      dataIndex: 'leaderId',
      align: 'right',
      render: (leader: number) =>
        leader < 0 ? <Typography.Text type="danger">{t('topics.noLeader')}</Typography.Text> : leader,
    },
    {
      title: t('topics.replicas'),
      dataIndex: 'replicas',
      render: (replicas: number[], p) => <Replicas replicas={replicas} inSync={p.inSyncReplicas} />,
    },
    {
      title: t('topics.isr'),
      dataIndex: 'inSyncReplicas',
      render: (isr: number[], p) =>
        isr.length < p.replicas.length ? (
          <Typography.Text type="danger">{isr.join(', ') || '—'}</Typography.Text>
        ) : (
          isr.join(', ')
        ),
    },
    { title: t('topics.minOffset'), dataIndex: 'minOffset', align: 'right', render: dash },
    { title: t('topics.maxOffset'), dataIndex: 'maxOffset', align: 'right', render: dash },
    { title: t('topics.messages'), dataIndex: 'messageNum', align: 'right', render: dash },
    {
      title: t('topics.lastWriteTime'),
      dataIndex: 'lastUpdateTime',
      render: (time: string | null) => (time === null ? '—' : formatTime(time, i18n.language)),
    },
  ]
  if (partitions.isError) return <ErrorAlert error={partitions.error} onRetry={() => partitions.refetch()} />
  return (
    <Table<TopicPartition>
      rowKey="partitionId"
      size="small"
      columns={columns}
      dataSource={partitions.data?.partitions}
      loading={{
        spinning: partitions.isPending || partitions.isPlaceholderData,
        tip: t('topics.loadingPartitions'),
      }}
      scroll={{ x: 'max-content' }}
      pagination={{
        current: page.pageNo,
        pageSize: page.pageSize,
        total: partitions.data?.total ?? 0,
        showSizeChanger: true,
        pageSizeOptions: ['10', '20', '50', '100'],
        showTotal: (total) => t('topics.partitionTotal', { count: total }),
        onChange: (pageNo, pageSize) =>
          setPage({ pageNo: pageSize === page.pageSize ? pageNo : 1, pageSize }),
      }}
    />
  )
}
