import { Button, type ButtonProps, Tooltip } from 'antd'
import { useId } from 'react'
import { visuallyHidden } from '../../shared/visually-hidden.ts'

/**
 * A disabled button with its reason: in a tooltip on hover, and as the button's description
 * for screen readers (a disabled button takes no focus, so the tooltip alone would be unseen).
 */
export function DisabledWithReason({
  label,
  reason,
  ...button
}: { label: string; reason: string } & Pick<ButtonProps, 'size' | 'icon' | 'danger' | 'aria-label'>) {
  const id = useId()
  return (
    // The span takes the hover a disabled button ignores, and leaves the button's own description alone.
    <Tooltip title={reason}>
      <span>
        <Button {...button} disabled aria-describedby={id}>
          {label}
        </Button>
        <span id={id} style={visuallyHidden}>
          {reason}
        </span>
      </span>
    </Tooltip>
  )
}
