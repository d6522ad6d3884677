import { Button, Card, Result, Space, Typography } from 'antd'
import type { ReactNode } from 'react'
import { useNavigate } from 'react-router'
import { ApiError } from './api-client.ts'

/**
 * A cluster page whose content needs something of the cluster (SASL for users, ACLs for permissions). When
 * its query failed with `needs.code`, the page says why instead, with the way to the cluster, whose access
 * configuration can change it.
 */
export function AccessGatedPage({
  clusterId,
  title,
  error,
  needs,
  children,
}: {
  clusterId: string
  title: string
  error: Error | null
  needs: { code: string; title: string; description: string; action: string }
  children: ReactNode
}) {
  const navigate = useNavigate()
  const missing = error instanceof ApiError && error.code === needs.code
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {title}
      </Typography.Title>
      {missing ? (
        <Card>
          <Result
            status="info"
            title={needs.title}
            subTitle={needs.description}
            extra={
              <Button type="primary" onClick={() => navigate(`/clusters/${encodeURIComponent(clusterId)}`)}>
                {needs.action}
              </Button>
            }
          />
        </Card>
      ) : (
        children
      )}
    </Space>
  )
}
