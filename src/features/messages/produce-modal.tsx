import { DeleteOutlined, PlusOutlined } from '@ant-design/icons'
import { Alert, Button, Flex, Form, Input, InputNumber, Modal, Radio, Space } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ApiError } from '../../shared/api-client.ts'
import { applyFieldErrors } from '../../shared/form-errors.ts'
import { formatTime } from '../../shared/format-time.ts'
import { useContractMessage } from '../../shared/use-contract-message.ts'
import { type ProduceBody, useProduceMessage } from './api.ts'

interface ProduceValues {
  key?: string
  value?: string
  headers?: Array<{ key: string; value?: string }>
  partitionMode: 'auto' | 'choose'
  partition?: number
}

export interface ProduceResult {
  partition: number
  offset: number
  timestamp: string
}

/** Sends one message and stays open on the answer, so the user can send another or go and find it. */
export function ProduceModal({
  clusterId,
  topicName,
  partitionCount,
  open,
  onClose,
  onFind,
}: {
  clusterId: string
  topicName: string
  partitionCount: number | undefined
  open: boolean
  onClose: () => void
  onFind: (result: ProduceResult) => void
}) {
  const { t, i18n } = useTranslation()
  const translate = useContractMessage()
  const [form] = Form.useForm<ProduceValues>()
  const produce = useProduceMessage(clusterId, topicName)
  const [result, setResult] = useState<ProduceResult | null>(null)
  const [failure, setFailure] = useState<string | null>(null)
  const partitionMode = Form.useWatch('partitionMode', form)

  const send = async () => {
    setFailure(null)
    setResult(null)
    const values = await form.validateFields()
    const body: ProduceBody = {
      key: values.key ? values.key : null,
      value: values.value ?? '',
      headers: (values.headers ?? []).map((h) => ({ key: h.key, value: h.value ?? '' })),
      ...(values.partitionMode === 'choose' && values.partition !== undefined
        ? { partition: values.partition }
        : {}),
    }
    try {
      setResult(await produce.mutateAsync(body))
    } catch (error) {
      if (error instanceof ApiError) {
        const leftOver = applyFieldErrors(form, error, translate)
        if (Object.keys(error.fields).length === 0 || Object.keys(leftOver).length > 0)
          setFailure(error.message)
      } else setFailure((error as Error).message)
    }
  }

  const close = () => {
    setResult(null)
    setFailure(null)
    produce.reset()
    onClose()
  }

  return (
    <Modal
      open={open}
      title={t('messages.produce.title', { topic: topicName })}
      onCancel={close}
      width={640}
      destroyOnHidden
      footer={[
        <Button key="close" onClick={close}>
          {t('messages.produce.close')}
        </Button>,
        <Button key="send" type="primary" loading={produce.isPending} onClick={send}>
          {t('messages.produce.send')}
        </Button>,
      ]}
    >
      <Form<ProduceValues>
        form={form}
        // Named so its fields' ids (produce_key …) differ from the query form's on the same page.
        name="produce"
        layout="vertical"
        initialValues={{ partitionMode: 'auto', headers: [] }}
        preserve={false}
      >
        <Form.Item name="key" label={t('messages.produce.key')} extra={t('messages.produce.keyHint')}>
          <Input />
        </Form.Item>
        <Form.Item name="value" label={t('messages.produce.value')}>
          <Input.TextArea autoSize={{ minRows: 4, maxRows: 14 }} style={{ fontFamily: 'monospace' }} />
        </Form.Item>
        <Form.Item label={t('messages.produce.headers')}>
          <Form.List name="headers">
            {(fields, { add, remove }) => (
              <Flex vertical gap={8}>
                {fields.map((field) => (
                  <Space key={field.key} align="start" wrap>
                    <Form.Item
                      name={[field.name, 'key']}
                      noStyle
                      rules={[{ required: true, message: t('messages.produce.headerKeyRequired') }]}
                    >
                      <Input
                        aria-label={t('messages.produce.headerKey')}
                        placeholder={t('messages.produce.headerKey')}
                      />
                    </Form.Item>
                    <Form.Item name={[field.name, 'value']} noStyle>
                      <Input
                        aria-label={t('messages.produce.headerValue')}
                        placeholder={t('messages.produce.headerValue')}
                        style={{ width: 260 }}
                      />
                    </Form.Item>
                    <Button
                      icon={<DeleteOutlined aria-hidden />}
                      aria-label={t('messages.produce.removeHeader')}
                      onClick={() => remove(field.name)}
                    />
                  </Space>
                ))}
                <div>
                  <Button icon={<PlusOutlined aria-hidden />} onClick={() => add({ key: '', value: '' })}>
                    {t('messages.produce.addHeader')}
                  </Button>
                </div>
              </Flex>
            )}
          </Form.List>
        </Form.Item>
        <Form.Item name="partitionMode" label={t('messages.produce.partition')}>
          <Radio.Group
            options={[
              { value: 'auto', label: t('messages.produce.automatic') },
              { value: 'choose', label: t('messages.produce.choose') },
            ]}
          />
        </Form.Item>
        {partitionMode === 'choose' && (
          <Form.Item
            name="partition"
            label={t('messages.produce.partitionNumber')}
            rules={[{ required: true }]}
            extra={partitionCount !== undefined ? `0 ~ ${partitionCount - 1}` : undefined}
          >
            <InputNumber
              min={0}
              max={partitionCount !== undefined ? partitionCount - 1 : undefined}
              precision={0}
              style={{ width: 160 }}
            />
          </Form.Item>
        )}
      </Form>
      {failure && (
        <Alert type="error" showIcon message={t('messages.produce.failed')} description={failure} />
      )}
      {result && (
        <Alert
          data-testid="produce-result"
          type="success"
          showIcon
          message={t('messages.produce.result', { partition: result.partition, offset: result.offset })}
          description={t('messages.produce.resultTime', {
            time: formatTime(result.timestamp, i18n.language),
          })}
          action={
            <Button size="small" onClick={() => onFind(result)}>
              {t('messages.produce.findIt')}
            </Button>
          }
        />
      )}
    </Modal>
  )
}
