import { Route, Routes } from 'react-router';

import { AuditPage } from './audit-page';
import { DatabaseServersPage } from './database-servers-page';
import { EnsemblePage } from './ensemble-page';
import { EnsemblesPage } from './ensembles-page';
import { JobsPage } from './jobs-page';
import { MigrationsPage } from './migrations-page';
import { ProvisionPage } from './provision-page';
import { SystemLogPage } from './system-log-page';

/** The platform console (central domain, superadmins); loaded only there. */
export default function PlatformRoutes() {
  return (
    <Routes>
      <Route path="/" element={<EnsemblesPage />} />
      <Route path="/ensembles/new" element={<ProvisionPage />} />
      <Route path="/ensembles/:id" element={<EnsemblePage />} />
      <Route path="/migrations" element={<MigrationsPage />} />
      <Route path="/audit" element={<AuditPage />} />
      <Route path="/system-log" element={<SystemLogPage />} />
      <Route path="/jobs" element={<JobsPage />} />
      <Route path="/database-servers" element={<DatabaseServersPage />} />
    </Routes>
  );
}
