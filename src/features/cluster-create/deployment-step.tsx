import { BulbOutlined } from '@ant-design/icons'
import {
  Alert,
  Button,
  Checkbox,
  Flex,
  Form,
  type FormInstance,
  InputNumber,
  Popover,
  Radio,
  Table,
  Typography,
} from 'antd'
import type { ColumnsType } from 'antd/es/table'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { type LocalCatalogue, ProvisionedSchema, recommendSizing } from '../../../contract/cluster-create.ts'
import { zodRule } from '../../shared/zod-rule.ts'
import { totalNodes, type WizardValues, zonesForMode } from './wizard-form.ts'
import { contractRule, type Translate } from './wizard-rules.ts'

type NodeType = LocalCatalogue['nodeTypes'][number]

/** Step 2: deployment mode, zones, node spec and nodes per zone. */
export function DeploymentStep({
  form,
  catalogue,
  translate,
}: {
  form: FormInstance<WizardValues>
  catalogue: LocalCatalogue
  translate: Translate
}) {
  const { t } = useTranslation()
  const mode = Form.useWatch('mode', form)
  const zones = Form.useWatch('logicalZones', form) ?? []
  const perZone = Form.useWatch('nodesPerZone', form)
  const total = totalNodes({ nodesPerZone: perZone, logicalZones: zones })

  const switchMode = (next: 'HP' | 'HA') => {
    form.setFieldValue(
      'logicalZones',
      zonesForMode(next, form.getFieldValue('logicalZones') ?? [], catalogue.zones),
    )
    void form.validateFields([['logicalZones'], ['nodesPerZone']]).catch(() => {})
  }

  const withinMax = {
    validator: async () => {
      const sum = totalNodes(form.getFieldsValue(['nodesPerZone', 'logicalZones']))
      if (sum > catalogue.maxNodes)
        throw new Error(t('clusterCreate.tooManyNodes', { total: sum, max: catalogue.maxNodes }))
    },
  }

  return (
    <>
      <Form.Item
        name="mode"
        label={t('clusterCreate.mode')}
        extra={t(`clusterCreate.modeHint.${mode ?? 'HA'}`)}
      >
        <Radio.Group
          optionType="button"
          buttonStyle="solid"
          onChange={(e) => switchMode(e.target.value)}
          options={[
            { value: 'HP', label: t('clusterCreate.modes.HP') },
            { value: 'HA', label: t('clusterCreate.modes.HA') },
          ]}
        />
      </Form.Item>
      <Form.Item
        name="logicalZones"
        label={t('clusterCreate.zones')}
        required
        dependencies={['mode']}
        rules={[contractRule(form, ['logicalZones'], translate)]}
        // One zone is a radio choice; the form keeps a list either way.
        {...(mode === 'HP' && {
          getValueProps: (value: string[] | undefined) => ({ value: value?.[0] }),
          normalize: (value: string) => [value],
        })}
      >
        {mode === 'HP' ? (
          <Radio.Group options={catalogue.zones.map((zone) => ({ value: zone, label: zone }))} />
        ) : (
          <Checkbox.Group options={catalogue.zones.map((zone) => ({ value: zone, label: zone }))} />
        )}
      </Form.Item>
      <Form.Item label={t('clusterCreate.nodeType')} required>
        <Flex vertical gap={8}>
          <Flex justify="space-between" align="center" wrap gap={8}>
            <Typography.Text type="secondary">{t('clusterCreate.nodeTypeHint')}</Typography.Text>
            <SizingHelper form={form} catalogue={catalogue} zones={zones.length} />
          </Flex>
          <Form.Item name="nodeType" noStyle rules={[zodRule(ProvisionedSchema.shape.nodeType, translate)]}>
            <NodeTypeTable nodeTypes={catalogue.nodeTypes} />
          </Form.Item>
        </Flex>
      </Form.Item>
      <Form.Item
        name="nodesPerZone"
        label={t('clusterCreate.nodesPerZone')}
        required
        validateFirst
        dependencies={['logicalZones']}
        rules={[
          { required: true, message: t('clusterCreate.nodesPerZoneRequired') },
          zodRule(ProvisionedSchema.shape.numberOfBrokerNodesPerZone, translate),
          withinMax,
        ]}
        extra={
          <span data-testid="total-nodes">
            {t('clusterCreate.totalNodes', { total, zones: zones.length, max: catalogue.maxNodes })}
          </span>
        }
      >
        <InputNumber min={1} precision={0} style={{ width: 160 }} />
      </Form.Item>
    </>
  )
}

/** The node specs side by side; a row is picked with its radio or by clicking it. */
function NodeTypeTable({
  nodeTypes,
  value,
  onChange,
}: {
  nodeTypes: NodeType[]
  value?: string
  onChange?: (value: string) => void
}) {
  const { t } = useTranslation()
  const columns: ColumnsType<NodeType> = [
    {
      title: t('clusterCreate.spec'),
      dataIndex: 'nodeType',
      render: (v: string) => <Typography.Text code>{v}</Typography.Text>,
    },
    {
      title: t('clusterCreate.heap'),
      dataIndex: 'heapMb',
      align: 'right',
      render: (mb: number) => `${mb} MB`,
    },
    {
      title: t('clusterCreate.threads'),
      key: 'threads',
      render: (_, spec) =>
        t('clusterCreate.threadsValue', { io: spec.ioThreads, network: spec.networkThreads }),
    },
    {
      title: t('clusterCreate.memory'),
      dataIndex: 'memoryMb',
      align: 'right',
      render: (mb: number) => `${mb} MB`,
    },
    {
      title: t('clusterCreate.throughput'),
      dataIndex: 'throughputMBps',
      align: 'right',
      render: (mbps: number) => `${mbps} MB/s`,
    },
  ]
  return (
    <Table<NodeType>
      rowKey="nodeType"
      size="small"
      columns={columns}
      dataSource={nodeTypes}
      pagination={false}
      rowSelection={{
        type: 'radio',
        selectedRowKeys: value ? [value] : [],
        onChange: (keys) => keys[0] !== undefined && onChange?.(String(keys[0])),
        getCheckboxProps: (spec) => ({ 'aria-label': spec.nodeType }) as object,
      }}
      onRow={(spec) => ({ onClick: () => onChange?.(spec.nodeType), style: { cursor: 'pointer' } })}
      data-testid="node-types"
    />
  )
}

/** 配置推荐: the smallest spec and the fewest nodes that carry a peak traffic, applied on request. */
function SizingHelper({
  form,
  catalogue,
  zones,
}: {
  form: FormInstance<WizardValues>
  catalogue: LocalCatalogue
  zones: number
}) {
  const { t } = useTranslation()
  const [open, setOpen] = useState(false)
  const [peak, setPeak] = useState<number | null>(null)
  const zoneCount = Math.max(zones, 1)
  const advice = peak
    ? recommendSizing({ peakMBps: peak, zones: zoneCount, maxNodes: catalogue.maxNodes })
    : null

  const apply = () => {
    if (!advice) return
    form.setFieldsValue({ nodeType: advice.nodeType, nodesPerZone: advice.nodesPerZone })
    void form.validateFields([['nodeType'], ['nodesPerZone']]).catch(() => {})
    setOpen(false)
  }

  const content = (
    <Flex vertical gap={12} style={{ width: 340 }} data-testid="sizing-helper">
      <Typography.Text type="secondary">{t('clusterCreate.sizingIntro')}</Typography.Text>
      <label htmlFor="sizing-peak">{t('clusterCreate.peakTraffic')}</label>
      <InputNumber
        id="sizing-peak"
        min={1}
        max={100_000}
        value={peak}
        onChange={(value) => setPeak(value)}
        addonAfter="MB/s"
        style={{ width: '100%' }}
        autoFocus
      />
      {peak && advice && (
        <Alert
          type="success"
          message={t('clusterCreate.recommendation', {
            nodeType: advice.nodeType,
            perZone: advice.nodesPerZone,
            zones: zoneCount,
            total: advice.nodes,
          })}
          data-testid="sizing-advice"
        />
      )}
      {peak && !advice && (
        <Alert type="warning" message={t('clusterCreate.noRecommendation', { max: catalogue.maxNodes })} />
      )}
      <Flex justify="end" gap={8}>
        <Button onClick={() => setOpen(false)}>{t('common.cancel')}</Button>
        <Button type="primary" disabled={!advice} onClick={apply}>
          {t('clusterCreate.applyRecommendation')}
        </Button>
      </Flex>
    </Flex>
  )

  return (
    <Popover
      open={open}
      onOpenChange={setOpen}
      trigger="click"
      title={t('clusterCreate.sizing')}
      content={content}
      placement="bottomRight"
      destroyOnHidden
    >
      <Button icon={<BulbOutlined />}>{t('clusterCreate.sizing')}</Button>
    </Popover>
  )
}
