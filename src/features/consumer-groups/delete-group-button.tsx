import { DeleteOutlined } from '@ant-design/icons'
import { App, Button, Popconfirm } from 'antd'
import { useTranslation } from 'react-i18next'
import { useDeleteGroup } from './api.ts'

/** Deletes after a confirmation; the server refuses a group with members and its message is shown as is. */
export function DeleteGroupButton({
  clusterId,
  groupName,
  onDeleted,
  size,
}: {
  clusterId: string
  groupName: string
  onDeleted?: () => void
  size?: 'small'
}) {
  const { t } = useTranslation()
  const { notification } = App.useApp()
  const remove = useDeleteGroup(clusterId)
  return (
    <Popconfirm
      title={t('consumerGroups.deleteTitle', { name: groupName })}
      description={t('consumerGroups.deleteWarning')}
      okText={t('consumerGroups.delete')}
      okButtonProps={{ danger: true, loading: remove.isPending }}
      cancelText={t('common.cancel')}
      onConfirm={() =>
        remove.mutateAsync(groupName).then(
          () => {
            notification.success({ message: t('consumerGroups.deleted', { name: groupName }) })
            onDeleted?.()
          },
          (error: Error) =>
            notification.error({ message: t('consumerGroups.deleteFailed'), description: error.message }),
        )
      }
    >
      <Button danger size={size} icon={<DeleteOutlined />}>
        {t('consumerGroups.delete')}
      </Button>
    </Popconfirm>
  )
}
