import { Alert, App, Input, Modal, Typography } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useDeleteTopic } from './api.ts'

/** Deleting a topic cannot be undone, so the name is typed out before the button wakes up. */
export function DeleteTopicDialog({
  clusterId,
  topicName,
  onClose,
  onDeleted,
}: {
  clusterId: string
  /** The topic to delete; null keeps the dialog closed. */
  topicName: string | null
  onClose: () => void
  onDeleted?: () => void
}) {
  const { t } = useTranslation()
  const { message } = App.useApp()
  const remove = useDeleteTopic(clusterId)
  const [typed, setTyped] = useState('')

  const close = () => {
    setTyped('')
    remove.reset()
    onClose()
  }

  const confirm = async () => {
    if (topicName === null) return
    try {
      await remove.mutateAsync(topicName)
      message.success(t('topics.deleted', { name: topicName }))
      setTyped('')
      remove.reset()
      onDeleted?.()
      onClose()
    } catch {
      // The error stays in the dialog, above the field.
    }
  }

  return (
    <Modal
      open={topicName !== null}
      title={t('topics.deleteTitle', { name: topicName })}
      onCancel={close}
      onOk={confirm}
      okText={t('topics.delete')}
      cancelText={t('common.cancel')}
      okButtonProps={{ danger: true, disabled: typed !== topicName }}
      confirmLoading={remove.isPending}
      destroyOnHidden
    >
      <Alert type="warning" showIcon message={t('topics.deleteWarning')} style={{ marginBottom: 16 }} />
      {remove.isError && (
        <Alert type="error" showIcon message={remove.error.message} style={{ marginBottom: 16 }} />
      )}
      <Typography.Paragraph>
        {t('topics.deleteTypeName')} <Typography.Text code>{topicName}</Typography.Text>
      </Typography.Paragraph>
      <Input
        aria-label={t('topics.deleteConfirmLabel')}
        value={typed}
        onChange={(e) => setTyped(e.target.value)}
        onPressEnter={() => typed === topicName && confirm()}
        autoComplete="off"
      />
    </Modal>
  )
}
