import { useCallback } from 'react'
import { useTranslation } from 'react-i18next'

/**
 * The contract's validation messages are English; the locale files map each one to the
 * reader's language. A message without a translation is shown as it is.
 */
export function useContractMessage(): (message: string) => string {
  const { t } = useTranslation()
  return useCallback(
    (message: string) => {
      const table = t('contractMessages', { returnObjects: true }) as unknown as Record<string, string>
      return table[message] ?? message
    },
    [t],
  )
}
