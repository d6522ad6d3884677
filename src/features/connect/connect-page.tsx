import { DownloadOutlined } from '@ant-design/icons'
import { useQuery } from '@tanstack/react-query'
import {
  Alert,
  App,
  Button,
  Card,
  Empty,
  Form,
  Input,
  Radio,
  Select,
  Skeleton,
  Space,
  Typography,
} from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useParams, useSearchParams } from 'react-router'
import {
  type ClientSaslMechanism,
  PASSWORD_PLACEHOLDER,
  USERNAME_PLACEHOLDER,
  usesSasl,
  usesTls,
} from '../../../contract/client-snippets.ts'
import type { ClusterDetail, SecurityProtocol } from '../../../contract/clusters.ts'
import { ErrorAlert } from '../../shared/error-alert.tsx'
import { TopicPicker } from '../../shared/search-select.tsx'
import { accessEndpointsQuery, clusterQuery, downloadCaCertificate } from './api.ts'
import { ClientTabs } from './client-tabs.tsx'
import { caFileOf, defaultMechanism, defaultUsername, languageOf, mechanismsOf } from './connect-options.ts'

interface Endpoint {
  securityProtocol: SecurityProtocol
  endpoints: string
}

function CaDownload({ cluster, fileName }: { cluster: ClusterDetail; fileName: string | null }) {
  const { t } = useTranslation()
  const { message } = App.useApp()
  const [busy, setBusy] = useState(false)
  if (!fileName) return <Typography.Text type="secondary">{t('connect.systemCa')}</Typography.Text>
  const download = async () => {
    setBusy(true)
    try {
      await downloadCaCertificate(cluster.clusterId, fileName)
    } catch (error) {
      message.error((error as Error).message)
    } finally {
      setBusy(false)
    }
  }
  return (
    <Space direction="vertical" size={4}>
      <Button icon={<DownloadOutlined />} loading={busy} onClick={download}>
        {t('connect.downloadCa', { fileName })}
      </Button>
      <Typography.Text type="secondary">{t('connect.caHint', { fileName })}</Typography.Text>
    </Space>
  )
}

/** What a client of one endpoint needs; the code below follows every change. */
function ConnectGuide({ cluster, endpoints }: { cluster: ClusterDetail; endpoints: Endpoint[] }) {
  const { t } = useTranslation()
  const [params, setParams] = useSearchParams()
  const [username, setUsername] = useState(() => defaultUsername(cluster))
  const [mechanism, setMechanism] = useState<ClientSaslMechanism>(() => defaultMechanism(cluster))
  const [topic, setTopic] = useState<string | undefined>()
  const endpoint = endpoints.find((e) => e.securityProtocol === params.get('protocol')) ?? endpoints[0]
  const language = languageOf(params.get('lang'))
  const choose = (key: 'protocol' | 'lang', value: string) =>
    setParams(
      (current) => {
        current.set(key, value)
        return current
      },
      { replace: true },
    )
  if (!endpoint) return <Empty description={t('connect.noEndpoints')} />
  const protocol = endpoint.securityProtocol
  const caFile = caFileOf(cluster, protocol)
  return (
    <>
      <Card>
        <Form layout="vertical" style={{ maxWidth: 720 }}>
          <Form.Item label={t('connect.endpoint')}>
            <Radio.Group
              optionType="button"
              value={protocol}
              onChange={(e) => choose('protocol', e.target.value)}
              options={endpoints.map((e) => ({ value: e.securityProtocol, label: e.securityProtocol }))}
            />
            <div style={{ marginTop: 8 }}>
              <Typography.Text code copyable data-testid="connect-address">
                {endpoint.endpoints}
              </Typography.Text>
            </div>
          </Form.Item>
          {usesSasl(protocol) && (
            <>
              <Form.Item label={t('connect.username')} htmlFor="connect-username">
                <Input
                  id="connect-username"
                  value={username}
                  onChange={(e) => setUsername(e.target.value)}
                  placeholder={USERNAME_PLACEHOLDER}
                  style={{ maxWidth: 320 }}
                />
              </Form.Item>
              <Form.Item label={t('connect.mechanism')} htmlFor="connect-mechanism">
                <Select
                  id="connect-mechanism"
                  value={mechanism}
                  onChange={setMechanism}
                  options={mechanismsOf(cluster).map((m) => ({ value: m, label: m }))}
                  style={{ maxWidth: 320 }}
                />
              </Form.Item>
            </>
          )}
          <Form.Item label={t('connect.topic')} htmlFor="connect-topic" extra={t('connect.topicHint')}>
            <TopicPicker
              id="connect-topic"
              clusterId={cluster.clusterId}
              value={topic}
              onChange={setTopic}
              placeholder={t('connect.topicPlaceholder')}
              style={{ maxWidth: 320, width: '100%' }}
            />
          </Form.Item>
          {usesTls(protocol) && (
            <Form.Item label={t('connect.caCertificate')}>
              <CaDownload cluster={cluster} fileName={caFile} />
            </Form.Item>
          )}
        </Form>
        {usesSasl(protocol) && (
          <Alert
            type="info"
            showIcon
            message={t('connect.passwordNote', { placeholder: PASSWORD_PLACEHOLDER })}
          />
        )}
      </Card>
      <Card>
        <ClientTabs
          language={language}
          onLanguageChange={(next) => choose('lang', next)}
          input={{
            bootstrapServers: endpoint.endpoints,
            securityProtocol: protocol,
            saslMechanism: mechanism,
            username,
            caFile,
            topic: topic ?? '',
          }}
        />
      </Card>
    </>
  )
}

/** 接入点: client programs for each endpoint of the cluster, ready to copy, and its CA certificate. */
export function ConnectPage() {
  const { t } = useTranslation()
  const clusterId = useParams().clusterId ?? ''
  const cluster = useQuery(clusterQuery(clusterId))
  const endpoints = useQuery(accessEndpointsQuery(clusterId))
  const failed = cluster.isError ? cluster : endpoints.isError ? endpoints : null
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('connect.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        {t('connect.intro')}
      </Typography.Paragraph>
      {failed?.error ? (
        <ErrorAlert error={failed.error} onRetry={() => failed.refetch()} />
      ) : cluster.data && endpoints.data ? (
        <ConnectGuide cluster={cluster.data} endpoints={endpoints.data} />
      ) : (
        <Card>
          <Skeleton active />
        </Card>
      )}
    </Space>
  )
}
