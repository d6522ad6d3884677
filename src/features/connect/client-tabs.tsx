import { CopyOutlined } from '@ant-design/icons'
import { App, Button, Flex, Tabs, Typography, theme } from 'antd'
import { useTranslation } from 'react-i18next'
import {
  CLIENT_LANGUAGES,
  type ClientLanguage,
  type ClientSnippet,
  clientSnippet,
  type SnippetInput,
} from '../../../contract/client-snippets.ts'
import { copyText } from '../../shared/copy-text.ts'
import { LANGUAGE_LABELS } from './connect-options.ts'

function SnippetView({ snippet }: { snippet: ClientSnippet }) {
  const { t } = useTranslation()
  const { message } = App.useApp()
  const { token } = theme.useToken()
  const copy = async () => {
    try {
      await copyText(snippet.code)
      message.success(t('common.copied'))
    } catch {
      message.error(t('common.copyFailed'))
    }
  }
  return (
    <Flex vertical gap={8}>
      <Typography.Text>
        {t('connect.install')}: <Typography.Text code>{snippet.install}</Typography.Text>
      </Typography.Text>
      <Typography.Text>
        {t('connect.run', { fileName: snippet.fileName })}:{' '}
        <Typography.Text code>{snippet.run}</Typography.Text>
      </Typography.Text>
      <div style={{ position: 'relative' }}>
        <Button
          icon={<CopyOutlined />}
          onClick={copy}
          style={{ position: 'absolute', top: 8, right: 8 }}
          aria-label={t('connect.copyCode', { language: LANGUAGE_LABELS[snippet.language] })}
        >
          {t('common.copy')}
        </Button>
        <pre
          data-testid={`snippet-${snippet.language}`}
          style={{
            margin: 0,
            maxHeight: '60vh',
            overflow: 'auto',
            padding: 12,
            fontFamily: token.fontFamilyCode,
            fontSize: 12,
            lineHeight: 1.5,
            // Go's code is tab-indented; a browser's 8-column tabs push it far right.
            tabSize: 4,
            background: token.colorFillQuaternary,
            border: `1px solid ${token.colorBorderSecondary}`,
            borderRadius: token.borderRadius,
          }}
        >
          {snippet.code}
        </pre>
      </div>
    </Flex>
  )
}

/** One tab per client language, each with its program for the chosen endpoint and how to run it. */
export function ClientTabs({
  input,
  language,
  onLanguageChange,
}: {
  input: SnippetInput
  language: ClientLanguage
  onLanguageChange: (language: ClientLanguage) => void
}) {
  const snippet = clientSnippet(language, input)
  return (
    <Tabs
      activeKey={language}
      onChange={(key) => onLanguageChange(key as ClientLanguage)}
      items={CLIENT_LANGUAGES.map((l) => ({
        key: l,
        label: LANGUAGE_LABELS[l],
        children: l === language ? <SnippetView snippet={snippet} /> : null,
      }))}
    />
  )
}
