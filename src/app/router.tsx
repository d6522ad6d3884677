import { createBrowserRouter, Navigate } from 'react-router'
import { AppLayout } from './app-layout.tsx'
import { SignInLayout } from './sign-in-layout.tsx'
import { PageSpinner, RouteErrorPage } from './status-pages.tsx'

/** Pages load on demand so the first visit downloads only the shell and the page it opens. */
export const router = createBrowserRouter([
  {
    path: '/login',
    Component: SignInLayout,
    HydrateFallback: PageSpinner,
    children: [
      {
        index: true,
        ErrorBoundary: RouteErrorPage,
        lazy: async () => ({ Component: (await import('../features/auth/login-page.tsx')).LoginPage }),
      },
    ],
  },
  {
    path: '/',
    Component: AppLayout,
    HydrateFallback: PageSpinner,
    children: [
      {
        // Pathless so a page that throws keeps the header and navigation around its error.
        ErrorBoundary: RouteErrorPage,
        children: [
          { index: true, element: <Navigate to="/clusters" replace /> },
          {
            path: 'clusters',
            lazy: async () => ({
              Component: (await import('../features/clusters/cluster-list-page.tsx')).ClusterListPage,
            }),
          },
          {
            path: 'clusters/create',
            lazy: async () => ({
              Component: (await import('../features/cluster-create/create-cluster-wizard.tsx'))
                .CreateClusterWizard,
            }),
          },
          {
            path: 'jobs',
            lazy: async () => ({
              Component: (await import('../features/jobs/job-list-page.tsx')).GlobalJobListPage,
            }),
          },
          {
            path: 'events',
            lazy: async () => ({
              Component: (await import('../features/events/event-list-page.tsx')).GlobalEventListPage,
            }),
          },
          {
            path: 'clusters/:clusterId',
            lazy: async () => ({
              Component: (await import('../features/clusters/cluster-detail-page.tsx')).ClusterDetailPage,
            }),
          },
          {
            path: 'clusters/:clusterId/connect',
            lazy: async () => ({
              Component: (await import('../features/connect/connect-page.tsx')).ConnectPage,
            }),
          },
          {
            path: 'clusters/:clusterId/topics',
            lazy: async () => ({
              Component: (await import('../features/topics/topic-list-page.tsx')).TopicListPage,
            }),
          },
          {
            path: 'clusters/:clusterId/topics/:topicName',
            lazy: async () => ({
              Component: (await import('../features/topics/topic-detail-page.tsx')).TopicDetailPage,
            }),
          },
          {
            path: 'clusters/:clusterId/consumer-groups',
            lazy: async () => ({
              Component: (await import('../features/consumer-groups/group-list-page.tsx')).GroupListPage,
            }),
          },
          {
            path: 'clusters/:clusterId/consumer-groups/:groupName',
            lazy: async () => ({
              Component: (await import('../features/consumer-groups/group-detail-page.tsx')).GroupDetailPage,
            }),
          },
          {
            path: 'clusters/:clusterId/users',
            lazy: async () => ({
              Component: (await import('../features/kafka-users/user-list-page.tsx')).UserListPage,
            }),
          },
          {
            path: 'clusters/:clusterId/acls',
            lazy: async () => ({
              Component: (await import('../features/acls/acl-list-page.tsx')).AclListPage,
            }),
          },
          {
            path: 'clusters/:clusterId/messages',
            lazy: async () => ({
              Component: (await import('../features/messages/message-query-page.tsx')).MessageQueryPage,
            }),
          },
          {
            path: 'clusters/:clusterId/jobs',
            lazy: async () => ({
              Component: (await import('../features/jobs/job-list-page.tsx')).ClusterJobListPage,
            }),
          },
          {
            path: 'clusters/:clusterId/jobs/:jobId',
            lazy: async () => ({
              Component: (await import('../features/jobs/job-detail-page.tsx')).JobDetailPage,
            }),
          },
          {
            path: 'clusters/:clusterId/events',
            lazy: async () => ({
              Component: (await import('../features/events/event-list-page.tsx')).ClusterEventListPage,
            }),
          },
          {
            path: 'clusters/:clusterId/monitoring',
            lazy: async () => ({
              Component: (await import('../features/monitoring/monitoring-page.tsx')).MonitoringPage,
            }),
          },
          {
            path: 'clusters/:clusterId/storage',
            lazy: async () => ({
              Component: (await import('../features/storage/storage-page.tsx')).StoragePage,
            }),
          },
          {
            path: 'alarms',
            lazy: async () => ({
              Component: (await import('../features/alarms/alarms-page.tsx')).AlarmsPage,
            }),
          },
          {
            path: 'audit',
            lazy: async () => ({
              Component: (await import('../features/audit/audit-page.tsx')).AuditPage,
            }),
          },
          {
            path: 'settings/access',
            lazy: async () => ({
              Component: (await import('../features/access/access-page.tsx')).AccessPage,
            }),
          },
          {
            path: 'settings/tokens',
            lazy: async () => ({
              Component: (await import('../features/access/token-list-page.tsx')).TokenListPage,
            }),
          },
          {
            path: '*',
            lazy: async () => ({ Component: (await import('./not-found-page.tsx')).NotFoundPage }),
          },
        ],
      },
    ],
  },
])
