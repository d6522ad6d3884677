import { DeleteOutlined, ReloadOutlined } from '@ant-design/icons'
import { useQuery } from '@tanstack/react-query'
import { Alert, App, Breadcrumb, Button, Flex, Popconfirm, Result, Skeleton, Space, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import { Link, useNavigate, useParams } from 'react-router'
import type { ClusterDetail } from '../../../contract/clusters.ts'
import { ApiError } from '../../shared/api-client.ts'
import { ErrorAlert } from '../../shared/error-alert.tsx'
import { AccessCard } from './access-card.tsx'
import { clusterDetailQuery, useForgetCluster, useRefetchOnStateChange } from './api.ts'
import { ClusterConfigsCard } from './cluster-configs-card.tsx'
import { ClusterInfoCard } from './cluster-info-card.tsx'
import { ClusterLifecycleButtons } from './cluster-lifecycle-buttons.tsx'
import { isTransitional } from './cluster-state.ts'
import { ClusterStateTag } from './cluster-state-tag.tsx'
import { NodesCard } from './nodes-card.tsx'
import { QuorumCard } from './quorum-card.tsx'

function ForgetButton({ cluster }: { cluster: ClusterDetail }) {
  const { t } = useTranslation()
  const { message } = App.useApp()
  const navigate = useNavigate()
  const forget = useForgetCluster()
  const confirm = async () => {
    try {
      await forget.mutateAsync(cluster.clusterId)
      message.success(t('detail.forgotten', { name: cluster.name }))
      navigate('/clusters')
    } catch (error) {
      message.error(error instanceof Error ? error.message : String(error))
    }
  }
  return (
    <Popconfirm
      title={t('detail.forgetConfirmTitle')}
      description={t('detail.forgetConfirmText', { name: cluster.name })}
      okText={t('detail.forget')}
      cancelText={t('common.cancel')}
      okButtonProps={{ danger: true, loading: forget.isPending }}
      onConfirm={confirm}
    >
      <Button danger icon={<DeleteOutlined />}>
        {t('detail.forget')}
      </Button>
    </Popconfirm>
  )
}

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
  const clusterId = useParams().clusterId ?? ''
  const detail = useQuery(clusterDetailQuery(clusterId))
  const cluster = detail.data
  useRefetchOnStateChange(clusterId, cluster?.state)

  if (detail.error instanceof ApiError && detail.error.status === 404)
    return <NotFound clusterId={clusterId} />

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
          {cluster && <ClusterLifecycleButtons cluster={cluster} />}
          {cluster?.provider === 'external' && <ForgetButton cluster={cluster} />}
        </Space>
      </Flex>
      {detail.isError && <ErrorAlert error={detail.error} onRetry={() => detail.refetch()} />}
      {detail.isPending && <Skeleton active paragraph={{ rows: 8 }} />}
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
          <AccessCard cluster={cluster} />
          <NodesCard
            clusterId={cluster.clusterId}
            provider={cluster.provider}
            poll={isTransitional(cluster.state)}
          />
          {cluster.state === 'ACTIVE' && <QuorumCard clusterId={cluster.clusterId} />}
          {cluster.state === 'ACTIVE' && <ClusterConfigsCard clusterId={cluster.clusterId} canChange />}
        </>
      )}
    </Space>
  )
}
