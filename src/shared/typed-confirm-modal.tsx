import { Alert, Input, Modal, Typography } from 'antd'
import { type ReactNode, useState } from 'react'
import { useTranslation } from 'react-i18next'

/**
 * A change that cannot be undone: the thing's name is typed out before the button wakes up. A refusal stays
 * in the dialog, above the field.
 */
export function TypedConfirmModal({
  name,
  title,
  warning,
  typeLabel,
  okText,
  onConfirm,
  onClose,
}: {
  /** What must be typed; null keeps the dialog closed. */
  name: string | null
  title: ReactNode
  warning: ReactNode
  /** Names the field, for screen readers. */
  typeLabel: string
  okText: string
  /** Resolves once done (the dialog closes); a rejection is shown in the dialog. */
  onConfirm: (name: string) => Promise<unknown>
  onClose: () => void
}) {
  const { t } = useTranslation()
  const [typed, setTyped] = useState('')
  const [pending, setPending] = useState(false)
  const [failure, setFailure] = useState<Error | null>(null)

  const close = () => {
    setTyped('')
    setFailure(null)
    onClose()
  }

  const confirm = async () => {
    if (name === null || typed !== name) return
    setPending(true)
    setFailure(null)
    try {
      await onConfirm(name)
      close()
    } catch (error) {
      setFailure(error instanceof Error ? error : new Error(String(error)))
    } finally {
      setPending(false)
    }
  }

  return (
    <Modal
      open={name !== null}
      title={title}
      onCancel={close}
      onOk={confirm}
      okText={okText}
      cancelText={t('common.cancel')}
      okButtonProps={{ danger: true, disabled: typed !== name }}
      confirmLoading={pending}
      destroyOnHidden
    >
      <Alert type="warning" showIcon message={warning} style={{ marginBottom: 16 }} />
      {failure && <Alert type="error" showIcon message={failure.message} style={{ marginBottom: 16 }} />}
      <Typography.Paragraph>
        {t('common.typeToConfirm')} <Typography.Text code>{name}</Typography.Text>
      </Typography.Paragraph>
      <Input
        aria-label={typeLabel}
        value={typed}
        onChange={(e) => setTyped(e.target.value)}
        onPressEnter={confirm}
        autoComplete="off"
      />
    </Modal>
  )
}
