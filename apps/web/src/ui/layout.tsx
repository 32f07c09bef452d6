import { type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';

import { useSession } from '../auth/session';
import { appContext, timeZone } from '../context';
import { type Language, setLanguage } from '../i18n';
import { formatDateTime } from '../lib/format';

export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <label className="language">
      <span className="visually-hidden">{t('common.language')}</span>
      <select
        value={i18n.language}
        onChange={(e) => setLanguage(e.target.value as Language)}
        aria-label={t('common.language')}
      >
        <option value="sv">Svenska</option>
        <option value="en">English</option>
      </select>
    </label>
  );
}

const tenantLinks = [
  ['/', 'nav.dashboard'],
  ['/projects', 'nav.projects'],
  ['/events', 'nav.events'],
  ['/attendance', 'nav.attendance'],
  ['/musicians', 'nav.musicians'],
  ['/sections', 'nav.sections'],
  ['/rankings', 'nav.rankings'],
  ['/instruments', 'nav.instruments'],
  ['/library', 'nav.library'],
  ['/announcements', 'nav.announcements'],
  ['/pages', 'nav.pages'],
  ['/communications', 'nav.communications'],
  ['/privacy', 'nav.privacy'],
  ['/settings', 'nav.settings'],
] as const;

const platformLinks = [
  ['/', 'nav.ensembles'],
  ['/ensembles/new', 'nav.newEnsemble'],
  ['/migrations', 'nav.migrations'],
  ['/audit', 'nav.audit'],
] as const;

export function Shell({ children }: { children: ReactNode }) {
  const { t, i18n } = useTranslation();
  const session = useSession();
  const links = appContext.realm === 'tenant' ? tenantLinks : platformLinks;
  const title = appContext.realm === 'tenant' ? appContext.name : t('platform.title');
  const user = session.state.kind === 'signed-in' ? session.state.user : null;
  return (
    <div className="shell">
      <a className="skip" href="#main">
        {t('common.skipToContent')}
      </a>
      <header className="topbar">
        <span className="brand">
          Tutti <span className="ensemble">{title}</span>
        </span>
        <div className="topbar-actions">
          <LanguageSwitch />
          {user && (
            <>
              <span className="user">{user.name}</span>
              <button type="button" className="link" onClick={() => void session.signOut()}>
                {t('auth.signOut')}
              </button>
            </>
          )}
        </div>
      </header>
      {session.state.kind === 'signed-in' && session.state.impersonated && (
        <div className="banner" role="status">
          {t('impersonation.banner', {
            until: formatDateTime(new Date(session.state.expiresAt), i18n.language, timeZone),
          })}{' '}
          <button type="button" onClick={() => session.endImpersonation()}>
            {t('impersonation.end')}
          </button>
        </div>
      )}
      <nav aria-label={t('nav.label')} className="nav">
        {links.map(([to, key]) => (
          <NavLink key={to} to={to} end={to === '/'}>
            {t(key)}
          </NavLink>
        ))}
      </nav>
      <main id="main" tabIndex={-1}>
        {children}
      </main>
    </div>
  );
}
