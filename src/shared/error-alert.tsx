import { Alert, Button } from 'antd'
import { useTranslation } from 'react-i18next'
import { ApiError } from './api-client.ts'

/** A failed query, shown where its data would have been. */
export function ErrorAlert({ error, onRetry }: { error: Error; onRetry: () => void }) {
  const { t } = useTranslation()
  const requestId = error instanceof ApiError && error.requestId ? error.requestId : null
  return (
    <Alert
      type="error"
      showIcon
      message={t('common.loadFailed')}
      description={
        <>
          <div>{error.message}</div>
          {requestId && <div>{t('common.requestId', { id: requestId })}</div>}
        </>
      }
      action={
        <Button size="small" onClick={onRetry}>
          {t('common.retry')}
        </Button>
      }
    />
  )
}
