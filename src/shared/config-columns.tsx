import { LockOutlined } from '@ant-design/icons'
import { Tooltip, Typography } from 'antd'
import type { ColumnsType } from 'antd/es/table'
import { useTranslation } from 'react-i18next'
import type { ConfigEntry } from '../../contract/broker-configs.ts'
import { ConfigSourceTag } from './config-source-tag.tsx'

/** The columns every config table shows (a broker's or a topic's): name with its documentation, value, source. */
export function useConfigColumns(): ColumnsType<ConfigEntry> {
  const { t } = useTranslation()
  return [
    {
      title: t('configs.name'),
      dataIndex: 'name',
      render: (name: string, c) => (
        <Tooltip title={c.documentation}>
          <Typography.Text code>{name}</Typography.Text>
        </Tooltip>
      ),
    },
    {
      title: t('configs.value'),
      dataIndex: 'value',
      render: (value: string | null, c) =>
        c.sensitive ? (
          <Typography.Text type="secondary">
            <LockOutlined /> {t('configs.sensitive')}
          </Typography.Text>
        ) : (
          <Typography.Text style={{ wordBreak: 'break-all' }}>{value ?? '—'}</Typography.Text>
        ),
    },
    {
      title: t('configs.source'),
      dataIndex: 'source',
      width: 170,
      render: (source: ConfigEntry['source']) => <ConfigSourceTag source={source} />,
    },
    {
      title: t('configs.readOnly'),
      dataIndex: 'readOnly',
      width: 90,
      render: (readOnly: boolean) => (readOnly ? t('common.yes') : t('common.no')),
    },
  ]
}
