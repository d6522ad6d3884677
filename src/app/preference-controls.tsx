import { MoonOutlined, SunOutlined } from '@ant-design/icons'
import { Select, Space, Switch } from 'antd'
import { useTranslation } from 'react-i18next'
import { visuallyHidden } from '../shared/visually-hidden.ts'
import { type Language, languages } from './i18n.ts'
import { usePreferences } from './preferences.tsx'

const languageNames: Record<Language, string> = { 'zh-CN': '简体中文', 'en-US': 'English' }

/** Language and light / dark: in the header, and on the sign-in page before there is one. */
export function PreferenceControls() {
  const { t } = useTranslation()
  const { language, setLanguage, themeMode, setThemeMode } = usePreferences()
  return (
    <Space size="middle">
      <label htmlFor="ferry-language" style={visuallyHidden}>
        {t('header.language')}
      </label>
      <Select<Language>
        // Short list: without virtual scrolling every option carries role=option.
        virtual={false}
        id="ferry-language"
        value={language}
        onChange={setLanguage}
        options={languages.map((value) => ({ value, label: languageNames[value] }))}
        style={{ width: 112 }}
      />
      <Switch
        aria-label={t('header.darkMode')}
        checked={themeMode === 'dark'}
        onChange={(dark) => setThemeMode(dark ? 'dark' : 'light')}
        checkedChildren={<MoonOutlined />}
        unCheckedChildren={<SunOutlined />}
      />
    </Space>
  )
}
