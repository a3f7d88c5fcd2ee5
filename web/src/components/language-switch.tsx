import { SegmentedControl } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { changeLanguage, type Language } from '@/lib/i18n';

export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const current: Language = i18n.language === 'en' ? 'en' : 'es-AR';
  return (
    <SegmentedControl
      size="xs"
      aria-label={t('language.label')}
      value={current}
      onChange={(value) => void changeLanguage(value as Language)}
      data={[
        { value: 'es-AR', label: 'ES' },
        { value: 'en', label: 'EN' },
      ]}
    />
  );
}
