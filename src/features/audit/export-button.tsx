import { DownloadOutlined } from '@ant-design/icons'
import { App, Button, Dropdown, Modal, Progress, Typography } from 'antd'
import { useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { downloadText } from '../../shared/download-text.ts'
import { type AuditFilter, fetchAuditRecords } from './api.ts'
import { auditCsv, auditJson } from './audit-export.ts'

/** An export holds at most this many records: enough for an investigation, small enough for the browser. */
export const EXPORT_LIMIT = 10_000

const formats = {
  csv: { build: auditCsv, type: 'text/csv;charset=utf-8' },
  json: { build: auditJson, type: 'application/json' },
}
type Format = keyof typeof formats

/** Downloads every record of the current filter (not just the page shown), fetched page after page. */
export function ExportButton({ filter }: { filter: AuditFilter }) {
  const { t, i18n } = useTranslation()
  const { message } = App.useApp()
  const [fetched, setFetched] = useState<number | null>(null)
  const running = useRef<AbortController | null>(null)
  const number = new Intl.NumberFormat(i18n.language)

  const run = async (format: Format) => {
    const controller = new AbortController()
    running.current = controller
    setFetched(0)
    try {
      const { records, truncated } = await fetchAuditRecords(filter, {
        limit: EXPORT_LIMIT,
        signal: controller.signal,
        onProgress: setFetched,
      })
      const stamp = new Date().toISOString().replace(/[:.]/g, '-')
      downloadText(`ferry-audit-${stamp}.${format}`, formats[format].build(records), formats[format].type)
      if (truncated) message.warning(t('audit.exportTruncated', { limit: number.format(EXPORT_LIMIT) }))
      else message.success(t('audit.exported', { count: records.length }))
    } catch (error) {
      if (!controller.signal.aborted) message.error((error as Error).message)
    } finally {
      running.current = null
      setFetched(null)
    }
  }

  return (
    <>
      <Dropdown
        disabled={fetched !== null}
        menu={{
          items: [
            { key: 'csv', label: t('audit.exportCsv') },
            { key: 'json', label: t('audit.exportJson') },
          ],
          onClick: ({ key }) => run(key as Format),
        }}
      >
        <Button icon={<DownloadOutlined />} loading={fetched !== null}>
          {t('audit.export')}
        </Button>
      </Dropdown>
      <Modal
        open={fetched !== null}
        title={t('audit.exporting')}
        closable={false}
        maskClosable={false}
        footer={<Button onClick={() => running.current?.abort()}>{t('common.cancel')}</Button>}
      >
        <Progress
          percent={Math.round(((fetched ?? 0) / EXPORT_LIMIT) * 100)}
          showInfo={false}
          status="active"
        />
        <Typography.Text type="secondary">
          {t('audit.exportProgress', {
            fetched: number.format(fetched ?? 0),
            limit: number.format(EXPORT_LIMIT),
          })}
        </Typography.Text>
      </Modal>
    </>
  )
}
