import { Alert, Button, Form, Input, Modal, Select, Table } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import {
  type ResetOffsetsResult,
  type ResetStrategy,
  ResetStrategySchema,
  ResetValueSchemas,
} from '../../../contract/consumer-groups.ts'
import { ApiError } from '../../shared/api-client.ts'
import { applyFieldErrors } from '../../shared/form-errors.ts'
import { useContractMessage } from '../../shared/use-contract-message.ts'
import { zodRule } from '../../shared/zod-rule.ts'
import { type ResetOffsetsBody, useResetOffsets } from './api.ts'

interface FormValues {
  topicName: string
  partitions: number[]
  resetStrategy: ResetStrategy
  resetValue?: string
}

/** Pick topic, partitions and strategy; preview old → new offsets; then apply the same plan. */
export function ResetOffsetsModal({
  clusterId,
  groupName,
  partitionsByTopic,
  open,
  onClose,
}: {
  clusterId: string
  groupName: string
  partitionsByTopic: Map<string, number[]>
  open: boolean
  onClose: () => void
}) {
  const { t } = useTranslation()
  const translate = useContractMessage()
  const [form] = Form.useForm<FormValues>()
  const reset = useResetOffsets(clusterId, groupName)
  const [preview, setPreview] = useState<ResetOffsetsResult | null>(null)
  const [failure, setFailure] = useState<string | null>(null)
  const [applied, setApplied] = useState(false)
  const topic = Form.useWatch('topicName', form)
  const strategy = Form.useWatch('resetStrategy', form)
  const needsValue = strategy === 'tooffset' || strategy === 'shiftby' || strategy === 'todatetime'

  const submit = async (dryRun: boolean) => {
    setFailure(null)
    const values = await form.validateFields()
    const body: ResetOffsetsBody = { ...values, dryRun }
    try {
      const result = await reset.mutateAsync(body)
      setPreview(result)
      setApplied(!dryRun)
    } catch (error) {
      if (error instanceof ApiError) {
        const leftOver = applyFieldErrors(form, error, translate)
        if (Object.keys(error.fields).length === 0 || Object.keys(leftOver).length > 0)
          setFailure(error.message)
      } else setFailure((error as Error).message)
    }
  }

  const close = () => {
    form.resetFields()
    setPreview(null)
    setFailure(null)
    setApplied(false)
    onClose()
  }

  return (
    <Modal
      open={open}
      title={t('consumerGroups.resetTitle', { name: groupName })}
      onCancel={close}
      width={640}
      // A preview is work in progress: a stray click beside the modal must not throw it away.
      maskClosable={false}
      destroyOnHidden
      footer={[
        <Button key="cancel" onClick={close}>
          {applied ? t('consumerGroups.close') : t('common.cancel')}
        </Button>,
        <Button key="preview" onClick={() => submit(true)} loading={reset.isPending}>
          {t('consumerGroups.preview')}
        </Button>,
        <Button
          key="apply"
          type="primary"
          danger
          disabled={!preview || applied}
          onClick={() => submit(false)}
          loading={reset.isPending}
        >
          {t('consumerGroups.apply')}
        </Button>,
      ]}
    >
      <Form<FormValues>
        form={form}
        layout="vertical"
        initialValues={{ resetStrategy: 'toearliest' }}
        onValuesChange={() => {
          setPreview(null)
          setApplied(false)
        }}
      >
        <Form.Item name="topicName" label={t('consumerGroups.topic')} rules={[{ required: true }]}>
          <Select
            virtual={false}
            options={[...partitionsByTopic.keys()].map((name) => ({ value: name, label: name }))}
            onChange={(name: string) => form.setFieldValue('partitions', partitionsByTopic.get(name) ?? [])}
          />
        </Form.Item>
        <Form.Item name="partitions" label={t('consumerGroups.partitions')} rules={[{ required: true }]}>
          <Select
            mode="multiple"
            virtual={false}
            options={(partitionsByTopic.get(topic) ?? []).map((p) => ({ value: p, label: String(p) }))}
          />
        </Form.Item>
        <Form.Item name="resetStrategy" label={t('consumerGroups.strategy')} rules={[{ required: true }]}>
          <Select
            virtual={false}
            options={ResetStrategySchema.options.map((value) => ({
              value,
              label: t(`consumerGroups.strategies.${value}`),
            }))}
          />
        </Form.Item>
        {needsValue && (
          <Form.Item
            name="resetValue"
            label={t(`consumerGroups.valueLabels.${strategy}`)}
            extra={t(`consumerGroups.valueHints.${strategy}`)}
            rules={[
              { required: true, message: t('consumerGroups.valueRequired') },
              zodRule(ResetValueSchemas[strategy], translate),
            ]}
          >
            <Input />
          </Form.Item>
        )}
      </Form>
      {failure && <Alert type="error" showIcon message={failure} style={{ marginBottom: 16 }} />}
      {applied && (
        <Alert type="success" showIcon message={t('consumerGroups.applied')} style={{ marginBottom: 16 }} />
      )}
      {preview && (
        <Table
          size="small"
          rowKey="partitionId"
          pagination={false}
          aria-label={t('consumerGroups.previewTable')}
          dataSource={preview.partitions}
          columns={[
            { title: t('consumerGroups.partition'), dataIndex: 'partitionId' },
            {
              title: t('consumerGroups.oldOffset'),
              dataIndex: 'oldOffset',
              render: (offset: number | null) => offset ?? '—',
            },
            { title: t('consumerGroups.newOffset'), dataIndex: 'newOffset' },
          ]}
        />
      )}
    </Modal>
  )
}
