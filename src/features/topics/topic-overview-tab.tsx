import { QuestionCircleOutlined } from '@ant-design/icons'
import { Descriptions, Space, Tag, Tooltip, Typography } from 'antd'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { TopicDetail } from '../../../contract/topics.ts'
import { formatBytes } from '../../shared/format-bytes.ts'

type Health =
  | 'brokersSkewed'
  | 'brokersLeaderSkewed'
  | 'brokersSpread'
  | 'preferredReplicas'
  | 'underReplicated'

/** When each percentage is a sign of trouble: skew and under-replication above 0, spread and preference below 100. */
const unhealthy: Record<Health, (percent: number) => boolean> = {
  brokersSkewed: (p) => p > 0,
  brokersLeaderSkewed: (p) => p > 0,
  brokersSpread: (p) => p < 100,
  preferredReplicas: (p) => p < 100,
  underReplicated: (p) => p > 0,
}

function Explained({ label, help }: { label: string; help: string }) {
  return (
    <Space size={4}>
      {label}
      <Tooltip title={help}>
        <QuestionCircleOutlined aria-label={help} style={{ cursor: 'help' }} />
      </Tooltip>
    </Space>
  )
}

export function TopicOverviewTab({ topic }: { topic: TopicDetail }) {
  const { t } = useTranslation()
  const percent = (key: Health): ReactNode => {
    const value = `${Number(topic[key].toFixed(1))}%`
    return unhealthy[key](topic[key]) ? (
      <Typography.Text type="danger" strong data-testid={`health-${key}`}>
        {value}
      </Typography.Text>
    ) : (
      <Typography.Text data-testid={`health-${key}`}>{value}</Typography.Text>
    )
  }
  const healthKeys = Object.keys(unhealthy) as Health[]
  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Descriptions bordered size="small" column={{ xs: 1, md: 2 }}>
        <Descriptions.Item label={t('topics.topicName')}>
          <Space>
            <Typography.Text copyable>{topic.topicName}</Typography.Text>
            {topic.internal && <Tag>{t('topics.internal')}</Tag>}
          </Space>
        </Descriptions.Item>
        <Descriptions.Item label={t('topics.topicId')}>
          <Typography.Text code>{topic.topicId}</Typography.Text>
        </Descriptions.Item>
        <Descriptions.Item label={t('topics.partitions')}>{topic.partitionNum}</Descriptions.Item>
        <Descriptions.Item label={t('topics.replicationFactor')}>{topic.replicationFactor}</Descriptions.Item>
        <Descriptions.Item label={t('topics.size')}>
          {topic.sizeBytes === null ? '—' : formatBytes(topic.sizeBytes)}
        </Descriptions.Item>
        <Descriptions.Item label={t('topics.messages')}>{topic.messageNum ?? '—'}</Descriptions.Item>
      </Descriptions>
      <Descriptions bordered size="small" column={{ xs: 1, md: 2 }} title={t('topics.health')}>
        {healthKeys.map((key) => (
          <Descriptions.Item
            key={key}
            label={<Explained label={t(`topics.healthLabels.${key}`)} help={t(`topics.healthHelp.${key}`)} />}
          >
            {percent(key)}
          </Descriptions.Item>
        ))}
      </Descriptions>
    </Space>
  )
}
