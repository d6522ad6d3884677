import { DeleteOutlined, PlusOutlined, ReloadOutlined } from '@ant-design/icons'
import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { Button, Card, Flex, Input, Space, Switch, Table, Tag, Tooltip, Typography } from 'antd'
import type { ColumnsType } from 'antd/es/table'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useParams, useSearchParams } from 'react-router'
import type { TopicSort, TopicSummary } from '../../../contract/topics.ts'
import { ErrorAlert } from '../../shared/error-alert.tsx'
import { formatBytes } from '../../shared/format-bytes.ts'
import { formatRetention } from '../../shared/format-retention.ts'
import { formatTime } from '../../shared/format-time.ts'
import { serverPagination } from '../../shared/paging.ts'
import { topicListQuery } from './api.ts'
import { CreateTopicModal } from './create-topic-modal.tsx'
import { DeleteTopicDialog } from './delete-topic-dialog.tsx'
import {
  columnSortOrder,
  listTopicsInput,
  readTopicListView,
  sortedView,
  type TopicListView,
  writeTopicListView,
} from './topic-list-params.ts'

const dash = (value: number | null) => value ?? '—'
type SortDirection = 'ascend' | 'descend'

function useColumns(
  clusterId: string,
  view: TopicListView,
  onDelete: (topicName: string) => void,
): ColumnsType<TopicSummary> {
  const { t } = useTranslation()
  const sortable = (key: TopicSort, firstDirection: SortDirection = 'descend') => ({
    key,
    sorter: true,
    sortOrder: columnSortOrder(view, key),
    sortDirections: (firstDirection === 'ascend'
      ? ['ascend', 'descend']
      : ['descend', 'ascend']) as SortDirection[],
  })
  return [
    {
      title: t('topics.topicName'),
      dataIndex: 'topicName',
      ...sortable('topicName', 'ascend'),
      render: (name: string, topic) => (
        <Space size={4}>
          <Link to={`/clusters/${encodeURIComponent(clusterId)}/topics/${encodeURIComponent(name)}`}>
            {name}
          </Link>
          {topic.internal && <Tag>{t('topics.internal')}</Tag>}
        </Space>
      ),
    },
    { title: t('topics.partitions'), dataIndex: 'partitionNum', align: 'right', ...sortable('partitionNum') },
    {
      title: t('topics.replicationFactor'),
      dataIndex: 'replicationFactor',
      align: 'right',
      ...sortable('replicationFactor'),
    },
    {
      title: t('topics.underReplicated'),
      dataIndex: 'underReplicatedPartitions',
      align: 'right',
      ...sortable('underReplicatedPartitions'),
      render: (count: number) =>
        count > 0 ? (
          <Typography.Text type="danger" strong>
            {count}
          </Typography.Text>
        ) : (
          count
        ),
    },
    {
      title: t('topics.size'),
      dataIndex: 'sizeBytes',
      align: 'right',
      ...sortable('sizeBytes'),
      render: (bytes: number | null) => (bytes === null ? '—' : formatBytes(bytes)),
    },
    {
      title: t('topics.messages'),
      dataIndex: 'messageNum',
      align: 'right',
      ...sortable('messageNum'),
      render: dash,
    },
    {
      title: t('topics.retention'),
      dataIndex: 'retentionMs',
      align: 'right',
      ...sortable('retentionMs'),
      render: (ms: number | null) => formatRetention(ms, t('topics.forever')),
    },
    {
      title: t('topics.cleanupPolicy'),
      dataIndex: 'cleanupPolicy',
      render: (policy: string | null) => policy ?? '—',
    },
    {
      title: t('common.actions'),
      key: 'actions',
      render: (_, topic) => (
        <Button
          size="small"
          danger
          icon={<DeleteOutlined aria-hidden />}
          onClick={() => onDelete(topic.topicName)}
        >
          {t('topics.delete')}
        </Button>
      ),
    },
  ]
}

export function TopicListPage() {
  const { t, i18n } = useTranslation()
  const clusterId = useParams().clusterId ?? ''
  const [searchParams, setSearchParams] = useSearchParams()
  const view = readTopicListView(searchParams)
  const go = (next: TopicListView) => setSearchParams(writeTopicListView(next))
  const [creating, setCreating] = useState(false)
  const [deleting, setDeleting] = useState<string | null>(null)
  const list = useQuery({
    ...topicListQuery(clusterId, listTopicsInput(view)),
    placeholderData: keepPreviousData,
  })
  const columns = useColumns(clusterId, view, setDeleting)
  const snapshotTime = list.data?.snapshotTime

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('nav.topics')}
      </Typography.Title>
      <Card>
        <Flex justify="space-between" wrap gap={12} style={{ marginBottom: 16 }}>
          <Space wrap>
            <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setCreating(true)}>
              {t('topics.createTitle')}
            </Button>
            <Space size={4}>
              <Button
                icon={<ReloadOutlined />}
                onClick={() => list.refetch()}
                loading={list.isFetching}
                aria-label={t('common.refresh')}
              />
              {snapshotTime && (
                <Tooltip title={formatTime(snapshotTime, i18n.language)}>
                  <Typography.Text type="secondary" data-testid="topics-snapshot-time">
                    {t('topics.snapshotTime', {
                      time: new Date(snapshotTime).toLocaleTimeString(i18n.language),
                    })}
                  </Typography.Text>
                </Tooltip>
              )}
            </Space>
          </Space>
          <Space wrap>
            <Space size={6}>
              <Switch
                id="topics-include-internal"
                size="small"
                checked={view.includeInternal}
                onChange={(includeInternal) => go({ ...view, includeInternal, pageNo: 1 })}
              />
              <label htmlFor="topics-include-internal">{t('topics.showInternal')}</label>
            </Space>
            <Input.Search
              // Remounts when the URL changes (back button) so the box shows the filter in effect.
              key={view.topicName}
              aria-label={t('topics.search')}
              placeholder={t('topics.search')}
              defaultValue={view.topicName}
              allowClear
              enterButton
              onSearch={(topicName) => go({ ...view, topicName: topicName.trim(), pageNo: 1 })}
              style={{ width: 300 }}
            />
          </Space>
        </Flex>
        {list.isError ? (
          <ErrorAlert error={list.error} onRetry={() => list.refetch()} />
        ) : (
          <Table<TopicSummary>
            rowKey="topicName"
            columns={columns}
            dataSource={list.data?.topics}
            loading={{
              spinning: list.isPending || list.isPlaceholderData,
              tip: t('topics.loadingList'),
            }}
            scroll={{ x: 'max-content' }}
            locale={{ emptyText: list.isPending ? ' ' : t('topics.empty') }}
            onChange={(_pagination, _filters, sorter, extra) => {
              if (extra.action !== 'sort' || Array.isArray(sorter)) return
              go(sortedView(view, sorter.columnKey, sorter.order))
            }}
            pagination={serverPagination(view, list.data?.total ?? 0, go, (total) =>
              t('topics.total', { count: total }),
            )}
          />
        )}
      </Card>
      <CreateTopicModal clusterId={clusterId} open={creating} onClose={() => setCreating(false)} />
      <DeleteTopicDialog clusterId={clusterId} topicName={deleting} onClose={() => setDeleting(null)} />
    </Space>
  )
}
