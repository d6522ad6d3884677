import { theme } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { JsonNode } from './pretty-json.ts'

// Deep levels start folded so a large document opens readable.
const openDepth = 3

function Token({ node }: { node: Extract<JsonNode, { text: string }> }) {
  const { token } = theme.useToken()
  const color =
    node.kind === 'string'
      ? token.colorSuccessText
      : node.kind === 'number'
        ? token.colorInfoText
        : token.colorWarningText
  return <span style={{ color }}>{node.text}</span>
}

function Branch({
  node,
  label,
  comma,
  depth,
}: {
  node: JsonNode
  label?: string
  comma: boolean
  depth: number
}) {
  const { t } = useTranslation()
  const { token } = theme.useToken()
  const [open, setOpen] = useState(depth < openDepth)
  const name = label && <span style={{ color: token.colorPrimaryText }}>{label}: </span>
  if (node.kind !== 'object' && node.kind !== 'array')
    return (
      <div>
        {name}
        <Token node={node} />
        {comma && ','}
      </div>
    )
  const [opening, closing] = node.kind === 'object' ? ['{', '}'] : ['[', ']']
  const count = node.kind === 'object' ? node.entries.length : node.items.length
  if (count === 0)
    return (
      <div>
        {name}
        {opening}
        {closing}
        {comma && ','}
      </div>
    )
  const toggle = (
    <button
      type="button"
      aria-expanded={open}
      aria-label={open ? t('messages.drawer.collapse') : t('messages.drawer.expand')}
      onClick={() => setOpen(!open)}
      style={{
        border: 0,
        background: 'none',
        padding: 0,
        width: 14,
        marginInlineStart: -14,
        cursor: 'pointer',
        color: token.colorTextSecondary,
        font: 'inherit',
      }}
    >
      {open ? '▾' : '▸'}
    </button>
  )
  if (!open)
    return (
      <div>
        {toggle}
        {name}
        {opening}
        <span style={{ color: token.colorTextTertiary }}> {t('messages.drawer.items', { count })} </span>
        {closing}
        {comma && ','}
      </div>
    )
  return (
    <div>
      <div>
        {toggle}
        {name}
        {opening}
      </div>
      <div style={{ paddingInlineStart: 18 }}>
        {node.kind === 'object'
          ? node.entries.map((entry, i) => (
              <Branch
                // biome-ignore lint/suspicious/noArrayIndexKey: JSON may repeat a key; the position is the identity.
                key={i}
                node={entry.value}
                label={entry.key}
                comma={i < count - 1}
                depth={depth + 1}
              />
            ))
          : node.items.map((item, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: array items have no identity but their position.
              <Branch key={i} node={item} comma={i < count - 1} depth={depth + 1} />
            ))}
      </div>
      <div>
        {closing}
        {comma && ','}
      </div>
    </div>
  )
}

/** A JSON document with foldable objects and arrays; numbers and strings exactly as the message holds them. */
export function JsonView({ node }: { node: JsonNode }) {
  return (
    <div style={{ fontFamily: 'monospace', fontSize: 12, paddingInlineStart: 14, wordBreak: 'break-all' }}>
      <Branch node={node} comma={false} depth={0} />
    </div>
  )
}
