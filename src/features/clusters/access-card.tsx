import { CopyOutlined } from '@ant-design/icons'
import { useQuery } from '@tanstack/react-query'
import { App, Button, Card, Descriptions, Table, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import type { ClusterDetail, SecurityProtocol } from '../../../contract/clusters.ts'
import { copyText } from '../../shared/copy-text.ts'
import { ErrorAlert } from '../../shared/error-alert.tsx'
import { accessEndpointsQuery } from './api.ts'

interface Endpoint {
  securityProtocol: SecurityProtocol
  endpoints: string
}

function CopyButton({ endpoint }: { endpoint: Endpoint }) {
  const { t } = useTranslation()
  const { message } = App.useApp()
  const copy = async () => {
    try {
      await copyText(endpoint.endpoints)
      message.success(t('common.copied'))
    } catch {
      message.error(t('common.copyFailed'))
    }
  }
  return (
    <Button
      icon={<CopyOutlined />}
      onClick={copy}
      aria-label={t('detail.copyEndpoint', { protocol: endpoint.securityProtocol })}
    >
      {t('common.copy')}
    </Button>
  )
}

/** 访问配置: how Ferry connects, and the 接入点 clients use, one row per security protocol. */
export function AccessCard({ cluster }: { cluster: ClusterDetail }) {
  const { t } = useTranslation()
  const endpoints = useQuery(accessEndpointsQuery(cluster.clusterId))
  const { connection } = cluster
  const none = <Typography.Text type="secondary">—</Typography.Text>
  return (
    <Card
      title={t('detail.access')}
      extra={
        <Link to={`/clusters/${encodeURIComponent(cluster.clusterId)}/connect`}>
          {t('connect.openGuide')}
        </Link>
      }
    >
      <Descriptions
        column={{ xs: 1, md: 2, xl: 3 }}
        items={[
          {
            key: 'bootstrap',
            label: t('addCluster.bootstrapServers'),
            children: <Typography.Text code>{connection.bootstrapServers}</Typography.Text>,
          },
          { key: 'protocol', label: t('addCluster.securityProtocol'), children: connection.securityProtocol },
          {
            key: 'mechanism',
            label: t('addCluster.saslMechanism'),
            children: connection.saslMechanism ?? none,
          },
          { key: 'username', label: t('addCluster.username'), children: connection.username ?? none },
          {
            key: 'ca',
            label: t('addCluster.caCertificate'),
            children: connection.hasCaCertificate ? t('detail.caProvided') : t('detail.caSystem'),
          },
        ]}
      />
      <Typography.Title level={5}>{t('detail.endpoints')}</Typography.Title>
      {endpoints.isError ? (
        <ErrorAlert error={endpoints.error} onRetry={() => endpoints.refetch()} />
      ) : (
        <Table<Endpoint>
          rowKey="securityProtocol"
          size="small"
          pagination={false}
          loading={endpoints.isPending}
          dataSource={endpoints.data}
          locale={{ emptyText: t('detail.noEndpoints') }}
          columns={[
            { title: t('addCluster.securityProtocol'), dataIndex: 'securityProtocol', width: 180 },
            {
              title: t('detail.endpointAddress'),
              dataIndex: 'endpoints',
              render: (value: string, endpoint) => (
                <Typography.Text code data-testid={`endpoint-${endpoint.securityProtocol}`}>
                  {value}
                </Typography.Text>
              ),
            },
            {
              title: t('common.actions'),
              key: 'copy',
              width: 120,
              render: (_, endpoint) => <CopyButton endpoint={endpoint} />,
            },
          ]}
        />
      )}
    </Card>
  )
}
