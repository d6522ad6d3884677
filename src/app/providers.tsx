import { QueryClientProvider } from '@tanstack/react-query'
import { ConfigProvider, theme } from 'antd'
import enUS from 'antd/locale/en_US'
import zhCN from 'antd/locale/zh_CN'
import { type ReactNode, useEffect, useState } from 'react'
import { createQueryClient } from '../shared/query-client.ts'
import { PreferencesProvider, usePreferences } from './preferences.tsx'
import { themeConfig } from './theme.ts'

const antdLocales = { 'zh-CN': zhCN, 'en-US': enUS }

/** antd themes its components only; the page behind them (body, scrollbars) follows here. */
function DocumentTheme() {
  const { token } = theme.useToken()
  const { themeMode } = usePreferences()
  useEffect(() => {
    document.body.style.background = token.colorBgLayout
    document.body.style.colorScheme = themeMode
  }, [token.colorBgLayout, themeMode])
  return null
}

function ThemedAntd({ children }: { children: ReactNode }) {
  const { language, themeMode } = usePreferences()
  return (
    <ConfigProvider locale={antdLocales[language]} theme={themeConfig(themeMode)}>
      <DocumentTheme />
      {children}
    </ConfigProvider>
  )
}

export function Providers({ children }: { children: ReactNode }) {
  const [queryClient] = useState(createQueryClient)
  return (
    <QueryClientProvider client={queryClient}>
      <PreferencesProvider>
        <ThemedAntd>{children}</ThemedAntd>
      </PreferencesProvider>
    </QueryClientProvider>
  )
}
