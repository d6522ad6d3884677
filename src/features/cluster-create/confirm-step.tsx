import { Alert, Button, Descriptions, type DescriptionsProps, Flex, Space, Tag, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import { estimateResources, type LocalCatalogue, listenersFor } from '../../../contract/cluster-create.ts'
import {
  isSasl,
  retentionBytes,
  retentionMs,
  roughly,
  totalNodes,
  type WizardValues,
  wizardSteps,
} from './wizard-form.ts'

const stepIndex = (key: (typeof wizardSteps)[number]['key']) =>
  wizardSteps.findIndex((step) => step.key === key)

const gib = (mb: number) => (mb / 1024).toFixed(1)

/** Step 6: every choice, and what the cluster will take from this machine, before anything is made. */
export function ConfirmStep({
  values,
  catalogue,
  onEdit,
}: {
  values: WizardValues
  catalogue: LocalCatalogue
  onEdit: (step: number) => void
}) {
  const { t } = useTranslation()
  const on = (flag: boolean | undefined) => (flag ? t('common.enabled') : t('common.disabled'))
  const modes = values.authModes ?? []
  const nodes = totalNodes(values)
  const spec = catalogue.nodeTypes.find((type) => type.nodeType === values.nodeType)
  const overrides = (values.configOverrides ?? []).filter((row) => row.key?.trim())
  const tags = (values.tags ?? []).filter((tag) => tag.tagKey?.trim())
  const users = modes.filter(isSasl).map((mode) => {
    const name = values.users?.[mode]?.username?.trim()
    return `${t(`clusterCreate.authModeLabels.${mode}`)}: ${name || t('clusterCreate.noFirstUser')}`
  })

  const section = (key: (typeof wizardSteps)[number]['key'], items: DescriptionsProps['items']) => (
    <Descriptions
      key={key}
      size="small"
      bordered
      column={{ xs: 1, md: 2 }}
      title={t(`clusterCreate.steps.${key}`)}
      extra={
        <Button type="link" onClick={() => onEdit(stepIndex(key))}>
          {t('clusterCreate.edit')}
        </Button>
      }
      items={items}
      style={{ marginBottom: 24 }}
    />
  )

  return (
    <>
      {section('basics', [
        { key: 'name', label: t('clusterCreate.name'), children: values.name?.trim() },
        { key: 'version', label: t('clusterCreate.kafkaVersion'), children: values.kafkaVersion },
        {
          key: 'config',
          label: t('clusterCreate.configuration'),
          span: 'filled',
          children: (
            <Space direction="vertical" size={2}>
              <span>{t('clusterCreate.defaultConfiguration')}</span>
              {overrides.map((row) => (
                <Typography.Text key={row.key} code>
                  {row.key?.trim()}={row.value}
                </Typography.Text>
              ))}
            </Space>
          ),
        },
      ])}
      {section('deployment', [
        { key: 'mode', label: t('clusterCreate.mode'), children: t(`clusterCreate.modes.${values.mode}`) },
        { key: 'zones', label: t('clusterCreate.zones'), children: (values.logicalZones ?? []).join(', ') },
        {
          key: 'nodeType',
          label: t('clusterCreate.nodeType'),
          span: 'filled',
          children: spec
            ? t('clusterCreate.specSummary', {
                nodeType: spec.nodeType,
                heap: spec.heapMb,
                io: spec.ioThreads,
                network: spec.networkThreads,
                memory: spec.memoryMb,
                throughput: spec.throughputMBps,
              })
            : values.nodeType,
        },
        { key: 'perZone', label: t('clusterCreate.nodesPerZone'), children: values.nodesPerZone },
        { key: 'total', label: t('clusterCreate.totalNodesLabel'), children: nodes },
      ])}
      {section('storage', [
        { key: 'size', label: t('clusterCreate.storageSize'), children: `${values.storageSize} GB` },
        {
          key: 'watermark',
          label: t('clusterCreate.watermark'),
          children: values.storagePolicyEnabled
            ? t('clusterCreate.watermarkSummary', {
                percent: values.thresholdPercent,
                time: `${values.retentionTime} ${t(`clusterCreate.timeUnitsShort.${values.retentionTimeUnit ?? 'hours'}`)}`,
                size: `${values.retentionSize} ${values.retentionSizeUnit}`,
                ms: retentionMs(values),
                bytes: retentionBytes(values),
              })
            : on(false),
        },
      ])}
      {section('access', [
        {
          key: 'modes',
          label: t('clusterCreate.authModes'),
          span: 'filled',
          children: modes.map((mode) => t(`clusterCreate.authModeLabels.${mode}`)).join(', '),
        },
        ...(users.length > 0
          ? [
              {
                key: 'users',
                label: t('clusterCreate.firstUsers'),
                span: 'filled' as const,
                children: users.join('; '),
              },
            ]
          : []),
        { key: 'listeners', label: t('clusterCreate.listeners'), children: listenersFor(modes).join(', ') },
        { key: 'acl', label: t('clusterCreate.acl'), children: on(values.aclEnabled) },
        { key: 'public', label: t('clusterCreate.publicAccess'), children: on(values.publicIpEnabled) },
      ])}
      {section('tags', [
        {
          key: 'tags',
          label: t('clusterCreate.tags'),
          children:
            tags.length > 0 ? (
              <Flex wrap gap={4}>
                {tags.map((tag) => (
                  <Tag key={`${tag.tagKey}\u0000${tag.tagValue}`}>
                    {tag.tagValue ? `${tag.tagKey}: ${tag.tagValue}` : tag.tagKey}
                  </Tag>
                ))}
              </Flex>
            ) : (
              t('clusterCreate.noTags')
            ),
        },
      ])}
      <Resources values={values} catalogue={catalogue} />
    </>
  )
}

/** The estimate the API checks too, beside what the machine has free now. */
function Resources({ values, catalogue }: { values: WizardValues; catalogue: LocalCatalogue }) {
  const { t } = useTranslation()
  const use = estimateResources({
    nodeType: values.nodeType ?? '',
    nodes: totalNodes(values),
    storageSizeGb: values.storageSize ?? 0,
    modes: values.authModes ?? [],
  })
  const memoryShort = use.memoryMb > catalogue.availableMemoryMb
  const diskShort = use.diskGb > catalogue.freeDiskGb
  return (
    <>
      <Descriptions
        size="small"
        bordered
        column={1}
        title={t('clusterCreate.resources')}
        items={[
          {
            key: 'memory',
            label: t('clusterCreate.resourceMemory'),
            children: (
              <span data-testid="resource-memory">
                {t('clusterCreate.memoryUse', {
                  mb: use.memoryMb,
                  gib: gib(use.memoryMb),
                  available: roughly(catalogue.availableMemoryMb),
                  availableGib: gib(catalogue.availableMemoryMb),
                })}
              </span>
            ),
          },
          {
            key: 'disk',
            label: t('clusterCreate.resourceDisk'),
            children: (
              <span data-testid="resource-disk">
                {t('clusterCreate.diskUse', { gb: use.diskGb, free: roughly(catalogue.freeDiskGb) })}
              </span>
            ),
          },
          {
            key: 'ports',
            label: t('clusterCreate.resourcePorts'),
            children: <span data-testid="resource-ports">{use.ports}</span>,
          },
        ]}
        style={{ marginBottom: 16 }}
      />
      {memoryShort && (
        <Alert
          type="warning"
          showIcon
          message={t('clusterCreate.memoryShort', {
            mb: use.memoryMb,
            available: roughly(catalogue.availableMemoryMb),
          })}
          style={{ marginBottom: 8 }}
          data-testid="memory-short"
        />
      )}
      {diskShort && (
        <Alert
          type="warning"
          showIcon
          message={t('clusterCreate.diskShort', { gb: use.diskGb, free: roughly(catalogue.freeDiskGb) })}
          data-testid="disk-short"
        />
      )}
    </>
  )
}
