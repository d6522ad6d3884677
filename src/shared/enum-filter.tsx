import { Select } from 'antd'
import { visuallyHidden } from './visually-hidden.ts'

/** A clearable filter over a short closed list, labelled for screen readers and tests. */
export function EnumFilter<T extends string>({
  id,
  label,
  placeholder,
  value,
  values,
  labelOf,
  onChange,
  width,
}: {
  id: string
  label: string
  placeholder: string
  value: T | undefined
  values: readonly T[]
  labelOf: (value: T) => string
  onChange: (value: T | undefined) => void
  width: number
}) {
  return (
    <>
      <label htmlFor={id} style={visuallyHidden}>
        {label}
      </label>
      <Select<T>
        // Short lists: without virtual scrolling every option carries role=option.
        virtual={false}
        id={id}
        allowClear
        placeholder={placeholder}
        value={value}
        onChange={onChange}
        options={values.map((v) => ({ value: v, label: labelOf(v) }))}
        style={{ width }}
      />
    </>
  )
}
