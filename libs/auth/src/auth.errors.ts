import { DomainError } from '#tutti/common';

export const invalidCredentials = () =>
  new DomainError('auth/invalid-credentials', 'unauthenticated', 'Email or password is wrong');

export const invalidRefreshToken = () =>
  new DomainError(
    'auth/invalid-refresh-token',
    'unauthenticated',
    'The refresh token is not valid; sign in again',
  );

export const invitationsOnTenantOnly = () =>
  new DomainError(
    'route/not-found',
    'not_found',
    "Invitations are accepted on the ensemble's own address",
  );

export const invalidInvitation = () =>
  new DomainError(
    'auth/invalid-invitation',
    'invalid',
    'The invitation is not valid or has expired; ask for a new one',
  );

export const weakPassword = () =>
  new DomainError('auth/weak-password', 'invalid', 'password must be at least 12 characters', {
    field: 'password',
  });

export const superadminExists = (email: string) =>
  new DomainError('user/exists', 'conflict', `A superadmin ${email} already exists`, {
    field: 'email',
  });

export const notImpersonating = () =>
  new DomainError('auth/not-impersonating', 'invalid', 'This session is not an impersonation');

export const missingPermission = (permission: string) =>
  new DomainError('auth/forbidden', 'forbidden', `This needs the permission ${permission}`, {
    permission,
  });

export const userDeactivated = () =>
  new DomainError(
    'auth/user-inactive',
    'unauthenticated',
    'This account has been deactivated; ask an admin of the ensemble',
  );
