import { App, Button, Popconfirm } from 'antd'
import { useTranslation } from 'react-i18next'
import type { Cluster } from '../../../contract/clusters.ts'
import { useRestartNode } from './api.ts'
import { refusal } from './cluster-state.ts'
import { DisabledWithReason } from './disabled-with-reason.tsx'
import { useJobNotice } from './job-notice.tsx'

/** 重启节点: one broker of an active cluster Ferry runs, after saying what clients and other changes go through. */
export function RestartNodeButton({
  cluster,
  brokerId,
}: {
  cluster: Pick<Cluster, 'clusterId' | 'state' | 'provider'>
  brokerId: number
}) {
  const { t } = useTranslation()
  const { message } = App.useApp()
  const notice = useJobNotice()
  const restart = useRestartNode(cluster.clusterId)
  const label = t('clusterOps.restart')
  const name = t('clusterOps.restartNode', { id: brokerId })
  const reason = refusal(cluster, 'restartNode')
  if (reason) return <DisabledWithReason label={label} reason={t(reason)} size="small" aria-label={name} />

  const run = async () => {
    try {
      const { jobId } = await restart.mutateAsync(brokerId)
      notice(cluster.clusterId, jobId, t('clusterOps.restarting', { id: brokerId, jobId }))
    } catch (error) {
      // 409 CLUSTER_NOT_ACTIVE / CLUSTER_NOT_MANAGED: the server says why.
      message.error(error instanceof Error ? error.message : String(error))
    }
  }

  return (
    <Popconfirm
      title={t('clusterOps.restartTitle', { id: brokerId })}
      description={<div style={{ maxWidth: 360 }}>{t('clusterOps.restartText')}</div>}
      okText={t('clusterOps.restartConfirm')}
      cancelText={t('common.cancel')}
      okButtonProps={{ loading: restart.isPending }}
      onConfirm={run}
    >
      <Button size="small" loading={restart.isPending} aria-label={name}>
        {label}
      </Button>
    </Popconfirm>
  )
}
