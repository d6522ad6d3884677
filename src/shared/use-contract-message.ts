import { useCallback } from 'react'
import { useTranslation } from 'react-i18next'

/**
 * The contract's validation messages are English; the locale files map each one to the
 * reader's language. A message without a translation is shown as it is. `own` names a feature's
 * own table (`kafkaUsers.contractMessages`), looked in before the shared one.
 */
export function useContractMessage(own?: string): (message: string) => string {
  const { t, i18n } = useTranslation()
  const language = i18n.language
  return useCallback(
    (message: string) => {
      // Read raw: t() would take the “:” in some messages for a namespace separator.
      const mine = own
        ? (i18n.getResource(language, 'translation', own) as Record<string, string> | undefined)
        : undefined
      const table = t('contractMessages', { returnObjects: true }) as unknown as Record<string, string>
      return mine?.[message] ?? table[message] ?? message
    },
    [t, i18n, language, own],
  )
}
