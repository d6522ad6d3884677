import { Alert, Button, Spin } from 'antd'
import { useTranslation } from 'react-i18next'
import { useRouteError } from 'react-router'

export function PageSpinner() {
  return (
    <div style={{ display: 'flex', justifyContent: 'center', padding: 96 }}>
      <Spin size="large" />
    </div>
  )
}

/** A page that crashed while rendering or loading its code (a stale chunk after a deploy, say). */
export function RouteErrorPage() {
  const { t } = useTranslation()
  const error = useRouteError()
  return (
    <Alert
      type="error"
      showIcon
      message={t('status.errorTitle')}
      description={error instanceof Error ? error.message : String(error)}
      action={
        <Button size="small" onClick={() => window.location.reload()}>
          {t('status.reload')}
        </Button>
      }
    />
  )
}
