import { Alert, Form, type FormInstance, Modal } from 'antd'
import { type ReactNode, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ApiError } from './api-client.ts'
import { applyFieldErrors } from './form-errors.ts'
import { useContractMessage } from './use-contract-message.ts'

/**
 * A modal around one form that saves to the server: it closes once saved; a refusal shows on the fields it
 * names, and what no field can show (or a refusal without fields) shows as a banner above the form.
 */
export function FormModal<Values extends object>({
  open,
  title,
  form,
  name,
  initialValues,
  save,
  pending,
  onClose,
  okText,
  failedTitle,
  width = 640,
  onValuesChange,
  children,
}: {
  open: boolean
  title: ReactNode
  form: FormInstance<Values>
  /** The form's name: antd prefixes its field ids with it. */
  name: string
  initialValues?: Partial<Values>
  save: (values: Values) => Promise<unknown>
  pending: boolean
  onClose: () => void
  okText: string
  failedTitle: string
  width?: number
  onValuesChange?: (changed: Partial<Values>) => void
  children: ReactNode
}) {
  const { t } = useTranslation()
  const translate = useContractMessage()
  const [failure, setFailure] = useState<ApiError | null>(null)

  const close = () => {
    form.resetFields()
    setFailure(null)
    onClose()
  }

  const submit = async (values: Values) => {
    setFailure(null)
    try {
      await save(values)
      close()
    } catch (error) {
      if (!(error instanceof ApiError)) throw error
      const leftOver = applyFieldErrors(form, error, translate)
      // A named field already shows the problem in red; only what has no field goes in the banner.
      if (Object.keys(error.fields).length === 0 || Object.keys(leftOver).length > 0) setFailure(error)
    }
  }

  return (
    <Modal
      open={open}
      title={title}
      onCancel={close}
      onOk={() => form.submit()}
      okText={okText}
      cancelText={t('common.cancel')}
      confirmLoading={pending}
      maskClosable={false}
      width={width}
      // The form instance is bound before the modal first opens, so callers can fill it in an effect.
      forceRender
    >
      {failure && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 16 }}
          message={failedTitle}
          description={
            <>
              <div>{failure.message}</div>
              {failure.requestId && <div>{t('common.requestId', { id: failure.requestId })}</div>}
            </>
          }
          data-testid="form-modal-error"
        />
      )}
      <Form<Values>
        form={form}
        layout="vertical"
        name={name}
        initialValues={initialValues}
        onFinish={submit}
        onValuesChange={(changed: Partial<Values>) => {
          if (failure) setFailure(null)
          onValuesChange?.(changed)
        }}
      >
        {children}
      </Form>
    </Modal>
  )
}
