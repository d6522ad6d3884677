import { ReloadOutlined } from '@ant-design/icons'
import { useQuery } from '@tanstack/react-query'
import { Button, Card, Flex, Progress, Space, Table, Typography } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useParams } from 'react-router'
import { ErrorAlert } from '../../shared/error-alert.tsx'
import { formatBytes } from '../../shared/format-bytes.ts'
import { type NodeStorage, storageAnalysisQuery } from './api.ts'
import { NodeStorageDrawer } from './node-storage-drawer.tsx'
import { usagePercent, usageStatus } from './usage.ts'

/** 存储分析: each node's disk use against its budget, and per node the topics that take it. */
export function StoragePage() {
  const { t } = useTranslation()
  const clusterId = useParams().clusterId ?? ''
  const nodes = useQuery(storageAnalysisQuery(clusterId))
  const [analysed, setAnalysed] = useState<number | null>(null)
  const open = nodes.data?.find((node) => node.brokerId === analysed) ?? null

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('nav.storage')}
      </Typography.Title>
      <Card
        title={t('storage.nodes')}
        extra={
          <Button
            icon={<ReloadOutlined />}
            onClick={() => nodes.refetch()}
            loading={nodes.isFetching}
            aria-label={t('common.refresh')}
          />
        }
      >
        {nodes.isError ? (
          <ErrorAlert error={nodes.error} onRetry={() => nodes.refetch()} />
        ) : (
          <Table<NodeStorage>
            rowKey="brokerId"
            pagination={false}
            loading={nodes.isPending}
            dataSource={nodes.data}
            locale={{ emptyText: t('storage.noNodes') }}
            scroll={{ x: 'max-content' }}
            columns={[
              { title: t('storage.node'), dataIndex: 'brokerId', width: 90 },
              {
                title: t('storage.usage'),
                key: 'usage',
                width: 320,
                render: (_, node) => {
                  const percent = usagePercent(node.usedBytes, node.capacityBytes)
                  const text =
                    node.capacityBytes === null
                      ? formatBytes(node.usedBytes)
                      : t('storage.usedOf', {
                          used: formatBytes(node.usedBytes),
                          capacity: formatBytes(node.capacityBytes),
                        })
                  return (
                    <Flex vertical>
                      <Typography.Text>{text}</Typography.Text>
                      {percent !== null && (
                        <Progress
                          percent={Math.round(percent * 10) / 10}
                          status={usageStatus(percent)}
                          size="small"
                          aria-label={t('storage.usageOf', { id: node.brokerId })}
                        />
                      )}
                    </Flex>
                  )
                },
              },
              {
                title: t('storage.topicCount'),
                key: 'topics',
                align: 'right',
                render: (_, node) => node.topics.length,
              },
              {
                title: t('common.actions'),
                key: 'actions',
                render: (_, node) => (
                  <Button type="link" onClick={() => setAnalysed(node.brokerId)}>
                    {t('storage.analyse')}
                  </Button>
                ),
              },
              {
                title: t('storage.logDirs'),
                key: 'logDirs',
                render: (_, node) => (
                  <Flex vertical>
                    {node.logDirs.map((dir) => (
                      <Typography.Text key={dir.path}>
                        <Typography.Text code ellipsis title={dir.path} style={{ maxWidth: 360 }}>
                          {dir.path}
                        </Typography.Text>{' '}
                        {formatBytes(dir.usedBytes)}
                        {dir.totalBytes !== null && (
                          <Typography.Text type="secondary"> / {formatBytes(dir.totalBytes)}</Typography.Text>
                        )}
                      </Typography.Text>
                    ))}
                  </Flex>
                ),
              },
            ]}
          />
        )}
      </Card>
      <NodeStorageDrawer node={open} onClose={() => setAnalysed(null)} />
    </Space>
  )
}
