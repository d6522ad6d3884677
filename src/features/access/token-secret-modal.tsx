import { CopyOutlined } from '@ant-design/icons'
import { Alert, App, Button, Modal, Space, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import { copyText } from '../../shared/copy-text.ts'
import type { CreatedApiToken } from './api.ts'

/** How a script sends a token, with this console's own address. */
export const curlExample = (token: string) =>
  `curl -H "Authorization: Bearer ${token}" ${window.location.origin}/v2/clusters`

/**
 * The new token's secret, shown this once: Ferry keeps only its hash. Closing the dialog drops it from the
 * page as well.
 */
export function TokenSecretModal({
  created,
  onClose,
}: {
  created: CreatedApiToken | null
  onClose: () => void
}) {
  const { t } = useTranslation()
  const { message } = App.useApp()
  const copy = () =>
    created &&
    copyText(created.token).then(
      () => message.success(t('common.copied')),
      () => message.error(t('common.copyFailed')),
    )
  return (
    <Modal
      open={created !== null}
      title={t('access.token.createdTitle', { name: created?.name })}
      onCancel={onClose}
      maskClosable={false}
      destroyOnHidden
      footer={
        <Button type="primary" onClick={onClose}>
          {t('access.token.copiedDone')}
        </Button>
      }
    >
      <Space direction="vertical" size="middle" style={{ width: '100%' }}>
        <Alert type="warning" showIcon message={t('access.token.shownOnce')} />
        <Space.Compact style={{ width: '100%' }}>
          <Typography.Text
            code
            data-testid="token-secret"
            style={{ flex: 1, wordBreak: 'break-all', padding: '4px 0' }}
          >
            {created?.token}
          </Typography.Text>
          <Button icon={<CopyOutlined />} onClick={copy}>
            {t('common.copy')}
          </Button>
        </Space.Compact>
        <Typography.Text type="secondary">{t('access.token.usage')}</Typography.Text>
        <Typography.Text code style={{ wordBreak: 'break-all' }}>
          {created && curlExample(created.token)}
        </Typography.Text>
      </Space>
    </Modal>
  )
}
