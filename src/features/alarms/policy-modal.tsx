import { useQuery } from '@tanstack/react-query'
import { Form, Input, InputNumber, Radio, Select, Space, Switch } from 'antd'
import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import { AlarmPolicyInputSchema, AlarmSeveritySchema, ComparatorSchema } from '../../../contract/alarms.ts'
import { METRICS, type MetricName, metricDefinition } from '../../../contract/metrics.ts'
import { nodeChoicesQuery } from '../../shared/cluster-choices.ts'
import { FormModal } from '../../shared/form-modal.tsx'
import { GroupPicker, TopicPicker } from '../../shared/search-select.tsx'
import { useContractMessage } from '../../shared/use-contract-message.ts'
import { zodRule } from '../../shared/zod-rule.ts'
import { type AlarmPolicy, useSavePolicy } from './api.ts'
import { ChannelSelect } from './channel-select.tsx'
import { ClusterSelect } from './cluster-select.tsx'
import { metricTitle } from './condition.ts'
import {
  comparatorSymbols,
  newPolicyValues,
  type PolicyFormValues,
  policyBody,
  policyValues,
  scopeLevels,
  thresholdScales,
} from './policy-form.ts'

const fields = AlarmPolicyInputSchema.shape

/** The node, topic or group a policy watches, picked from the chosen cluster's own lists. */
function ScopeValueInput({
  clusterId,
  level,
  id,
  value,
  onChange,
}: {
  clusterId: string | undefined
  level: PolicyFormValues['scope']['level']
  id?: string
  value?: string
  onChange?: (value: string | undefined) => void
}) {
  const { t } = useTranslation()
  const nodes = useQuery({ ...nodeChoicesQuery(clusterId ?? ''), enabled: level === 'node' && !!clusterId })
  const placeholder = t(`alarms.policy.scopeValuePlaceholder.${level === 'cluster' ? 'node' : level}`)
  if (!clusterId) return <Select id={id} disabled placeholder={t('alarms.policy.clusterFirst')} />
  if (level === 'node')
    return (
      <Select
        id={id}
        virtual={false}
        value={value}
        onChange={onChange}
        loading={nodes.isPending}
        placeholder={placeholder}
        options={(nodes.data ?? []).map(({ brokerId }) => ({
          value: String(brokerId),
          label: t('alarms.nodeName', { id: brokerId }),
        }))}
      />
    )
  const Picker = level === 'topic' ? TopicPicker : GroupPicker
  return <Picker clusterId={clusterId} id={id} value={value} onChange={onChange} placeholder={placeholder} />
}

/** Create or edit an alarm policy: a metric of a cluster, node, topic or group against a threshold. */
export function PolicyModal({
  open,
  policy,
  onClose,
}: {
  open: boolean
  /** The policy to edit; absent to create one. */
  policy?: AlarmPolicy
  onClose: () => void
}) {
  const { t } = useTranslation()
  const translate = useContractMessage()
  const [form] = Form.useForm<PolicyFormValues>()
  const save = useSavePolicy()
  const clusterId = Form.useWatch('clusterId', form)
  const metric = Form.useWatch('metric', form) as MetricName | undefined
  const level = Form.useWatch(['scope', 'level'], form) ?? 'cluster'
  const unit = (metric && metricDefinition(metric)?.unit) || 'count'
  const levels = scopeLevels(metric)
  const scales = thresholdScales(unit)

  useEffect(() => {
    if (open) form.setFieldsValue(policy ? policyValues(policy) : newPolicyValues)
  }, [open, policy, form])

  return (
    <FormModal<PolicyFormValues>
      open={open}
      title={t(policy ? 'alarms.policy.editTitle' : 'alarms.policy.createTitle')}
      form={form}
      name="alarm-policy"
      initialValues={newPolicyValues}
      save={(values) => save.mutateAsync({ policyId: policy?.policyId, body: policyBody(values) })}
      pending={save.isPending}
      onClose={onClose}
      okText={t('alarms.save')}
      failedTitle={t('alarms.saveFailed')}
      onValuesChange={(changed) => {
        // A new metric or cluster may not have the node, topic or group picked for the old one.
        if (changed.metric !== undefined) {
          const allowed = scopeLevels(changed.metric)
          const current = form.getFieldValue(['scope', 'level'])
          form.setFieldsValue({
            scope: { level: allowed.includes(current) ? current : 'cluster', value: undefined },
            thresholdScale: 1,
          })
        }
        if (changed.clusterId !== undefined || changed.scope?.level !== undefined)
          form.setFieldValue(['scope', 'value'], undefined)
      }}
    >
      <Form.Item
        name="name"
        label={t('alarms.policy.name')}
        required
        rules={[zodRule(fields.name, translate)]}
      >
        <Input autoComplete="off" />
      </Form.Item>
      <Form.Item
        name="clusterId"
        label={t('alarms.policy.cluster')}
        rules={[{ required: true, message: t('alarms.policy.clusterRequired') }]}
      >
        <ClusterSelect />
      </Form.Item>
      <Form.Item
        name="metric"
        label={t('alarms.policy.metric')}
        rules={[{ required: true, message: t('alarms.policy.metricRequired') }]}
      >
        <Select
          showSearch
          // Thirty metrics: without virtual scrolling every option is in the list, searchable and labelled.
          virtual={false}
          optionFilterProp="label"
          placeholder={t('alarms.policy.metricPlaceholder')}
          options={METRICS.map((m) => ({
            value: m.name,
            label: metricTitle(t, m.name),
          }))}
        />
      </Form.Item>
      <Space align="start" wrap style={{ width: '100%' }}>
        <Form.Item name={['scope', 'level']} label={t('alarms.policy.scope')}>
          <Radio.Group
            optionType="button"
            options={levels.map((value) => ({ value, label: t(`alarms.scopeLevels.${value}`) }))}
          />
        </Form.Item>
        {level !== 'cluster' && (
          <Form.Item
            name={['scope', 'value']}
            label={t(`alarms.policy.scopeValueLabel.${level}`)}
            rules={[{ required: true, message: translate(t('alarms.policy.scopeValueRequired')) }]}
            style={{ minWidth: 260 }}
          >
            <ScopeValueInput clusterId={clusterId} level={level} />
          </Form.Item>
        )}
      </Space>
      <Space align="start" wrap>
        <Form.Item name="comparator" label={t('alarms.policy.comparator')}>
          <Select
            virtual={false}
            style={{ width: 130 }}
            options={ComparatorSchema.options.map((value) => ({
              value,
              label: `${comparatorSymbols[value]} ${t(`alarms.comparators.${value}`)}`,
            }))}
          />
        </Form.Item>
        <Form.Item
          name="threshold"
          label={t('alarms.policy.threshold')}
          rules={[
            { required: true, message: t('alarms.policy.thresholdRequired') },
            zodRule(fields.threshold, translate),
          ]}
        >
          <InputNumber
            style={{ width: 220 }}
            addonAfter={
              scales.length > 1 ? (
                <Form.Item name="thresholdScale" noStyle>
                  <Select
                    virtual={false}
                    aria-label={t('alarms.policy.thresholdUnit')}
                    style={{ width: 90 }}
                    options={scales.map((s) => ({ value: s.scale, label: s.symbol }))}
                  />
                </Form.Item>
              ) : (
                scales[0]?.symbol || undefined
              )
            }
          />
        </Form.Item>
        <Form.Item
          name="durationSeconds"
          label={t('alarms.policy.duration')}
          tooltip={t('alarms.policy.durationHint')}
          rules={[
            { required: true, message: t('alarms.policy.durationRequired') },
            zodRule(fields.durationSeconds, translate),
          ]}
        >
          <InputNumber min={0} precision={0} addonAfter={t('alarms.seconds')} style={{ width: 160 }} />
        </Form.Item>
      </Space>
      <Form.Item name="severity" label={t('alarms.policy.severity')}>
        <Radio.Group
          optionType="button"
          options={AlarmSeveritySchema.options.map((value) => ({
            value,
            label: t(`alarms.severities.${value}`),
          }))}
        />
      </Form.Item>
      <Form.Item
        name="channelIds"
        label={t('alarms.policy.channels')}
        extra={t('alarms.policy.channelsHint')}
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
