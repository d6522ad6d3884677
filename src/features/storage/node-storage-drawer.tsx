import { Drawer, Empty, Flex, List, Progress, Table, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import { formatBytes } from '../../shared/format-bytes.ts'
import type { NodeStorage, TopicUsage } from './api.ts'
import { rankBySize } from './usage.ts'

const topCount = 10

const share = (value: number) => `${value.toFixed(value < 10 ? 1 : 0)}%`

/** 分析: one node's topics by disk use — the largest ten (使用Top), then every topic's size and share. */
export function NodeStorageDrawer({ node, onClose }: { node: NodeStorage | null; onClose: () => void }) {
  const { t } = useTranslation()
  const ranked = node ? rankBySize(node.topics) : []
  return (
    <Drawer
      open={node !== null}
      onClose={onClose}
      width={720}
      title={node && t('storage.drawerTitle', { id: node.brokerId, used: formatBytes(node.usedBytes) })}
      destroyOnHidden
    >
      {ranked.length === 0 ? (
        <Empty description={t('storage.noTopics')} />
      ) : (
        <Flex vertical gap={24}>
          <section aria-label={t('storage.top')}>
            <Typography.Title level={5}>{t('storage.top')}</Typography.Title>
            <List
              size="small"
              dataSource={ranked.slice(0, topCount)}
              renderItem={(topic, index) => (
                <List.Item>
                  <Flex vertical style={{ width: '100%' }}>
                    <Flex justify="space-between" gap={12}>
                      <Typography.Text ellipsis title={topic.topicName}>
                        {index + 1}. {topic.topicName}
                      </Typography.Text>
                      <Typography.Text type="secondary" style={{ whiteSpace: 'nowrap' }}>
                        {formatBytes(topic.sizeBytes)} · {share(topic.share)}
                      </Typography.Text>
                    </Flex>
                    <Progress percent={topic.share} showInfo={false} size="small" />
                  </Flex>
                </List.Item>
              )}
            />
          </section>
          <Table<TopicUsage>
            rowKey="topicName"
            size="small"
            dataSource={ranked}
            pagination={ranked.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
            columns={[
              { title: t('storage.topic'), dataIndex: 'topicName', ellipsis: true },
              {
                title: t('storage.size'),
                dataIndex: 'sizeBytes',
                align: 'right',
                width: 120,
                sorter: (a, b) => a.sizeBytes - b.sizeBytes,
                defaultSortOrder: 'descend',
                render: (bytes: number) => formatBytes(bytes),
              },
              {
                title: t('storage.share'),
                dataIndex: 'share',
                width: 200,
                sorter: (a, b) => a.share - b.share,
                render: (value: number) => (
                  <Progress percent={value} size="small" format={() => share(value)} />
                ),
              },
              { title: t('storage.partitions'), dataIndex: 'partitions', align: 'right', width: 90 },
            ]}
          />
        </Flex>
      )}
    </Drawer>
  )
}
