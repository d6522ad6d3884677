import { Card, Descriptions, Space, Tag, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import type { ClusterDetail } from '../../../contract/clusters.ts'
import type { ProvisionedView } from '../../../contract/provisioned.ts'
import { formatBytes } from '../../shared/format-bytes.ts'
import { formatRetention } from '../../shared/format-retention.ts'
import { zoneCount } from './add-nodes.ts'

/** 集群规格: how Ferry provisioned a cluster it runs: nodes, disk, watermark policy, broker settings. */
export function ProvisionedCard({
  cluster,
  provisioned,
}: {
  cluster: Pick<ClusterDetail, 'logicalZones'>
  provisioned: ProvisionedView
}) {
  const { t } = useTranslation()
  const none = <Typography.Text type="secondary">—</Typography.Text>
  const autoDelete = provisioned.storagePolicyEnabled ? provisioned.storagePolicy?.autoDelete : undefined
  const overrides = Object.entries(provisioned.configMeta.context)
  return (
    <Card title={t('clusterOps.provisioned')} data-testid="provisioned">
      <Descriptions
        column={{ xs: 1, md: 2, xl: 3 }}
        items={[
          {
            key: 'nodeType',
            label: t('clusterOps.nodeType'),
            children: <Typography.Text code>{provisioned.nodeType}</Typography.Text>,
          },
          {
            key: 'zones',
            label: t('clusterOps.zones'),
            children: cluster.logicalZones.length ? cluster.logicalZones.join(', ') : none,
          },
          {
            key: 'perZone',
            label: t('clusterOps.nodesPerZone'),
            children: t('clusterOps.addNodesShape', {
              perZone: provisioned.numberOfBrokerNodesPerZone,
              zones: zoneCount(cluster.logicalZones),
            }),
          },
          {
            key: 'storage',
            label: t('clusterOps.storagePerNode'),
            children: t('clusterOps.gb', { size: provisioned.storageMeta.storageSize }),
          },
          {
            key: 'policy',
            label: t('clusterOps.storagePolicy'),
            span: 2,
            children: autoDelete ? (
              <Space direction="vertical" size={0}>
                <span>{t('clusterOps.autoDeleteOn')}</span>
                <Typography.Text type="secondary">
                  {t('clusterOps.autoDeleteValues', {
                    percent: autoDelete.diskUsedThresholdPercent,
                    time: formatRetention(autoDelete.logMinRetentionMs, ''),
                    size: formatBytes(autoDelete.logMinRetentionBytes),
                  })}
                </Typography.Text>
              </Space>
            ) : (
              t('common.disabled')
            ),
          },
          {
            key: 'overrides',
            label: t('clusterOps.configOverrides'),
            span: 3,
            children: overrides.length ? (
              <Space size={[4, 4]} wrap>
                {overrides.map(([name, value]) => (
                  <Tag key={name}>
                    <Typography.Text code>{`${name}=${value}`}</Typography.Text>
                  </Tag>
                ))}
              </Space>
            ) : (
              <Typography.Text type="secondary">{t('clusterOps.noOverrides')}</Typography.Text>
            ),
          },
        ]}
      />
    </Card>
  )
}
