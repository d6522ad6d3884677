import { Alert, App, Form, InputNumber, Modal } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ApiError } from '../../shared/api-client.ts'
import { applyFieldErrors } from '../../shared/form-errors.ts'
import { useContractMessage } from '../../shared/use-contract-message.ts'
import { useUpdateTopic } from './api.ts'

/** Kafka can add partitions but never remove them, and adding them moves keys; the modal says so first. */
export function IncreasePartitionsModal({
  clusterId,
  topicName,
  current,
  open,
  onClose,
}: {
  clusterId: string
  topicName: string
  current: number
  open: boolean
  onClose: () => void
}) {
  const { t } = useTranslation()
  const translate = useContractMessage()
  const { message } = App.useApp()
  const [form] = Form.useForm<{ partitionNum: number }>()
  const update = useUpdateTopic(clusterId, topicName)
  const [failure, setFailure] = useState<string | null>(null)

  const close = () => {
    setFailure(null)
    update.reset()
    onClose()
  }

  const save = async ({ partitionNum }: { partitionNum: number }) => {
    setFailure(null)
    try {
      await update.mutateAsync({ partitionNum })
      message.success(t('topics.partitionsIncreased', { name: topicName, count: partitionNum }))
      close()
    } catch (error) {
      if (!(error instanceof ApiError)) throw error
      const leftOver = applyFieldErrors(form, error, translate)
      if (Object.keys(error.fields).length === 0 || Object.keys(leftOver).length > 0)
        setFailure(error.message)
    }
  }

  return (
    <Modal
      open={open}
      title={t('topics.increaseTitle', { name: topicName })}
      onCancel={close}
      onOk={() => form.submit()}
      okText={t('topics.save')}
      cancelText={t('common.cancel')}
      confirmLoading={update.isPending}
      destroyOnHidden
    >
      <Alert type="warning" showIcon message={t('topics.increaseWarning')} style={{ marginBottom: 16 }} />
      {failure && <Alert type="error" showIcon message={failure} style={{ marginBottom: 16 }} />}
      <Form
        form={form}
        layout="vertical"
        preserve={false}
        name="increase-partitions"
        initialValues={{ partitionNum: current + 1 }}
        onFinish={save}
      >
        <Form.Item
          name="partitionNum"
          label={t('topics.partitions')}
          extra={t('topics.currentPartitions', { count: current })}
          rules={[
            { required: true, message: t('topics.partitionsRequired') },
            {
              type: 'number',
              min: current + 1,
              message: t('topics.partitionsMustGrow', { count: current }),
            },
          ]}
        >
          <InputNumber min={current + 1} precision={0} style={{ width: '100%' }} />
        </Form.Item>
      </Form>
    </Modal>
  )
}
