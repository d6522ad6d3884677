import { type ThemeConfig, theme } from 'antd'

export type ThemeMode = 'light' | 'dark'

const storageKey = 'ferry.theme'

export function initialThemeMode(): ThemeMode {
  const stored = localStorage.getItem(storageKey)
  if (stored === 'light' || stored === 'dark') return stored
  return window.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light'
}

export function rememberThemeMode(mode: ThemeMode): void {
  localStorage.setItem(storageKey, mode)
}

export function themeConfig(mode: ThemeMode): ThemeConfig {
  return {
    algorithm: mode === 'dark' ? theme.darkAlgorithm : theme.defaultAlgorithm,
    token: { colorPrimary: '#1677ff', borderRadius: 6 },
    components: { Layout: { headerPadding: '0 24px' } },
  }
}
