import { useQuery } from '@tanstack/react-query'
import { Alert, Button, Checkbox, Form, InputNumber, Modal, Typography } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Cluster } from '../../../contract/clusters.ts'
import { ApiError } from '../../shared/api-client.ts'
import { applyFieldErrors } from '../../shared/form-errors.ts'
import { useContractMessage } from '../../shared/use-contract-message.ts'
import { isFull, totalLimits, totalProblem, zoneCount } from './add-nodes.ts'
import { localCatalogueQuery, useIncreaseBrokerCount } from './api.ts'
import { refusal } from './cluster-state.ts'
import { DisabledWithReason } from './disabled-with-reason.tsx'
import { useJobNotice } from './job-notice.tsx'

type AddNodesCluster = Pick<
  Cluster,
  'clusterId' | 'name' | 'state' | 'provider' | 'numberOfBrokerNodes' | 'logicalZones'
>
type Values = { numberOfBrokerNodes: number; reassignPartitions: boolean }

/**
 * 集群变更 → 单区节点数: a new total, a multiple of the zones so that every zone keeps as many nodes, within
 * the provider's limit. Nodes are only added; the running ones are not restarted.
 */
function AddNodesModal({
  cluster,
  open,
  onClose,
}: {
  cluster: AddNodesCluster
  open: boolean
  onClose: () => void
}) {
  const { t } = useTranslation()
  const translate = useContractMessage()
  const notice = useJobNotice()
  const [form] = Form.useForm<Values>()
  const catalogue = useQuery({ ...localCatalogueQuery(), enabled: open })
  const increase = useIncreaseBrokerCount(cluster.clusterId)
  const [failure, setFailure] = useState<string | null>(null)
  const current = cluster.numberOfBrokerNodes
  const zones = zoneCount(cluster.logicalZones)
  const limits = totalLimits(current, zones, catalogue.data?.maxNodes)
  const full = isFull(limits)
  const total = Form.useWatch('numberOfBrokerNodes', form)

  const close = () => {
    setFailure(null)
    increase.reset()
    onClose()
  }

  const save = async (values: Values) => {
    setFailure(null)
    try {
      const { jobId } = await increase.mutateAsync(values)
      notice(
        cluster.clusterId,
        jobId,
        t('clusterOps.addingNodes', { total: values.numberOfBrokerNodes, jobId }),
      )
      close()
    } catch (error) {
      if (!(error instanceof ApiError)) throw error
      // 400 ERROR_PARAMS names the field; 409 (UPDATE_CLUSTER_FORBIDDEN, CLUSTER_NOT_ACTIVE) the cluster.
      const leftOver = applyFieldErrors(form, error, translate)
      if (Object.keys(error.fields).length === 0 || Object.keys(leftOver).length > 0)
        setFailure(error.message)
    }
  }

  const shape =
    typeof total === 'number' && total > 0 && total % zones === 0
      ? t('clusterOps.addNodesShape', { perZone: total / zones, zones })
      : null

  return (
    <Modal
      open={open}
      title={t('clusterOps.addNodesTitle', { name: cluster.name })}
      onCancel={close}
      onOk={() => form.submit()}
      okText={t('clusterOps.addNodesSubmit')}
      cancelText={t('common.cancel')}
      okButtonProps={{ disabled: full }}
      confirmLoading={increase.isPending}
      destroyOnHidden
    >
      <Typography.Paragraph>
        {t('clusterOps.addNodesCurrent', { current, perZone: Math.floor(current / zones), zones })}
      </Typography.Paragraph>
      {full && (
        <Alert
          type="warning"
          showIcon
          message={t('clusterOps.addNodesFull', { max: catalogue.data?.maxNodes })}
          style={{ marginBottom: 16 }}
        />
      )}
      {catalogue.isError && (
        <Alert
          type="warning"
          showIcon
          message={t('clusterOps.catalogueFailed')}
          style={{ marginBottom: 16 }}
        />
      )}
      {failure && <Alert type="error" showIcon message={failure} style={{ marginBottom: 16 }} />}
      <Form<Values>
        form={form}
        layout="vertical"
        preserve={false}
        name="add-nodes"
        initialValues={{ numberOfBrokerNodes: limits.min, reassignPartitions: false }}
        onFinish={save}
        disabled={full}
      >
        <Form.Item
          name="numberOfBrokerNodes"
          label={t('clusterOps.addNodesTotal')}
          extra={shape}
          rules={[
            { required: true, message: t('clusterOps.addNodesRequired') },
            {
              validator: async (_rule, value: unknown) => {
                if (typeof value !== 'number') return
                const problem = totalProblem(value, limits)
                if (problem) throw new Error(t(problem, { min: limits.min, max: limits.max, zones }))
              },
            },
          ]}
        >
          <InputNumber min={1} max={limits.max} step={zones} precision={0} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item
          name="reassignPartitions"
          valuePropName="checked"
          extra={t('clusterOps.reassignHelp')}
          style={{ marginBottom: 0 }}
        >
          <Checkbox>{t('clusterOps.reassign')}</Checkbox>
        </Form.Item>
      </Form>
    </Modal>
  )
}

/** 增加节点: offered for an active cluster Ferry runs. */
export function AddNodesButton({ cluster }: { cluster: AddNodesCluster }) {
  const { t } = useTranslation()
  const [open, setOpen] = useState(false)
  const label = t('clusterOps.addNodes')
  const reason = refusal(cluster, 'addNodes')
  if (reason) return <DisabledWithReason label={label} reason={t(reason)} />
  return (
    <>
      <Button onClick={() => setOpen(true)}>{label}</Button>
      <AddNodesModal cluster={cluster} open={open} onClose={() => setOpen(false)} />
    </>
  )
}
