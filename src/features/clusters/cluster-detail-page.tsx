import { ReloadOutlined } from '@ant-design/icons'
import { useQuery } from '@tanstack/react-query'
import { Alert, App, Breadcrumb, Button, Flex, Result, Skeleton, Space, Typography } from 'antd'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useNavigate, useParams } from 'react-router'
import { ApiError } from '../../shared/api-client.ts'
import { ErrorAlert } from '../../shared/error-alert.tsx'
import { jobPath } from '../../shared/job-paths.ts'
import { AccessCard } from './access-card.tsx'
import { clusterDetailQuery, useRefetchOnStateChange } from './api.ts'
import { ClusterConfigsCard } from './cluster-configs-card.tsx'
import { ClusterInfoCard } from './cluster-info-card.tsx'
import { ClusterLifecycleButtons } from './cluster-lifecycle-buttons.tsx'
import { isTransitional } from './cluster-state.ts'
import { ClusterStateTag } from './cluster-state-tag.tsx'
import { NodesCard } from './nodes-card.tsx'
import { ProvisionedCard } from './provisioned-card.tsx'
import { QuorumCard } from './quorum-card.tsx'

function NotFound({ clusterId }: { clusterId: string }) {
  const { t } = useTranslation()
  return (
    <Result
      status="404"
      title={t('detail.notFoundTitle')}
      subTitle={t('detail.notFoundText', { clusterId })}
      extra={
        <Link to="/clusters">
          <Button type="primary">{t('status.backToClusters')}</Button>
        </Link>
      }
    />
  )
}

export function ClusterDetailPage() {
  const { t } = useTranslation()
  const { message } = App.useApp()
  const navigate = useNavigate()
  const clusterId = useParams().clusterId ?? ''
  // The job deleting this cluster, once this page started it: the page follows the cluster until it is gone.
  const [releaseJob, setReleaseJob] = useState<string | null>(null)
  const detail = useQuery(clusterDetailQuery(clusterId, { releasing: releaseJob !== null }))
  const cluster = detail.data
  const name = cluster?.name ?? clusterId
  const gone = detail.error instanceof ApiError && detail.error.status === 404
  useRefetchOnStateChange(clusterId, cluster?.state)

  useEffect(() => {
    if (releaseJob === null || !gone) return
    message.success(t('clusterOps.deleted', { name }))
    navigate('/clusters')
  }, [releaseJob, gone, name, message, navigate, t])

  const forgotten = () => navigate('/clusters')

  if (gone) return releaseJob === null ? <NotFound clusterId={clusterId} /> : null

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Breadcrumb
        items={[
          { title: <Link to="/clusters">{t('nav.clusterList')}</Link> },
          { title: cluster?.name ?? clusterId },
        ]}
      />
      <Flex justify="space-between" align="center" wrap gap={12}>
        <Space align="center" size="middle">
          <Typography.Title level={3} style={{ margin: 0 }}>
            {cluster?.name ?? clusterId}
          </Typography.Title>
          {cluster && <ClusterStateTag state={cluster.state} />}
        </Space>
        <Space>
          <Button icon={<ReloadOutlined />} onClick={() => detail.refetch()} loading={detail.isFetching}>
            {t('common.refresh')}
          </Button>
          {cluster && (
            <ClusterLifecycleButtons cluster={cluster} onReleasing={setReleaseJob} onForgotten={forgotten} />
          )}
        </Space>
      </Flex>
      {detail.isError && <ErrorAlert error={detail.error} onRetry={() => detail.refetch()} />}
      {detail.isPending && <Skeleton active paragraph={{ rows: 8 }} />}
      {releaseJob !== null && (
        <Alert
          type="warning"
          showIcon
          message={t('clusterOps.deletingBanner')}
          action={<Link to={jobPath(clusterId, releaseJob)}>{t('clusterOps.viewTask')}</Link>}
        />
      )}
      {cluster && (
        <>
          {cluster.stateReason && (
            <Alert
              type={cluster.state === 'ACTIVE' ? 'info' : 'warning'}
              showIcon
              message={t('detail.stateReason')}
              description={cluster.stateReason}
            />
          )}
          <ClusterInfoCard cluster={cluster} />
          {cluster.provisioned && <ProvisionedCard cluster={cluster} provisioned={cluster.provisioned} />}
          <AccessCard cluster={cluster} />
          <NodesCard cluster={cluster} poll={isTransitional(cluster.state)} />
          {cluster.state === 'ACTIVE' && <QuorumCard clusterId={cluster.clusterId} />}
          {cluster.state === 'ACTIVE' && <ClusterConfigsCard clusterId={cluster.clusterId} canChange />}
        </>
      )}
    </Space>
  )
}
