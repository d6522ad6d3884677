import { PlusOutlined } from '@ant-design/icons'
import { App, Button, Flex, Popconfirm, Space, Typography } from 'antd'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'

/** A row's Edit and Delete (confirmed, then reported), after any actions of its own. */
export function RowActions({
  name,
  onEdit,
  onDelete,
  deleteHint,
  children,
}: {
  name: string
  onEdit: () => void
  onDelete: () => Promise<unknown>
  deleteHint?: string
  children?: ReactNode
}) {
  const { t } = useTranslation()
  const { message } = App.useApp()
  return (
    <Space size={0}>
      {children}
      <Button type="link" onClick={onEdit}>
        {t('alarms.edit')}
      </Button>
      <Popconfirm
        title={t('alarms.deleteConfirm', { name })}
        description={deleteHint}
        okText={t('alarms.delete')}
        cancelText={t('common.cancel')}
        okButtonProps={{ danger: true }}
        onConfirm={() =>
          onDelete().then(
            () => message.success(t('alarms.deleted', { name })),
            (error: Error) => message.error(error.message),
          )
        }
      >
        <Button type="link" danger>
          {t('alarms.delete')}
        </Button>
      </Popconfirm>
    </Space>
  )
}

/** The intro of a tab and its create button, above its list. */
export function TabHeader({
  intro,
  action,
  onAction,
}: {
  intro: string
  action: string
  onAction: () => void
}) {
  return (
    <Flex justify="space-between" align="center" gap={12} wrap>
      <Typography.Text type="secondary">{intro}</Typography.Text>
      <Button type="primary" icon={<PlusOutlined />} onClick={onAction}>
        {action}
      </Button>
    </Flex>
  )
}
