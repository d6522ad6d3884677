import { App, Button, Popconfirm, Tooltip } from 'antd'
import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import type { ClusterDetail } from '../../../contract/clusters.ts'
import { visuallyHidden } from '../../shared/visually-hidden.ts'
import { useClusterLifecycle } from './api.ts'

type Action = 'stop' | 'start'

/** Why the action is not offered, or null when it is (§5.3: stop needs ACTIVE, start SUSPENDED). */
function refusal(cluster: ClusterDetail, action: Action) {
  if (cluster.provider !== 'local') return action === 'stop' ? 'stopNotManaged' : 'startNotManaged'
  if (action === 'stop') return cluster.state === 'ACTIVE' ? null : 'stopOnlyActive'
  return cluster.state === 'SUSPENDED' ? null : 'startOnlySuspended'
}

/**
 * A disabled button with its reason: in a tooltip on hover, and as the button's description
 * for screen readers (a disabled button takes no focus, so the tooltip alone would be unseen).
 */
function Disabled({ label, reason }: { label: string; reason: string }) {
  const id = useId()
  return (
    // The span takes the hover a disabled button ignores, and leaves the button's own description alone.
    <Tooltip title={reason}>
      <span>
        <Button disabled aria-describedby={id}>
          {label}
        </Button>
        <span id={id} style={visuallyHidden}>
          {reason}
        </span>
      </span>
    </Tooltip>
  )
}

function useRun(cluster: ClusterDetail, action: Action) {
  const { t } = useTranslation()
  const { message } = App.useApp()
  const mutation = useClusterLifecycle(cluster.clusterId, action)
  const run = async () => {
    try {
      const { jobId } = await mutation.mutateAsync()
      const to = `/clusters/${encodeURIComponent(cluster.clusterId)}/jobs/${encodeURIComponent(jobId)}`
      message.info(
        <Link to={to}>{t(action === 'stop' ? 'clusters.stopping' : 'clusters.starting', { jobId })}</Link>,
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
  if (reason) return <Disabled label={label} reason={t(`clusters.${reason}`)} />
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
  if (reason) return <Disabled label={label} reason={t(`clusters.${reason}`)} />
  return (
    <Button loading={pending} onClick={run}>
      {label}
    </Button>
  )
}

/** 集群启停: Stop and Start, each offered only in the state it applies to. */
export function ClusterLifecycleButtons({ cluster }: { cluster: ClusterDetail }) {
  return (
    <>
      <StopButton cluster={cluster} />
      <StartButton cluster={cluster} />
    </>
  )
}
