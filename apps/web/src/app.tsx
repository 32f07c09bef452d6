import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { BrowserRouter, Route, Routes, useLocation } from 'react-router';

import { AuditTrailPage } from './audit/audit-trail-page';
import { ForgotPasswordPage } from './auth/forgot-password-page';
import { useSession } from './auth/session';
import { SetPasswordPage } from './auth/set-password-page';
import { SignInPage } from './auth/sign-in-page';
import { BillingPage } from './billing/billing-page';
import { CommunicationsPage } from './communications/communications-page';
import { SettingsPage } from './communications/settings-page';
import { AnnouncementsPage } from './content/announcements-page';
import { PageEditor } from './content/page-editor';
import { PagesPage } from './content/pages-page';
import { appContext } from './context';
import { DashboardPage } from './dashboard/dashboard-page';
import { LibraryPage } from './library/library-page';
import { PiecePage } from './library/piece-page';
import { InstrumentsPage } from './musicians/instruments-page';
import { MusicianPage } from './musicians/musician-page';
import { MusiciansPage } from './musicians/musicians-page';
import { PrivacyPage } from './privacy/privacy-page';
import { ProjectPage } from './projects/project-page';
import { ProjectsPage } from './projects/projects-page';
import { RankingsPage } from './rankings/rankings-page';
import { AttendancePage } from './season/attendance-page';
import { EventPage } from './season/event-page';
import { EventsPage } from './season/events-page';
import { SectionsPage } from './season/sections-page';
import { SignupDonePage } from './signup/signup-done-page';
import { SignupPage } from './signup/signup-page';
import { StaffPage } from './staff/staff-page';
import { Loading } from './ui/kit';
import { Shell } from './ui/layout';

const PlatformRoutes = lazy(() => import('./platform/platform-routes'));

function NotFound() {
  const { t } = useTranslation();
  return <p>{t('common.notFound')}</p>;
}

function TenantRoutes() {
  return (
    <Routes>
      <Route path="/" element={<DashboardPage />} />
      <Route path="/musicians" element={<MusiciansPage />} />
      <Route path="/musicians/:id" element={<MusicianPage />} />
      <Route path="/instruments" element={<InstrumentsPage />} />
      <Route path="/rankings" element={<RankingsPage />} />
      <Route path="/projects" element={<ProjectsPage />} />
      <Route path="/projects/:id" element={<ProjectPage />} />
      <Route path="/events" element={<EventsPage />} />
      <Route path="/events/:id" element={<EventPage />} />
      <Route path="/attendance" element={<AttendancePage />} />
      <Route path="/sections" element={<SectionsPage />} />
      <Route path="/library" element={<LibraryPage />} />
      <Route path="/library/:pieceId" element={<PiecePage />} />
      <Route path="/pages" element={<PagesPage />} />
      <Route path="/pages/:pageId" element={<PageEditor />} />
      <Route path="/announcements" element={<AnnouncementsPage />} />
      <Route path="/privacy" element={<PrivacyPage />} />
      <Route path="/communications" element={<CommunicationsPage />} />
      <Route path="/settings" element={<SettingsPage />} />
      <Route path="/staff" element={<StaffPage />} />
      <Route path="/audit" element={<AuditTrailPage />} />
      <Route path="/billing" element={<BillingPage />} />
      <Route path="*" element={<NotFound />} />
    </Routes>
  );
}

function Gate() {
  const session = useSession();
  const path = useLocation().pathname;
  if (session.state.kind === 'loading') return <Loading />;
  if (appContext.realm === 'tenant') {
    if (path === '/invitations') return <SetPasswordPage mode="invitation" />;
    if (path === '/reset-password') return <SetPasswordPage mode="reset" />;
    if (path === '/forgot-password' && session.state.kind === 'signed-out') {
      return <ForgotPasswordPage />;
    }
  }
  if (appContext.realm === 'platform') {
    if (path === '/signup') return <SignupPage />;
    if (path === '/signup/done') return <SignupDonePage />;
  }
  if (session.state.kind === 'signed-out') return <SignInPage />;
  return (
    <Shell>
      <Suspense fallback={<Loading />}>
        {appContext.realm === 'tenant' ? <TenantRoutes /> : <PlatformRoutes />}
      </Suspense>
    </Shell>
  );
}

export function App() {
  return (
    <BrowserRouter>
      <Gate />
    </BrowserRouter>
  );
}
