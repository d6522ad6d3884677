import { useQuery } from '@tanstack/react-query'
import { Alert, Button, Card, Descriptions, Flex, Space, Table, Tag, Typography } from 'antd'
import type { ColumnsType } from 'antd/es/table'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useNavigate, useParams, useSearchParams } from 'react-router'
import type { GroupTopicPartition } from '../../../contract/consumer-groups.ts'
import { formatTime } from '../../shared/format-time.ts'
import { groupDetailQuery } from './api.ts'
import { DeleteGroupButton } from './delete-group-button.tsx'
import { formatDuration } from './format-duration.ts'
import { GroupStateTag } from './group-state-tag.tsx'
import { ResetOffsetsModal } from './reset-offsets-modal.tsx'

export function GroupDetailPage() {
  const { t, i18n } = useTranslation()
  const navigate = useNavigate()
  const params = useParams()
  const clusterId = params.clusterId ?? ''
  const groupName = params.groupName ?? ''
  const [searchParams, setSearchParams] = useSearchParams()
  const resetOpen = searchParams.get('reset') === '1'
  const [deleted, setDeleted] = useState(false)
  const detail = useQuery({ ...groupDetailQuery(clusterId, groupName), enabled: !deleted })
  const listPath = `/clusters/${encodeURIComponent(clusterId)}/consumer-groups`

  const partitionsByTopic = new Map<string, number[]>()
  for (const p of detail.data?.partitions ?? [])
    partitionsByTopic.set(p.topicName, [...(partitionsByTopic.get(p.topicName) ?? []), p.partitionId])

  const dash = (value: string | number | null) => value ?? '-'
  const columns: ColumnsType<GroupTopicPartition> = [
    { title: t('consumerGroups.topic'), dataIndex: 'topicName' },
    { title: t('consumerGroups.partition'), dataIndex: 'partitionId', align: 'right' },
    { title: t('consumerGroups.consumerId'), dataIndex: 'consumerId', render: dash },
    { title: t('consumerGroups.clientId'), dataIndex: 'clientId', render: dash },
    { title: t('consumerGroups.host'), dataIndex: 'host', render: dash },
    {
      title: t('consumerGroups.committedOffset'),
      dataIndex: 'committedOffset',
      align: 'right',
      render: dash,
    },
    { title: t('consumerGroups.maxOffset'), dataIndex: 'maxOffset', align: 'right', render: dash },
    { title: t('consumerGroups.lag'), dataIndex: 'lag', align: 'right', render: dash },
    {
      title: t('consumerGroups.timeLag'),
      dataIndex: 'timeLagMs',
      align: 'right',
      render: (ms: number | null, row) =>
        ms === null ? (
          '-'
        ) : (
          <span
            title={row.firstUnconsumedTime ? formatTime(row.firstUnconsumedTime, i18n.language) : undefined}
          >
            {formatDuration(ms)}
          </span>
        ),
    },
  ]

  const group = detail.data?.group
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Text>
        <Link to={listPath}>{t('nav.consumerGroups')}</Link> / {groupName}
      </Typography.Text>
      <Flex justify="space-between" align="center" wrap gap={12}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {groupName}
        </Typography.Title>
        <Space>
          <Button type="primary" onClick={() => setSearchParams({ reset: '1' })} disabled={!group}>
            {t('consumerGroups.resetOffsets')}
          </Button>
          <DeleteGroupButton
            clusterId={clusterId}
            groupName={groupName}
            onDeleted={() => {
              setDeleted(true)
              navigate(listPath)
            }}
          />
        </Space>
      </Flex>
      {detail.isError ? (
        <Alert type="error" showIcon message={t('common.loadFailed')} description={detail.error.message} />
      ) : (
        <>
          <Card loading={detail.isPending}>
            {group && (
              <Descriptions column={{ xs: 1, md: 3 }}>
                <Descriptions.Item label={t('consumerGroups.state')}>
                  <GroupStateTag state={group.state} />
                </Descriptions.Item>
                <Descriptions.Item label={t('consumerGroups.assignor')}>
                  {group.protocol || '—'}
                </Descriptions.Item>
                <Descriptions.Item label={t('consumerGroups.members')}>{group.memberCount}</Descriptions.Item>
                <Descriptions.Item label={t('consumerGroups.totalLag')}>
                  {group.totalLag ?? '—'}
                </Descriptions.Item>
                <Descriptions.Item label={t('consumerGroups.topics')}>
                  {group.topics.map((topic) => (
                    <Tag key={topic}>{topic}</Tag>
                  ))}
                </Descriptions.Item>
              </Descriptions>
            )}
          </Card>
          <Card title={t('consumerGroups.partitionsTitle')}>
            <Table<GroupTopicPartition>
              rowKey={(row) => `${row.topicName}-${row.partitionId}`}
              columns={columns}
              dataSource={detail.data?.partitions}
              loading={detail.isPending}
              pagination={false}
              scroll={{ x: 'max-content' }}
            />
          </Card>
        </>
      )}
      <ResetOffsetsModal
        clusterId={clusterId}
        groupName={groupName}
        partitionsByTopic={partitionsByTopic}
        open={resetOpen && !!group}
        onClose={() => setSearchParams({})}
      />
    </Space>
  )
}
