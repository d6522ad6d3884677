import 'i18next'
import type enUS from '../locales/en-US.json'

// Typed keys: a `t('...')` naming a key missing from the locale files fails the type check.
declare module 'i18next' {
  interface CustomTypeOptions {
    resources: { translation: typeof enUS }
  }
}
