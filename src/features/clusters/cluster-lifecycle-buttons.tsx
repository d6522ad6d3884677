import { App, Button, Popconfirm } from 'antd'
import { useTranslation } from 'react-i18next'
import type { ClusterDetail } from '../../../contract/clusters.ts'
import { AddNodesButton } from './add-nodes-modal.tsx'
import { useClusterLifecycle } from './api.ts'
import { refusal } from './cluster-state.ts'
import { DeleteClusterButton } from './delete-cluster-dialog.tsx'
import { DisabledWithReason } from './disabled-with-reason.tsx'
import { useJobNotice } from './job-notice.tsx'

type Action = 'stop' | 'start'

function useRun(cluster: ClusterDetail, action: Action) {
  const { t } = useTranslation()
  const { message } = App.useApp()
  const notice = useJobNotice()
  const mutation = useClusterLifecycle(cluster.clusterId, action)
  const run = async () => {
    try {
      const { jobId } = await mutation.mutateAsync()
      notice(
        cluster.clusterId,
        jobId,
        t(action === 'stop' ? 'clusters.stopping' : 'clusters.starting', { jobId }),
      )
    } catch (error) {
      // 409 CLUSTER_NOT_ACTIVE / CLUSTER_NOT_SUSPENDED / CLUSTER_NOT_MANAGED: the server says why.
      message.error(error instanceof Error ? error.message : String(error))
    }
  }
  return { run, pending: mutation.isPending }
}

function StopButton({ cluster }: { cluster: ClusterDetail }) {
  const { t } = useTranslation()
  const { run, pending } = useRun(cluster, 'stop')
  const reason = refusal(cluster, 'stop')
  const label = t('clusters.stop')
  if (reason) return <DisabledWithReason label={label} reason={t(reason)} />
  return (
    <Popconfirm
      title={t('clusters.stopConfirmTitle')}
      description={t('clusters.stopConfirmText', { name: cluster.name })}
      okText={t('clusters.stopConfirm')}
      cancelText={t('common.cancel')}
      okButtonProps={{ danger: true, loading: pending }}
      onConfirm={run}
    >
      <Button loading={pending}>{label}</Button>
    </Popconfirm>
  )
}

function StartButton({ cluster }: { cluster: ClusterDetail }) {
  const { t } = useTranslation()
  const { run, pending } = useRun(cluster, 'start')
  const reason = refusal(cluster, 'start')
  const label = t('clusters.start')
  if (reason) return <DisabledWithReason label={label} reason={t(reason)} />
  return (
    <Button loading={pending} onClick={run}>
      {label}
    </Button>
  )
}

/**
 * 集群启停, 增加节点 and 删除集群, each greyed with its reason outside the state it applies to (§5.3).
 * `onReleasing` and `onForgotten` let the page follow a deleted cluster out.
 */
export function ClusterLifecycleButtons({
  cluster,
  onReleasing,
  onForgotten,
}: {
  cluster: ClusterDetail
  onReleasing?: (jobId: string) => void
  onForgotten?: () => void
}) {
  return (
    <>
      <StopButton cluster={cluster} />
      <StartButton cluster={cluster} />
      <AddNodesButton cluster={cluster} />
      <DeleteClusterButton cluster={cluster} onReleasing={onReleasing} onForgotten={onForgotten} />
    </>
  )
}
