import { Button, Result } from 'antd'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'

export function NotFoundPage() {
  const { t } = useTranslation()
  return (
    <Result
      status="404"
      title={t('status.notFoundTitle')}
      subTitle={t('status.notFoundText')}
      extra={
        <Link to="/clusters">
          <Button type="primary">{t('status.backToClusters')}</Button>
        </Link>
      }
    />
  )
}
