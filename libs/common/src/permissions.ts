/**
 * What a tenant user or API key may do. Every tenant route names one of these (the access
 * guard checks it, and a test walks the route table to make sure no route forgot). Roles are
 * fixed sets of them, defined here in code so that a change to what a role may do is
 * reviewed and tested like any other; a user can be granted more one by one.
 */
export const PERMISSIONS = {
  'musicians.read': 'See musicians, sections and instruments',
  'musicians.write': "Add, edit, import and archive musicians; sections, members' links",
  'instruments.manage': 'Add instruments and their positions',
  'rankings.read': 'See ranking lists',
  'rankings.write': 'Change ranking lists',
  'projects.read': 'See projects, needs and the dashboard',
  'projects.write': 'Create and change projects and needs',
  'needs.start': 'Start, pause, resume, cancel and complete needs; record answers',
  'season.read': 'See events, venues, attendance and waitlists',
  'season.write': 'Create and change events, programmes, attendance and waitlists',
  'library.read': 'See the music library',
  'library.write': 'Change the music library: pieces, files, parts, assignments',
  'pages.write': "Write, publish and archive the ensemble's pages",
  'announcements.send': 'Write and publish announcements to members',
  'messaging.read': 'See sent messages, templates and messaging settings',
  'messaging.send': 'Send group emails',
  'messaging.settings': 'Change email and SMS providers and templates',
  'webhooks.manage': 'Manage outgoing webhooks',
  'api-keys.manage': 'Create and revoke API keys',
  'staff.manage': 'Invite staff, change their roles, deactivate them',
  'privacy.manage': 'Export and anonymise personal data, set retention',
  'audit.read': "Read the audit trail of the ensemble's data",
  'domain.manage': "Set and verify the ensemble's own domain",
  'branding.manage': "Change the ensemble's colours, logo and icon",
  'billing.manage': 'Choose the plan, pay, and manage the subscription',
} as const;

export type Permission = keyof typeof PERMISSIONS;
export const ALL_PERMISSIONS = Object.keys(PERMISSIONS) as Permission[];

export const isPermission = (value: string): value is Permission =>
  Object.prototype.hasOwnProperty.call(PERMISSIONS, value);

const ADMIN_ONLY: Permission[] = [
  'instruments.manage',
  'messaging.settings',
  'webhooks.manage',
  'api-keys.manage',
  'staff.manage',
  'privacy.manage',
  'domain.manage',
  'branding.manage',
  'billing.manage',
  // The trail holds every row's before and after, personal data included.
  'audit.read',
];
const READS = ALL_PERMISSIONS.filter((p) => p.endsWith('.read') && !ADMIN_ONLY.includes(p));

/** The roles of an ensemble's users, each a fixed set of permissions. */
export const TENANT_ROLES = {
  admin: { label: 'Admin', permissions: ALL_PERMISSIONS },
  staff: {
    label: 'Staff',
    permissions: ALL_PERMISSIONS.filter((p) => !ADMIN_ONLY.includes(p)),
  },
  librarian: {
    label: 'Librarian',
    permissions: [
      'musicians.read',
      'projects.read',
      'season.read',
      'library.read',
      'library.write',
    ] as Permission[],
  },
  section_leader: {
    label: 'Section leader',
    permissions: [
      'musicians.read',
      'rankings.read',
      'rankings.write',
      'projects.read',
      'needs.start',
      'season.read',
      'library.read',
      'messaging.read',
    ] as Permission[],
  },
  read_only: { label: 'Read only', permissions: READS },
} satisfies Record<string, { label: string; permissions: readonly Permission[] }>;

export type TenantRole = keyof typeof TENANT_ROLES;
export const TENANT_ROLE_NAMES = Object.keys(TENANT_ROLES) as TenantRole[];

export const isTenantRole = (value: string): value is TenantRole =>
  Object.prototype.hasOwnProperty.call(TENANT_ROLES, value);

/** A user's permissions: their role's, and what they were granted besides, each once. */
export function permissionsOf(role: string, extra: readonly string[] = []): Permission[] {
  const base = isTenantRole(role) ? TENANT_ROLES[role].permissions : [];
  const granted = new Set<Permission>(base);
  for (const p of extra) if (isPermission(p)) granted.add(p);
  return ALL_PERMISSIONS.filter((p) => granted.has(p));
}
