import type { FormInstance } from 'antd'
import { useCallback } from 'react'
import { useTranslation } from 'react-i18next'
import { useContractMessage } from '../../shared/use-contract-message.ts'
import { contractIssueAt, type NamePath, type WizardValues } from './wizard-form.ts'

export type Translate = (message: string) => string

/** The contract's messages in the reader's language: the wizard's own table first, then the shared one. */
export function useWizardMessage(): Translate {
  const { i18n } = useTranslation()
  const shared = useContractMessage()
  const language = i18n.language
  return useCallback(
    (message: string) => {
      // Read raw: t() would take the “:” in some messages for a namespace separator.
      const own = i18n.getResource(language, 'translation', 'clusterCreate.contractMessages') as
        | Record<string, string>
        | undefined
      return own?.[message] ?? shared(message)
    },
    [i18n, language, shared],
  )
}

/**
 * Checks the whole would-be request with the contract and shows here what it says about this field, so the
 * rules that join fields (HA needs 2 or 3 zones, ACLs need SASL only, a setting Ferry manages) are written once.
 */
export function contractRule(form: FormInstance<WizardValues>, name: NamePath, translate: Translate) {
  return {
    validator: async () => {
      const message = contractIssueAt(form.getFieldsValue(true) as WizardValues, name)
      if (message) throw new Error(translate(message))
    },
  }
}
