import { Alert, App, Button, Input, Modal, Typography } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Cluster } from '../../../contract/clusters.ts'
import { useDeleteCluster } from './api.ts'
import { refusal } from './cluster-state.ts'
import { DisabledWithReason } from './disabled-with-reason.tsx'
import { useJobNotice } from './job-notice.tsx'

/**
 * 删除集群. A cluster Ferry runs is released by a job (brokers stopped, data removed, for good); an external one
 * is only forgotten. Either way the name is typed out before the button wakes up.
 */
export function DeleteClusterButton({
  cluster,
  size,
  onReleasing,
  onForgotten,
}: {
  cluster: Pick<Cluster, 'clusterId' | 'name' | 'state' | 'provider'>
  size?: 'small'
  /** The release job of a local cluster has started; the cluster goes once it ends. */
  onReleasing?: (jobId: string) => void
  /** An external cluster is forgotten, already gone. */
  onForgotten?: () => void
}) {
  const { t } = useTranslation()
  const { message } = App.useApp()
  const notice = useJobNotice()
  const remove = useDeleteCluster()
  const [open, setOpen] = useState(false)
  const [typed, setTyped] = useState('')
  const local = cluster.provider === 'local'

  const reason = refusal(cluster, 'delete')
  const label = t('clusterOps.delete')
  if (reason) return <DisabledWithReason label={label} reason={t(reason)} size={size} danger />

  const close = () => {
    setOpen(false)
    setTyped('')
    remove.reset()
  }

  const confirm = async () => {
    if (typed !== cluster.name) return
    try {
      const result = await remove.mutateAsync(cluster.clusterId)
      close()
      if (result === null) {
        message.success(t('clusterOps.forgotten', { name: cluster.name }))
        onForgotten?.()
      } else {
        notice(
          cluster.clusterId,
          result.jobId,
          t('clusterOps.deleting', { name: cluster.name, jobId: result.jobId }),
        )
        onReleasing?.(result.jobId)
      }
    } catch {
      // 409 CLUSTER_CAN_NOT_DELETED and the like stay in the dialog, above the field.
    }
  }

  return (
    <>
      <Button size={size} danger onClick={() => setOpen(true)}>
        {label}
      </Button>
      <Modal
        open={open}
        title={t('clusterOps.deleteTitle', { name: cluster.name })}
        onCancel={close}
        onOk={confirm}
        okText={t('clusterOps.deleteConfirm')}
        cancelText={t('common.cancel')}
        okButtonProps={{ danger: true, disabled: typed !== cluster.name }}
        confirmLoading={remove.isPending}
        destroyOnHidden
      >
        <Alert
          type={local ? 'error' : 'info'}
          showIcon
          message={t(local ? 'clusterOps.deleteLocalWarning' : 'clusterOps.deleteExternalWarning', {
            name: cluster.name,
          })}
          style={{ marginBottom: 16 }}
        />
        {remove.isError && (
          <Alert type="error" showIcon message={remove.error.message} style={{ marginBottom: 16 }} />
        )}
        <Typography.Paragraph>
          {t('clusterOps.deleteTypeName')} <Typography.Text code>{cluster.name}</Typography.Text>
        </Typography.Paragraph>
        <Input
          aria-label={t('clusterOps.deleteConfirmLabel')}
          value={typed}
          onChange={(e) => setTyped(e.target.value)}
          onPressEnter={confirm}
          autoComplete="off"
        />
      </Modal>
    </>
  )
}
