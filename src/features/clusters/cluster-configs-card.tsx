import { PlusOutlined } from '@ant-design/icons'
import { useQuery } from '@tanstack/react-query'
import { App, Button, Card, Form, Input, Modal, Popconfirm, Space, Table, Typography } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { type ConfigEntry, ConfigNameSchema } from '../../../contract/broker-configs.ts'
import { ApiError } from '../../shared/api-client.ts'
import { ErrorAlert } from '../../shared/error-alert.tsx'
import { useContractMessage } from '../../shared/use-contract-message.ts'
import { zodRule } from '../../shared/zod-rule.ts'
import { clusterConfigsQuery, useUpdateClusterConfigs } from './api.ts'

interface Editing {
  name: string
  value: string
  isNew: boolean
}

/** Cluster-wide dynamic broker configs: the values every broker takes unless it has its own. */
export function ClusterConfigsCard({ clusterId, canChange }: { clusterId: string; canChange: boolean }) {
  const { t } = useTranslation()
  const translate = useContractMessage()
  const { message } = App.useApp()
  const configs = useQuery(clusterConfigsQuery(clusterId))
  const update = useUpdateClusterConfigs(clusterId)
  const [editing, setEditing] = useState<Editing | null>(null)
  const [form] = Form.useForm<{ name: string; value: string }>()

  const save = async (values: { name: string; value: string }) => {
    try {
      await update.mutateAsync([{ name: values.name.trim(), value: values.value }])
      message.success(t('configs.saved', { name: values.name }))
      setEditing(null)
    } catch (error) {
      if (!(error instanceof ApiError)) throw error
      // The brokers' refusal is keyed by the config name; it belongs under the value.
      const reason = error.fields[values.name.trim()] ?? error.message
      form.setFields([{ name: 'value', errors: [reason] }])
    }
  }

  const remove = async (name: string) => {
    try {
      await update.mutateAsync([{ name, value: null }])
      message.success(t('configs.removed', { name }))
    } catch (error) {
      message.error(error instanceof Error ? error.message : String(error))
    }
  }

  return (
    <Card
      title={t('configs.clusterTitle')}
      extra={
        canChange && (
          <Button icon={<PlusOutlined />} onClick={() => setEditing({ name: '', value: '', isNew: true })}>
            {t('configs.add')}
          </Button>
        )
      }
      data-testid="cluster-configs"
    >
      <Typography.Paragraph type="secondary">{t('configs.clusterHint')}</Typography.Paragraph>
      {configs.isError ? (
        <ErrorAlert error={configs.error} onRetry={() => configs.refetch()} />
      ) : (
        <Table<ConfigEntry>
          rowKey="name"
          size="small"
          pagination={false}
          loading={configs.isPending}
          dataSource={configs.data}
          locale={{ emptyText: t('configs.noneSet') }}
          columns={[
            {
              title: t('configs.name'),
              dataIndex: 'name',
              render: (name: string) => <Typography.Text code>{name}</Typography.Text>,
            },
            { title: t('configs.value'), dataIndex: 'value', render: (v: string | null) => v ?? '—' },
            {
              title: t('common.actions'),
              key: 'actions',
              width: 160,
              render: (_, c) =>
                canChange && (
                  <Space>
                    <Button
                      size="small"
                      onClick={() => setEditing({ name: c.name, value: c.value ?? '', isNew: false })}
                    >
                      {t('configs.edit')}
                    </Button>
                    <Popconfirm
                      title={t('configs.removeConfirm', { name: c.name })}
                      okButtonProps={{ danger: true }}
                      onConfirm={() => remove(c.name)}
                    >
                      <Button size="small" danger>
                        {t('configs.remove')}
                      </Button>
                    </Popconfirm>
                  </Space>
                ),
            },
          ]}
        />
      )}
      <Modal
        open={editing !== null}
        title={editing?.isNew ? t('configs.add') : t('configs.editTitle', { name: editing?.name })}
        onCancel={() => setEditing(null)}
        onOk={() => form.submit()}
        okText={t('configs.save')}
        cancelText={t('common.cancel')}
        confirmLoading={update.isPending}
        destroyOnHidden
      >
        <Form
          form={form}
          layout="vertical"
          preserve={false}
          initialValues={editing ?? undefined}
          onFinish={save}
          name="cluster-config"
        >
          <Form.Item name="name" label={t('configs.name')} rules={[zodRule(ConfigNameSchema, translate)]}>
            <Input disabled={!editing?.isNew} placeholder="log.retention.ms" autoComplete="off" />
          </Form.Item>
          <Form.Item
            name="value"
            label={t('configs.value')}
            rules={[{ required: true, message: t('configs.valueRequired') }]}
          >
            <Input autoComplete="off" />
          </Form.Item>
        </Form>
      </Modal>
    </Card>
  )
}
