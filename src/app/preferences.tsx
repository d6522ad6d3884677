import { createContext, type ReactNode, useCallback, useContext, useMemo, useState } from 'react'
import { i18n, initialLanguage, type Language, rememberLanguage } from './i18n.ts'
import { initialThemeMode, rememberThemeMode, type ThemeMode } from './theme.ts'

interface Preferences {
  language: Language
  setLanguage: (language: Language) => void
  themeMode: ThemeMode
  setThemeMode: (mode: ThemeMode) => void
}

const PreferencesContext = createContext<Preferences | null>(null)

/** Language and theme: chosen in the header, remembered in localStorage. */
export function PreferencesProvider({ children }: { children: ReactNode }) {
  const [language, setLanguageState] = useState<Language>(initialLanguage)
  const [themeMode, setThemeModeState] = useState<ThemeMode>(initialThemeMode)

  const setLanguage = useCallback((next: Language) => {
    rememberLanguage(next)
    void i18n.changeLanguage(next)
    document.documentElement.lang = next
    setLanguageState(next)
  }, [])

  const setThemeMode = useCallback((next: ThemeMode) => {
    rememberThemeMode(next)
    setThemeModeState(next)
  }, [])

  const value = useMemo(
    () => ({ language, setLanguage, themeMode, setThemeMode }),
    [language, setLanguage, themeMode, setThemeMode],
  )
  return <PreferencesContext value={value}>{children}</PreferencesContext>
}

export function usePreferences(): Preferences {
  const preferences = useContext(PreferencesContext)
  if (!preferences) throw new Error('usePreferences needs a PreferencesProvider')
  return preferences
}
