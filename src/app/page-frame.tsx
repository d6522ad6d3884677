import { App } from 'antd'
import { Outlet } from 'react-router'

/**
 * antd's App gives pages message/modal hooks that follow the theme and locale. It pulls in
 * modal and notification code, so it loads with the first page instead of in the shell, and
 * lives in the layout so a message outlives the page that raised it (added → navigate away).
 */
export default function PageFrame() {
  return (
    <App component={false}>
      <Outlet />
    </App>
  )
}
