import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons'
import { useQuery } from '@tanstack/react-query'
import {
  Alert,
  App,
  AutoComplete,
  Button,
  Flex,
  Form,
  type FormInstance,
  Input,
  InputNumber,
  Modal,
  Spin,
  Typography,
} from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ConfigNameSchema } from '../../../contract/broker-configs.ts'
import { TOPIC_CONFIG_RULES, TopicNameSchema } from '../../../contract/topics.ts'
import { ApiError } from '../../shared/api-client.ts'
import { applyFieldErrors } from '../../shared/form-errors.ts'
import { useContractMessage } from '../../shared/use-contract-message.ts'
import { zodRule } from '../../shared/zod-rule.ts'
import { type ConfigRow, configRowsToBody, splitConfigFieldErrors } from './advanced-configs.ts'
import { liveBrokersQuery, similarTopicsQuery, useCreateTopic } from './api.ts'
import { ConfigValueInput, configValueRule, useConfigHint } from './config-value-input.tsx'
import { nameClash } from './name-clash.ts'
import { useDebouncedValue } from './use-debounced-value.ts'

interface FormValues {
  topicName: string
  partitionNum: number
  replicationFactor: number
  configs?: ConfigRow[]
}

/** The reference console's limit on partitions per topic; the server answers its own, configurable one. */
const maxPartitions = 500
const knownKeys = Object.keys(TOPIC_CONFIG_RULES).map((key) => ({ value: key, label: key }))

interface Failure {
  message: string
  requestId: string
  fields: Record<string, string>
}

/** Creates a topic: name, partitions, replicas and any topic configs; the brokers have the last word. */
export function CreateTopicModal({
  clusterId,
  open,
  onClose,
}: {
  clusterId: string
  open: boolean
  onClose: () => void
}) {
  const { t } = useTranslation()
  const translate = useContractMessage()
  const { message } = App.useApp()
  const [form] = Form.useForm<FormValues>()
  const create = useCreateTopic(clusterId)
  const [failure, setFailure] = useState<Failure | null>(null)
  const nodes = useQuery({ ...liveBrokersQuery(clusterId), enabled: open })
  const liveBrokers = nodes.data || undefined

  const close = () => {
    form.resetFields()
    setFailure(null)
    create.reset()
    onClose()
  }

  const submit = async (values: FormValues) => {
    setFailure(null)
    const topicName = values.topicName.trim()
    try {
      await create.mutateAsync({
        topicName,
        partitionNum: values.partitionNum,
        replicationFactor: values.replicationFactor,
        otherConfigs: configRowsToBody(values.configs),
      })
      message.success(t('topics.created', { name: topicName }))
      close()
    } catch (error) {
      if (!(error instanceof ApiError)) throw error
      const { rowErrors, rest } = splitConfigFieldErrors(error.fields, form.getFieldValue('configs'))
      form.setFields(
        rowErrors.map(({ index, message }) => ({
          name: ['configs', index, 'value'],
          errors: [translate(message)],
        })),
      )
      const leftOver = applyFieldErrors(
        form,
        new ApiError({ code: error.code, message: error.message, status: error.status, fields: rest }),
        translate,
      )
      // A field already shows its problem in red; the banner holds only what has no field.
      if (Object.keys(error.fields).length === 0 || Object.keys(leftOver).length > 0)
        setFailure({ message: error.message, requestId: error.requestId, fields: leftOver })
    }
  }

  return (
    <Modal
      open={open}
      title={t('topics.createTitle')}
      onCancel={close}
      onOk={() => form.submit()}
      okText={t('topics.create')}
      cancelText={t('common.cancel')}
      okButtonProps={{ disabled: nodes.isPending }}
      confirmLoading={create.isPending}
      maskClosable={false}
      width={680}
      destroyOnHidden
    >
      {nodes.isPending ? (
        <Flex vertical align="center" gap={8} style={{ padding: 32 }}>
          <Spin />
          <Typography.Text type="secondary">{t('topics.loadingBrokers')}</Typography.Text>
        </Flex>
      ) : (
        <>
          {failure && (
            <Alert
              type="error"
              showIcon
              style={{ marginBottom: 16 }}
              message={t('topics.createFailed')}
              description={
                <>
                  <div>{failure.message}</div>
                  {Object.entries(failure.fields).map(([path, problem]) => (
                    <div key={path}>
                      {path}: {translate(problem)}
                    </div>
                  ))}
                  {failure.requestId && (
                    <Typography.Text type="secondary">
                      {t('common.requestId', { id: failure.requestId })}
                    </Typography.Text>
                  )}
                </>
              }
              data-testid="create-topic-error"
            />
          )}
          <TopicForm
            form={form}
            clusterId={clusterId}
            liveBrokers={liveBrokers}
            onFinish={submit}
            onChange={() => failure && setFailure(null)}
          />
        </>
      )}
    </Modal>
  )
}

function TopicForm({
  form,
  clusterId,
  liveBrokers,
  onFinish,
  onChange,
}: {
  form: FormInstance<FormValues>
  clusterId: string
  liveBrokers: number | undefined
  onFinish: (values: FormValues) => void
  onChange: () => void
}) {
  const { t } = useTranslation()
  const translate = useContractMessage()
  return (
    <Form<FormValues>
      form={form}
      layout="vertical"
      name="create-topic"
      initialValues={{ partitionNum: 3, replicationFactor: Math.min(3, liveBrokers ?? 3) }}
      onFinish={onFinish}
      onValuesChange={onChange}
      requiredMark
    >
      <TopicNameField form={form} clusterId={clusterId} />
      <Flex gap={16}>
        <Form.Item
          name="partitionNum"
          label={t('topics.partitions')}
          extra={t('topics.partitionsHint', { max: maxPartitions })}
          rules={[{ required: true, message: t('topics.partitionsRequired') }]}
          style={{ flex: 1 }}
        >
          <InputNumber min={1} max={maxPartitions} precision={0} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item
          name="replicationFactor"
          label={t('topics.replicationFactor')}
          extra={liveBrokers ? t('topics.replicationHint', { count: liveBrokers }) : undefined}
          rules={[{ required: true, message: t('topics.replicationRequired') }]}
          style={{ flex: 1 }}
        >
          <InputNumber min={1} max={liveBrokers} precision={0} style={{ width: '100%' }} />
        </Form.Item>
      </Flex>
      <Typography.Title level={5}>{t('topics.advancedConfigs')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('topics.advancedHint')}</Typography.Paragraph>
      <Form.List name="configs">
        {(rows, { add, remove }) => (
          <>
            {rows.map((row) => (
              <ConfigRowFields
                key={row.key}
                form={form}
                index={row.name}
                onRemove={() => remove(row.name)}
                translate={translate}
              />
            ))}
            <Button type="dashed" icon={<PlusOutlined aria-hidden />} onClick={() => add({})} block>
              {t('topics.addConfig')}
            </Button>
          </>
        )}
      </Form.List>
    </Form>
  )
}

/** The name field, with a warning when a topic of the same or a colliding name exists. */
function TopicNameField({ form, clusterId }: { form: FormInstance<FormValues>; clusterId: string }) {
  const { t } = useTranslation()
  const translate = useContractMessage()
  const typed = (Form.useWatch('topicName', form) ?? '').trim()
  const settled = useDebouncedValue(typed, 400)
  const checkable = settled !== '' && TopicNameSchema.safeParse(settled).success
  const similar = useQuery({ ...similarTopicsQuery(clusterId, settled), enabled: checkable })
  const clash = checkable && settled === typed && similar.data ? nameClash(settled, similar.data) : null
  return (
    <Form.Item
      name="topicName"
      label={t('topics.topicName')}
      required
      rules={[zodRule(TopicNameSchema, translate)]}
      extra={
        clash && (
          <Typography.Text type="warning" data-testid="topic-name-clash">
            {clash.kind === 'exists'
              ? t('topics.nameExists')
              : t('topics.nameCollides', { name: clash.existing })}
          </Typography.Text>
        )
      }
    >
      <Input placeholder="orders.events" autoComplete="off" maxLength={249} />
    </Form.Item>
  )
}

function ConfigRowFields({
  form,
  index,
  onRemove,
  translate,
}: {
  form: FormInstance<FormValues>
  index: number
  onRemove: () => void
  translate: (message: string) => string
}) {
  const { t } = useTranslation()
  const configName: string | undefined = Form.useWatch(['configs', index, 'name'], form)?.trim()
  const hint = useConfigHint(configName)
  const unique = {
    validator: async (_rule: unknown, name: unknown) => {
      const rows: ConfigRow[] = form.getFieldValue('configs') ?? []
      const first = rows.findIndex((row) => row.name?.trim() === String(name ?? '').trim())
      if (name && first !== index) throw new Error(t('topics.configDuplicate'))
    },
  }
  // Kafka's own rule, which the server checks against the topic as well.
  const withinReplicas = {
    validator: async (_rule: unknown, value: unknown) => {
      const replicas = form.getFieldValue('replicationFactor')
      if (configName === 'min.insync.replicas' && Number(value) > Number(replicas))
        throw new Error(translate('min.insync.replicas cannot exceed the replication factor.'))
    },
  }
  return (
    <Flex gap={8} align="start">
      <Form.Item
        name={[index, 'name']}
        rules={[
          { required: true, message: t('topics.configNameRequired') },
          zodRule(ConfigNameSchema, translate),
          unique,
        ]}
        style={{ flex: '0 0 240px' }}
      >
        <AutoComplete
          aria-label={t('topics.configName')}
          placeholder={t('topics.configNamePlaceholder')}
          options={knownKeys}
          filterOption={(input, option) => String(option?.value ?? '').includes(input.trim().toLowerCase())}
          onSelect={() => form.setFieldValue(['configs', index, 'value'], undefined)}
        />
      </Form.Item>
      <Form.Item
        name={[index, 'value']}
        extra={hint}
        dependencies={[['configs', index, 'name'], 'replicationFactor']}
        rules={[
          { required: true, message: t('topics.configValueRequired') },
          configValueRule(configName, translate),
          withinReplicas,
        ]}
        style={{ flex: 1 }}
      >
        <ConfigValueInput configName={configName} aria-label={t('topics.configValue')} />
      </Form.Item>
      <Button
        type="text"
        icon={<MinusCircleOutlined />}
        aria-label={t('topics.removeConfig')}
        onClick={onRemove}
      />
    </Flex>
  )
}
