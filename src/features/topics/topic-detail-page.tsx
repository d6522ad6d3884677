import { DeleteOutlined, FileSearchOutlined, ScissorOutlined, SplitCellsOutlined } from '@ant-design/icons'
import { useQuery } from '@tanstack/react-query'
import { Breadcrumb, Button, Card, Flex, Result, Space, Spin, Tabs, Tag, Typography } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useNavigate, useParams, useSearchParams } from 'react-router'
import { ApiError } from '../../shared/api-client.ts'
import { ErrorAlert } from '../../shared/error-alert.tsx'
import { topicDetailQuery } from './api.ts'
import { DeleteRecordsModal } from './delete-records-modal.tsx'
import { DeleteTopicDialog } from './delete-topic-dialog.tsx'
import { IncreasePartitionsModal } from './increase-partitions-modal.tsx'
import { TopicConfigsTab } from './topic-configs-tab.tsx'
import { TopicGroupsTab } from './topic-groups-tab.tsx'
import { TopicOverviewTab } from './topic-overview-tab.tsx'
import { TopicPartitionsTab } from './topic-partitions-tab.tsx'

const tabs = ['overview', 'partitions', 'groups', 'configs'] as const
type Tab = (typeof tabs)[number]
type Dialog = 'increase' | 'records' | 'delete' | null

export function TopicDetailPage() {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const params = useParams()
  const clusterId = params.clusterId ?? ''
  const topicName = params.topicName ?? ''
  const [searchParams, setSearchParams] = useSearchParams()
  const asked = searchParams.get('tab')
  const tab: Tab = (tabs as readonly string[]).includes(asked ?? '') ? (asked as Tab) : 'overview'
  const [dialog, setDialog] = useState<Dialog>(null)
  const [deleted, setDeleted] = useState(false)
  const detail = useQuery({ ...topicDetailQuery(clusterId, topicName), enabled: !deleted })
  const topic = detail.data
  const listPath = `/clusters/${encodeURIComponent(clusterId)}/topics`

  if (detail.error instanceof ApiError && detail.error.status === 404)
    return (
      <Result
        status="404"
        title={t('topics.notFoundTitle')}
        subTitle={t('topics.notFoundText', { name: topicName })}
        extra={
          <Link to={listPath}>
            <Button type="primary">{t('topics.backToList')}</Button>
          </Link>
        }
      />
    )

  const content = () => {
    if (detail.isError) return <ErrorAlert error={detail.error} onRetry={() => detail.refetch()} />
    if (!topic)
      return (
        <Flex vertical align="center" gap={8} style={{ padding: 48 }}>
          <Spin />
          <Typography.Text type="secondary">{t('topics.loadingTopic')}</Typography.Text>
        </Flex>
      )
    return (
      <Tabs
        activeKey={tab}
        onChange={(next) => setSearchParams(next === 'overview' ? {} : { tab: next }, { replace: true })}
        destroyOnHidden
        items={[
          { key: 'overview', label: t('topics.tabs.overview'), children: <TopicOverviewTab topic={topic} /> },
          {
            key: 'partitions',
            label: t('topics.tabs.partitions'),
            children: <TopicPartitionsTab clusterId={clusterId} topicName={topicName} />,
          },
          {
            key: 'groups',
            label: t('topics.tabs.groups'),
            children: <TopicGroupsTab clusterId={clusterId} topicName={topicName} />,
          },
          {
            key: 'configs',
            label: t('topics.tabs.configs'),
            children: <TopicConfigsTab clusterId={clusterId} topicName={topicName} />,
          },
        ]}
      />
    )
  }

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Breadcrumb items={[{ title: <Link to={listPath}>{t('nav.topics')}</Link> }, { title: topicName }]} />
      <Flex justify="space-between" align="center" wrap gap={12}>
        <Space>
          <Typography.Title level={3} style={{ margin: 0, wordBreak: 'break-all' }}>
            {topicName}
          </Typography.Title>
          {topic?.internal && <Tag>{t('topics.internal')}</Tag>}
        </Space>
        <Space wrap>
          {/* Icons are aria-hidden so a button is named by its text alone, e.g. exactly "Delete". */}
          <Link
            to={`/clusters/${encodeURIComponent(clusterId)}/messages?topic=${encodeURIComponent(topicName)}`}
          >
            <Button icon={<FileSearchOutlined aria-hidden />}>{t('messages.openFromTopic')}</Button>
          </Link>
          <Button
            icon={<SplitCellsOutlined aria-hidden />}
            disabled={!topic}
            onClick={() => setDialog('increase')}
          >
            {t('topics.increasePartitions')}
          </Button>
          <Button
            icon={<ScissorOutlined aria-hidden />}
            disabled={!topic}
            onClick={() => setDialog('records')}
          >
            {t('topics.deleteRecords')}
          </Button>
          <Button danger icon={<DeleteOutlined aria-hidden />} onClick={() => setDialog('delete')}>
            {t('topics.delete')}
          </Button>
        </Space>
      </Flex>
      <Card>{content()}</Card>
      {topic && (
        <>
          <IncreasePartitionsModal
            clusterId={clusterId}
            topicName={topicName}
            current={topic.partitionNum}
            open={dialog === 'increase'}
            onClose={() => setDialog(null)}
          />
          <DeleteRecordsModal
            clusterId={clusterId}
            topicName={topicName}
            partitionNum={topic.partitionNum}
            open={dialog === 'records'}
            onClose={() => setDialog(null)}
          />
        </>
      )}
      <DeleteTopicDialog
        clusterId={clusterId}
        topicName={dialog === 'delete' ? topicName : null}
        onClose={() => setDialog(null)}
        onDeleted={() => {
          setDeleted(true)
          navigate(listPath)
        }}
      />
    </Space>
  )
}
