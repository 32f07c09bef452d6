import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';

import { en } from './en';
import { sv } from './sv';

export type Language = 'sv' | 'en';
const KEY = 'tutti.language';

/** The remembered choice, else the browser's language (Swedish or English). */
export function initialLanguage(saved: string | null, browser: readonly string[]): Language {
  if (saved === 'sv' || saved === 'en') return saved;
  for (const l of browser) {
    const base = l.toLowerCase().split('-')[0];
    if (base === 'sv' || base === 'en') return base;
  }
  return 'en';
}

export function setupI18n() {
  const lng = initialLanguage(
    localStorage.getItem(KEY),
    navigator.languages ?? [navigator.language],
  );
  document.documentElement.lang = lng;
  void i18n.use(initReactI18next).init({
    resources: { en: { translation: en }, sv: { translation: sv } },
    lng,
    fallbackLng: 'en',
    interpolation: { escapeValue: false },
    showSupportNotice: false,
  });
  return i18n;
}

export function setLanguage(lng: Language): void {
  localStorage.setItem(KEY, lng);
  document.documentElement.lang = lng;
  void i18n.changeLanguage(lng);
}
