import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from '@/locales/en';
import { esAR } from '@/locales/es-ar';

export const kLanguages = ['es-AR', 'en'] as const;
export type Language = (typeof kLanguages)[number];

const kLanguageKey = 'healthpulse.language';

export function storedLanguage(): Language {
  try {
    const value = localStorage.getItem(kLanguageKey);
    return value === 'en' ? 'en' : 'es-AR';
  } catch {
    return 'es-AR';
  }
}

export async function changeLanguage(language: Language): Promise<void> {
  try {
    localStorage.setItem(kLanguageKey, language);
  } catch {
    // Without storage the choice lasts for this page only.
  }
  await i18n.changeLanguage(language);
}

i18n.on('languageChanged', (lng) => {
  document.documentElement.lang = lng;
});

void i18n.use(initReactI18next).init({
  resources: {
    'es-AR': { translation: esAR },
    en: { translation: en },
  },
  lng: storedLanguage(),
  fallbackLng: 'es-AR',
  supportedLngs: [...kLanguages],
  // Server messages such as "must be: a, b" are looked up as keys; ':' must not split them.
  nsSeparator: false,
  interpolation: { escapeValue: false },
  returnNull: false,
});

export default i18n;
