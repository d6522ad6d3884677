import { PlusOutlined } from '@ant-design/icons'
import { useQuery } from '@tanstack/react-query'
import { App, Button, Card, Flex, Popconfirm, Space, Table, Tag, Typography } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ErrorAlert } from '../../shared/error-alert.tsx'
import { formatTime } from '../../shared/format-time.ts'
import { useRoleName } from '../../shared/role-name.ts'
import { type ApiToken, type CreatedApiToken, tokenListQuery, useRevokeToken } from './api.ts'
import { CreateTokenModal } from './create-token-modal.tsx'
import { curlExample, TokenSecretModal } from './token-secret-modal.tsx'

function TokenState({ token }: { token: ApiToken }) {
  const { t } = useTranslation()
  if (token.revokedTime) return <Tag>{t('access.token.revoked')}</Tag>
  if (token.expireTime && Date.parse(token.expireTime) < Date.now())
    return <Tag color="orange">{t('access.token.expired')}</Tag>
  return <Tag color="green">{t('access.token.active')}</Tag>
}

/** API 令牌: bearer tokens for scripts; full control sees every account's, others their own. */
export function TokenListPage() {
  const { t, i18n } = useTranslation()
  const { message } = App.useApp()
  const roleName = useRoleName()
  const tokens = useQuery(tokenListQuery())
  const revoke = useRevokeToken()
  const [creating, setCreating] = useState(false)
  const [created, setCreated] = useState<CreatedApiToken | null>(null)
  const time = (iso: string | null, none = '—') => (iso ? formatTime(iso, i18n.language) : none)

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('auth.apiTokens')}
      </Typography.Title>
      <Flex justify="space-between" align="center" gap={12} wrap>
        <Typography.Text type="secondary">
          {t('access.token.intro')} <Typography.Text code>{curlExample('<token>')}</Typography.Text>
        </Typography.Text>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
          {t('access.token.create')}
        </Button>
      </Flex>
      <Card>
        {tokens.isError ? (
          <ErrorAlert error={tokens.error} onRetry={() => tokens.refetch()} />
        ) : (
          <Table<ApiToken>
            rowKey="tokenId"
            pagination={false}
            loading={tokens.isPending}
            dataSource={tokens.data}
            locale={{ emptyText: t('access.token.empty') }}
            scroll={{ x: 'max-content' }}
            columns={[
              { title: t('access.token.name'), dataIndex: 'name' },
              { title: t('access.token.owner'), dataIndex: 'username' },
              {
                title: t('access.token.role'),
                key: 'role',
                render: (_, token) => roleName({ roleId: token.roleId, name: token.roleName }),
              },
              {
                title: t('access.token.created'),
                dataIndex: 'createTime',
                render: (iso: string) => time(iso),
              },
              {
                title: t('access.token.expires'),
                dataIndex: 'expireTime',
                render: (iso: string | null) => time(iso, t('access.token.never')),
              },
              {
                title: t('access.token.lastUsed'),
                dataIndex: 'lastUsed',
                render: (iso: string | null) => time(iso, t('access.token.neverUsed')),
              },
              {
                title: t('access.token.state'),
                key: 'state',
                render: (_, token) => (
                  <Space size={4}>
                    <TokenState token={token} />
                    {token.revokedTime && time(token.revokedTime)}
                  </Space>
                ),
              },
              {
                title: t('common.actions'),
                key: 'actions',
                render: (_, token) =>
                  token.revokedTime ? null : (
                    <Popconfirm
                      title={t('access.token.revokeConfirm', { name: token.name })}
                      description={t('access.token.revokeHint')}
                      okText={t('access.token.revoke')}
                      cancelText={t('common.cancel')}
                      okButtonProps={{ danger: true }}
                      onConfirm={() =>
                        revoke.mutateAsync(token.tokenId).then(
                          () => message.success(t('access.token.revokedMessage', { name: token.name })),
                          (error: Error) => message.error(error.message),
                        )
                      }
                    >
                      <Button type="link" danger>
                        {t('access.token.revoke')}
                      </Button>
                    </Popconfirm>
                  ),
              },
            ]}
          />
        )}
      </Card>
      <CreateTokenModal
        open={creating}
        onClose={() => setCreating(false)}
        onCreated={(token) => setCreated(token)}
      />
      <TokenSecretModal created={created} onClose={() => setCreated(null)} />
    </Space>
  )
}
