import { Form, Input, Select, Switch } from 'antd'
import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import { EventPolicyInputSchema } from '../../../contract/alarms.ts'
import { EventLevelSchema, EventTypeSchema } from '../../../contract/events.ts'
import { FormModal } from '../../shared/form-modal.tsx'
import { useContractMessage } from '../../shared/use-contract-message.ts'
import { zodRule } from '../../shared/zod-rule.ts'
import { type EventPolicy, type EventPolicyBody, useSaveEventPolicy } from './api.ts'
import { ChannelSelect } from './channel-select.tsx'
import { ALL_CLUSTERS, ClusterSelect } from './cluster-select.tsx'

type EventPolicyForm = Omit<EventPolicyBody, 'clusterId'> & { clusterId: string }

const fields = EventPolicyInputSchema.shape
const newValues: Partial<EventPolicyForm> = {
  clusterId: ALL_CLUSTERS,
  levels: [],
  eventTypes: [],
  channelIds: [],
  enabled: true,
}

/** 事件策略: which events (by cluster, level and type) notify which channels. */
export function EventPolicyModal({
  open,
  policy,
  onClose,
}: {
  open: boolean
  policy?: EventPolicy
  onClose: () => void
}) {
  const { t } = useTranslation()
  const translate = useContractMessage()
  const [form] = Form.useForm<EventPolicyForm>()
  const save = useSaveEventPolicy()

  useEffect(() => {
    if (open)
      form.setFieldsValue(policy ? { ...policy, clusterId: policy.clusterId ?? ALL_CLUSTERS } : newValues)
  }, [open, policy, form])

  return (
    <FormModal<EventPolicyForm>
      open={open}
      title={t(policy ? 'alarms.eventPolicy.editTitle' : 'alarms.eventPolicy.createTitle')}
      form={form}
      name="event-policy"
      initialValues={newValues}
      save={(values) =>
        save.mutateAsync({
          policyId: policy?.policyId,
          body: { ...values, clusterId: values.clusterId === ALL_CLUSTERS ? null : values.clusterId },
        })
      }
      pending={save.isPending}
      onClose={onClose}
      okText={t('alarms.save')}
      failedTitle={t('alarms.saveFailed')}
    >
      <Form.Item
        name="name"
        label={t('alarms.policy.name')}
        required
        rules={[zodRule(fields.name, translate)]}
      >
        <Input autoComplete="off" />
      </Form.Item>
      <Form.Item name="clusterId" label={t('alarms.policy.cluster')}>
        <ClusterSelect allLabel={t('alarms.allClusters')} />
      </Form.Item>
      <Form.Item
        name="levels"
        label={t('alarms.eventPolicy.levels')}
        extra={t('alarms.eventPolicy.levelsHint')}
      >
        <Select
          mode="multiple"
          virtual={false}
          placeholder={t('alarms.eventPolicy.allLevels')}
          options={EventLevelSchema.options.map((level) => ({
            value: level,
            label: t(`events.levels.${level}`),
          }))}
        />
      </Form.Item>
      <Form.Item
        name="eventTypes"
        label={t('alarms.eventPolicy.types')}
        extra={t('alarms.eventPolicy.typesHint')}
      >
        <Select
          mode="multiple"
          optionFilterProp="label"
          placeholder={t('alarms.eventPolicy.allTypes')}
          options={EventTypeSchema.options.map((type) => ({
            value: type,
            label: t(`events.types.${type}`),
          }))}
        />
      </Form.Item>
      <Form.Item
        name="channelIds"
        label={t('alarms.policy.channels')}
        required
        rules={[zodRule(fields.channelIds, translate)]}
      >
        <ChannelSelect />
      </Form.Item>
      <Form.Item name="enabled" label={t('alarms.enabled')} valuePropName="checked">
        <Switch />
      </Form.Item>
    </FormModal>
  )
}
