import { useQuery } from '@tanstack/react-query'
import { Button, Card, Progress, Space, Table, Tag, Typography } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ClusterDetail, ClusterNode } from '../../../contract/clusters.ts'
import { ErrorAlert } from '../../shared/error-alert.tsx'
import { formatBytes } from '../../shared/format-bytes.ts'
import { clusterNodesQuery } from './api.ts'
import { NodeConfigsDrawer } from './node-configs-drawer.tsx'
import { NodeLogsDrawer } from './node-logs-drawer.tsx'
import { RestartNodeButton } from './restart-node-button.tsx'

const orDash = (value: number | null) => value ?? '—'

/**
 * 节点列表: the brokers, their state, their share of partitions and disk, and the active controller.
 * Only a cluster Ferry runs (`local`) has log files to show and nodes to restart.
 */
export function NodesCard({
  cluster,
  poll,
}: {
  cluster: Pick<ClusterDetail, 'clusterId' | 'provider' | 'state'>
  poll: boolean
}) {
  const { t } = useTranslation()
  const { clusterId, provider } = cluster
  const nodes = useQuery(clusterNodesQuery(clusterId, poll))
  const [configsOf, setConfigsOf] = useState<number | null>(null)
  const [logsOf, setLogsOf] = useState<number | null>(null)
  return (
    <Card title={t('detail.nodes')} extra={nodes.data && t('detail.nodeCount', { count: nodes.data.length })}>
      {nodes.isError ? (
        <ErrorAlert error={nodes.error} onRetry={() => nodes.refetch()} />
      ) : (
        <Table<ClusterNode>
          rowKey="brokerId"
          size="small"
          pagination={false}
          loading={nodes.isPending}
          dataSource={nodes.data}
          locale={{ emptyText: t('detail.noNodes') }}
          columns={[
            {
              title: t('detail.brokerId'),
              dataIndex: 'brokerId',
              width: 120,
              render: (id: number, node) => (
                <Space size={8}>
                  {id}
                  {node.isController && <Tag color="gold">{t('detail.controller')}</Tag>}
                </Space>
              ),
            },
            {
              title: t('detail.address'),
              key: 'address',
              render: (_, node) => <Typography.Text code>{`${node.host}:${node.port}`}</Typography.Text>,
            },
            { title: t('detail.rack'), dataIndex: 'rack', render: (rack: string | null) => rack ?? '—' },
            {
              title: t('detail.partitionCount'),
              dataIndex: 'partitionCount',
              align: 'right',
              render: orDash,
            },
            { title: t('detail.leaderCount'), dataIndex: 'leaderCount', align: 'right', render: orDash },
            {
              title: t('detail.diskUsed'),
              key: 'disk',
              render: (_, node) =>
                node.capacityBytes !== null ? (
                  <DiskBudget
                    usedBytes={node.logDirs.reduce((sum, dir) => sum + dir.usedBytes, 0)}
                    capacityBytes={node.capacityBytes}
                  />
                ) : node.logDirs.length === 0 ? (
                  '—'
                ) : (
                  <Space direction="vertical" size={0}>
                    {node.logDirs.map((dir) => (
                      <Typography.Text key={dir.path} title={dir.path}>
                        {formatBytes(dir.usedBytes)}
                        {dir.totalBytes !== null && (
                          <Typography.Text type="secondary"> / {formatBytes(dir.totalBytes)}</Typography.Text>
                        )}
                      </Typography.Text>
                    ))}
                  </Space>
                ),
            },
            {
              title: t('common.actions'),
              key: 'configs',
              render: (_, node) => (
                <Space size={8}>
                  <Button size="small" onClick={() => setConfigsOf(node.brokerId)}>
                    {t('configs.view')}
                  </Button>
                  {provider === 'local' && (
                    <Button size="small" onClick={() => setLogsOf(node.brokerId)}>
                      {t('clusters.logs.view')}
                    </Button>
                  )}
                  <RestartNodeButton cluster={cluster} brokerId={node.brokerId} />
                </Space>
              ),
            },
            {
              title: t('clusters.state'),
              dataIndex: 'state',
              render: (_, node) => (
                <Tag color={node.state === 'ALIVE' ? 'success' : 'error'} data-testid="node-state">
                  {t(`nodeState.${node.state}`)}
                </Tag>
              ),
            },
          ]}
        />
      )}
      <NodeConfigsDrawer clusterId={clusterId} brokerId={configsOf} onClose={() => setConfigsOf(null)} />
      {provider === 'local' && (
        <NodeLogsDrawer clusterId={clusterId} brokerId={logsOf} onClose={() => setLogsOf(null)} />
      )}
    </Card>
  )
}

/** A local node's use against its disk budget (the cluster's capacity per node), which the watermark policy watches. */
function DiskBudget({ usedBytes, capacityBytes }: { usedBytes: number; capacityBytes: number }) {
  const { t } = useTranslation()
  const percent = Math.min(100, Math.round((usedBytes / capacityBytes) * 1000) / 10)
  return (
    <Space direction="vertical" size={0} style={{ minWidth: 140 }}>
      <Typography.Text>
        {t('detail.diskBudget', { used: formatBytes(usedBytes), budget: formatBytes(capacityBytes) })}
      </Typography.Text>
      <Progress percent={percent} size="small" status={percent >= 75 ? 'exception' : 'normal'} />
    </Space>
  )
}
