import type { FormRule } from 'antd'
import { Input, InputNumber, Select } from 'antd'
import { useTranslation } from 'react-i18next'
import { topicConfigProblem } from '../../../contract/topics.ts'
import { knownConfigRule } from './advanced-configs.ts'

interface Props {
  configName: string | undefined
  id?: string
  value?: string
  onChange?: (value: string | undefined) => void
  'aria-label'?: string
}

/** The value of a topic config: a choice for enumerated keys, a bounded number for ranged ones, else text. */
export function ConfigValueInput({ configName, id, value, onChange, 'aria-label': ariaLabel }: Props) {
  const rule = knownConfigRule(configName)
  if (rule && 'values' in rule)
    return (
      <Select<string>
        id={id}
        aria-label={ariaLabel}
        virtual={false}
        value={value}
        onChange={onChange}
        options={rule.values.map((v) => ({ value: v, label: v }))}
      />
    )
  if (rule)
    return (
      <InputNumber<string>
        id={id}
        aria-label={ariaLabel}
        // Strings: the API carries config values as text, and some limits pass 2^31.
        stringMode
        min={String(rule.min)}
        max={String(rule.max)}
        precision={0}
        value={value}
        onChange={(v) => onChange?.(v ?? undefined)}
        style={{ width: '100%' }}
      />
    )
  return (
    <Input
      id={id}
      aria-label={ariaLabel}
      autoComplete="off"
      value={value}
      onChange={(e) => onChange?.(e.target.value)}
    />
  )
}

/** The range of a ranged key, as a hint under its field. */
export function useConfigHint(configName: string | undefined): string | undefined {
  const { t } = useTranslation()
  const rule = knownConfigRule(configName)
  return rule && 'min' in rule ? t('topics.configRange', { min: rule.min, max: rule.max }) : undefined
}

/** Checks a value against the contract's rule for its key, in the reader's language. */
export function configValueRule(
  configName: string | undefined,
  translate: (message: string) => string,
): FormRule {
  return {
    validator: async (_rule, value: unknown) => {
      if (!configName || value === undefined || value === null || value === '') return
      const problem = topicConfigProblem(configName, String(value))
      if (problem) throw new Error(translate(problem))
    },
  }
}
