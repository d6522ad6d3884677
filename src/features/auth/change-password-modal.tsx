import { App, Modal } from 'antd'
import { useTranslation } from 'react-i18next'
import { ChangePasswordForm } from './change-password-form.tsx'

function PasswordDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation()
  const { message } = App.useApp()
  return (
    <Modal open={open} title={t('auth.changePassword')} footer={null} onCancel={onClose} destroyOnHidden>
      <ChangePasswordForm
        onChanged={() => {
          message.success(t('auth.passwordChanged'))
          onClose()
        }}
        onCancel={onClose}
      />
    </Modal>
  )
}

/**
 * Changing one's own password from the header's menu. The header sits outside the pages' antd App, so the
 * dialog brings its own for the message that confirms the change.
 */
export default function ChangePasswordModal(props: { open: boolean; onClose: () => void }) {
  return (
    <App component={false}>
      <PasswordDialog {...props} />
    </App>
  )
}
