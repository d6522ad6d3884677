import type { CSSProperties } from 'react'

/**
 * For a <label> that only screen readers (and getByLabel) need. antd Select copies an aria-label
 * onto both its wrapper and its input, so a hidden label names the input alone.
 */
export const visuallyHidden: CSSProperties = {
  position: 'absolute',
  width: 1,
  height: 1,
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
}
