import i18n from 'i18next'
import { initReactI18next } from 'react-i18next'
import enUS from '../locales/en-US.json'
import zhCN from '../locales/zh-CN.json'

export const languages = ['zh-CN', 'en-US'] as const
export type Language = (typeof languages)[number]

const storageKey = 'ferry.language'

/** The stored choice, else the browser's language: any Chinese variant gets zh-CN. */
export function initialLanguage(): Language {
  const stored = localStorage.getItem(storageKey)
  if (stored === 'zh-CN' || stored === 'en-US') return stored
  return navigator.language.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en-US'
}

export function rememberLanguage(language: Language): void {
  localStorage.setItem(storageKey, language)
}

// Both locales are bundled: they are small, and the first paint must not wait for a fetch.
i18n.use(initReactI18next).init({
  resources: { 'en-US': { translation: enUS }, 'zh-CN': { translation: zhCN } },
  lng: initialLanguage(),
  fallbackLng: 'en-US',
  interpolation: { escapeValue: false },
  initAsync: false,
})

export { i18n }
