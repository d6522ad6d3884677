import { useQuery } from '@tanstack/react-query'
import { Card, Descriptions, Table, Tag, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import type { Quorum } from '../../../contract/clusters.ts'
import { ErrorAlert } from '../../shared/error-alert.tsx'
import { formatTime } from '../../shared/format-time.ts'
import { quorumQuery } from './api.ts'

type Replica = Quorum['voters'][number] & { role: 'voter' | 'observer' }

/** 查看Controller信息: the active controller, every quorum member's lag, and the change history. */
export function QuorumCard({ clusterId }: { clusterId: string }) {
  const { t, i18n } = useTranslation()
  const quorum = useQuery(quorumQuery(clusterId))
  const data = quorum.data
  const replicas: Replica[] = data
    ? [
        ...data.voters.map((v) => ({ ...v, role: 'voter' as const })),
        ...data.observers.map((o) => ({ ...o, role: 'observer' as const })),
      ]
    : []
  const time = (ms: number | null) =>
    ms === null ? '—' : formatTime(new Date(ms).toISOString(), i18n.language)
  return (
    <Card title={t('detail.quorum')} data-testid="quorum-card">
      {quorum.isError ? (
        <ErrorAlert error={quorum.error} onRetry={() => quorum.refetch()} />
      ) : (
        <>
          <Descriptions size="small" column={{ xs: 1, md: 3 }} style={{ marginBottom: 16 }}>
            <Descriptions.Item label={t('detail.quorumLeader')}>
              <span data-testid="quorum-leader">{data?.leaderId ?? '—'}</span>
            </Descriptions.Item>
            <Descriptions.Item label={t('detail.quorumEpoch')}>{data?.leaderEpoch ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('detail.highWatermark')}>
              {data?.highWatermark ?? '—'}
            </Descriptions.Item>
          </Descriptions>
          <Table<Replica>
            rowKey={(r) => `${r.role}-${r.nodeId}`}
            size="small"
            pagination={false}
            loading={quorum.isPending}
            dataSource={replicas}
            columns={[
              {
                title: t('detail.brokerId'),
                dataIndex: 'nodeId',
                render: (id: number) => (
                  <>
                    {id} {id === data?.leaderId && <Tag color="gold">{t('detail.controller')}</Tag>}
                  </>
                ),
              },
              {
                title: t('detail.role'),
                dataIndex: 'role',
                render: (role: Replica['role']) => t(`detail.${role}`),
              },
              { title: t('detail.logEndOffset'), dataIndex: 'logEndOffset', align: 'right' },
              { title: t('detail.lag'), dataIndex: 'lag', align: 'right' },
              { title: t('detail.lastCaughtUp'), dataIndex: 'lastCaughtUpTimestamp', render: time },
            ]}
          />
          <Typography.Title level={5} style={{ marginTop: 16 }}>
            {t('detail.leaderChanges')}
          </Typography.Title>
          <Typography.Paragraph type="secondary">
            {t('detail.leaderChangesHint', { count: data?.leaderChanges.length ?? 0 })}
          </Typography.Paragraph>
          <Table
            rowKey="leaderEpoch"
            size="small"
            pagination={{ pageSize: 10, hideOnSinglePage: true }}
            dataSource={data?.leaderChanges}
            locale={{ emptyText: t('detail.noLeaderChanges') }}
            columns={[
              {
                title: t('detail.seenTime'),
                dataIndex: 'seenTime',
                render: (iso: string) => formatTime(iso, i18n.language),
              },
              { title: t('detail.quorumLeader'), dataIndex: 'leaderId' },
              { title: t('detail.quorumEpoch'), dataIndex: 'leaderEpoch' },
            ]}
          />
        </>
      )}
    </Card>
  )
}
