import { Alert, Button, Form, InputNumber, Modal, Radio, Select, Table } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ApiError } from '../../shared/api-client.ts'
import { useContractMessage } from '../../shared/use-contract-message.ts'
import { type DeleteRecordsBody, useDeleteRecords } from './api.ts'

interface FormValues {
  scope: 'all' | 'some'
  partitions?: number[]
  until: 'all' | 'offset'
  offset?: number
}

type Result = Array<{ partitionId: number; lowWatermark: number }>

/** The body for the form: -1 is Kafka's "up to the latest offset", i.e. every record. */
function deleteRecordsBody(values: FormValues, partitionNum: number): DeleteRecordsBody {
  const ids =
    values.scope === 'all' ? Array.from({ length: partitionNum }, (_, i) => i) : (values.partitions ?? [])
  const offset = values.until === 'all' ? -1 : (values.offset ?? 0)
  return { partitions: ids.map((partitionId) => ({ partitionId, offset })) }
}

/** Deletes the records before an offset, so the partitions start later; shows where each now starts. */
export function DeleteRecordsModal({
  clusterId,
  topicName,
  partitionNum,
  open,
  onClose,
}: {
  clusterId: string
  topicName: string
  partitionNum: number
  open: boolean
  onClose: () => void
}) {
  const { t } = useTranslation()
  const translate = useContractMessage()
  const [form] = Form.useForm<FormValues>()
  const remove = useDeleteRecords(clusterId, topicName)
  const [result, setResult] = useState<Result | null>(null)
  const [failure, setFailure] = useState<string | null>(null)
  const scope = Form.useWatch('scope', form)
  const until = Form.useWatch('until', form)

  const close = () => {
    setResult(null)
    setFailure(null)
    remove.reset()
    onClose()
  }

  const submit = async (values: FormValues) => {
    setFailure(null)
    try {
      const answer = await remove.mutateAsync(deleteRecordsBody(values, partitionNum))
      setResult(answer.partitions)
    } catch (error) {
      if (!(error instanceof ApiError)) throw error
      const details = Object.values(error.fields).map(translate)
      setFailure([error.message, ...details].join(' '))
    }
  }

  return (
    <Modal
      open={open}
      title={t('topics.deleteRecordsTitle', { name: topicName })}
      onCancel={close}
      width={600}
      destroyOnHidden
      footer={[
        <Button key="cancel" onClick={close}>
          {result ? t('topics.close') : t('common.cancel')}
        </Button>,
        <Button
          key="delete"
          type="primary"
          danger
          disabled={result !== null}
          loading={remove.isPending}
          onClick={() => form.submit()}
        >
          {t('topics.delete')}
        </Button>,
      ]}
    >
      <Alert
        type="warning"
        showIcon
        message={t('topics.deleteRecordsWarning')}
        style={{ marginBottom: 16 }}
      />
      {failure && <Alert type="error" showIcon message={failure} style={{ marginBottom: 16 }} />}
      <Form<FormValues>
        form={form}
        layout="vertical"
        name="delete-records"
        initialValues={{ scope: 'all', until: 'offset' }}
        onFinish={submit}
        onValuesChange={() => setResult(null)}
        disabled={result !== null}
      >
        <Form.Item name="scope" label={t('topics.recordsPartitions')}>
          <Radio.Group
            options={[
              { value: 'all', label: t('topics.allPartitions') },
              { value: 'some', label: t('topics.somePartitions') },
            ]}
          />
        </Form.Item>
        {scope === 'some' && (
          <Form.Item
            name="partitions"
            label={t('topics.choosePartitions')}
            rules={[{ required: true, message: t('topics.choosePartitionsRequired') }]}
          >
            <Select<number[]>
              mode="multiple"
              virtual={false}
              options={Array.from({ length: partitionNum }, (_, id) => ({ value: id, label: String(id) }))}
            />
          </Form.Item>
        )}
        <Form.Item name="until" label={t('topics.recordsToDelete')}>
          <Radio.Group
            options={[
              { value: 'offset', label: t('topics.beforeOffset') },
              { value: 'all', label: t('topics.allRecords') },
            ]}
          />
        </Form.Item>
        {until !== 'all' && (
          <Form.Item
            name="offset"
            label={t('topics.offset')}
            extra={t('topics.offsetHint')}
            rules={[{ required: true, message: t('topics.offsetRequired') }]}
          >
            <InputNumber min={0} precision={0} style={{ width: '100%' }} />
          </Form.Item>
        )}
      </Form>
      {result && (
        <>
          <Alert type="success" showIcon message={t('topics.recordsDeleted')} style={{ marginBottom: 16 }} />
          <Table
            size="small"
            rowKey="partitionId"
            pagination={false}
            aria-label={t('topics.recordsResult')}
            dataSource={result}
            columns={[
              { title: t('topics.partition'), dataIndex: 'partitionId' },
              { title: t('topics.lowWatermark'), dataIndex: 'lowWatermark' },
            ]}
          />
        </>
      )}
    </Modal>
  )
}
