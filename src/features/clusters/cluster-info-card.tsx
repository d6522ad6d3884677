import { Card, Descriptions, Space, Tag, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import type { ClusterDetail } from '../../../contract/clusters.ts'
import { formatTime } from '../../shared/format-time.ts'
import { ClusterStateTag } from './cluster-state-tag.tsx'

/** 集群概要: what the cluster is, as Ferry knows it. */
export function ClusterInfoCard({ cluster }: { cluster: ClusterDetail }) {
  const { t, i18n } = useTranslation()
  const none = <Typography.Text type="secondary">—</Typography.Text>
  return (
    <Card title={t('detail.basicInfo')}>
      <Descriptions
        column={{ xs: 1, md: 2, xl: 3 }}
        items={[
          { key: 'name', label: t('clusters.name'), children: cluster.name },
          {
            key: 'id',
            label: t('clusters.id'),
            children: (
              <Typography.Text copyable={{ text: cluster.clusterId }}>{cluster.clusterId}</Typography.Text>
            ),
          },
          { key: 'state', label: t('clusters.state'), children: <ClusterStateTag state={cluster.state} /> },
          { key: 'provider', label: t('clusters.provider'), children: t(`provider.${cluster.provider}`) },
          { key: 'version', label: t('clusters.kafkaVersion'), children: cluster.kafkaVersion ?? none },
          { key: 'nodes', label: t('clusters.nodes'), children: cluster.numberOfBrokerNodes },
          {
            key: 'auth',
            label: t('detail.authenticationModes'),
            children: (
              <Space size={4} wrap>
                {cluster.authenticationModes.map((mode) => (
                  <Tag key={mode}>{t(`authenticationMode.${mode}`)}</Tag>
                ))}
              </Space>
            ),
          },
          {
            key: 'acl',
            label: t('detail.acl'),
            children: cluster.aclEnabled ? t('common.enabled') : t('common.disabled'),
          },
          {
            key: 'created',
            label: t('clusters.createTime'),
            children: formatTime(cluster.createTime, i18n.language),
          },
          {
            key: 'kafkaClusterId',
            label: t('detail.kafkaClusterId'),
            children: cluster.kafkaClusterId ? (
              <Typography.Text code copyable>
                {cluster.kafkaClusterId}
              </Typography.Text>
            ) : (
              none
            ),
          },
        ]}
      />
    </Card>
  )
}
