import { type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';

import { type Permission, usePermissions } from '../auth/permissions';
import { useSession } from '../auth/session';
import { BillingBanner } from '../billing/billing-banner';
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

/** Each page of the ensemble's app, shown to those who hold the permission it needs. */
const tenantLinks: ReadonlyArray<readonly [string, string, Permission]> = [
  ['/', 'nav.dashboard', 'projects.read'],
  ['/projects', 'nav.projects', 'projects.read'],
  ['/events', 'nav.events', 'season.read'],
  ['/attendance', 'nav.attendance', 'season.read'],
  ['/musicians', 'nav.musicians', 'musicians.read'],
  ['/sections', 'nav.sections', 'musicians.read'],
  ['/rankings', 'nav.rankings', 'rankings.read'],
  ['/instruments', 'nav.instruments', 'musicians.read'],
  ['/library', 'nav.library', 'library.read'],
  ['/announcements', 'nav.announcements', 'announcements.send'],
  ['/pages', 'nav.pages', 'pages.write'],
  ['/communications', 'nav.communications', 'messaging.read'],
  ['/staff', 'nav.staff', 'staff.manage'],
  ['/privacy', 'nav.privacy', 'privacy.manage'],
  ['/audit', 'nav.auditTrail', 'audit.read'],
  ['/billing', 'nav.billing', 'billing.manage'],
  ['/settings', 'nav.settings', 'messaging.read'],
];

const platformLinks = [
  ['/', 'nav.ensembles'],
  ['/ensembles/new', 'nav.newEnsemble'],
  ['/migrations', 'nav.migrations'],
  ['/audit', 'nav.audit'],
  ['/system-log', 'nav.systemLog'],
  ['/jobs', 'nav.failedJobs'],
  ['/database-servers', 'nav.databaseServers'],
] as const;

function useLinks(): ReadonlyArray<readonly [string, string]> {
  const { can } = usePermissions();
  if (appContext.realm !== 'tenant') return platformLinks;
  return tenantLinks.filter(([, , permission]) => can(permission)).map(([to, key]) => [to, key]);
}

export function Shell({ children }: { children: ReactNode }) {
  const { t, i18n } = useTranslation();
  const session = useSession();
  const links = useLinks();
  const title = appContext.realm === 'tenant' ? appContext.name : t('platform.title');
  const user = session.state.kind === 'signed-in' ? session.state.user : null;
  return (
    <div className="shell">
      <a className="skip" href="#main">
        {t('common.skipToContent')}
      </a>
      <header className="topbar">
        <span className="brand">
          {appContext.realm === 'tenant' && appContext.logoUrl ? (
            <img className="logo" src={appContext.logoUrl} alt="" />
          ) : null}
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
      {appContext.realm === 'tenant' && session.state.kind === 'signed-in' && <BillingBanner />}
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
