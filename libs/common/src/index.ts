export type { AppConfig } from './app-config.js';
export { APP_CONFIG, loadConfig, withDatabase } from './app-config.js';
export { Clock, SystemClock } from './clock.js';
export { COLOR, contrast, readableButton } from './colour.js';
export { randomToken, safeEqual, SecretBox, sha256 } from './crypto.js';
export {
  cursorPage,
  CursorPageOf,
  CursorQuery,
  decodeCursor,
  decodeTextCursor,
  encodeCursor,
  encodeTextCursor,
} from './cursor.js';
export { dateFormat } from './date-format.js';
export type { ErrorKind } from './domain-error.js';
export { DomainError } from './domain-error.js';
export { ErrorFilter } from './error.filter.js';
export {
  driverErrorText,
  errorChain,
  isConnectionLoss,
  isDatabaseBusy,
  sqlStateOf,
} from './error-chain.js';
export { JsonLogger } from './json-logger.js';
export type { Language } from './language.js';
export { languageOf, positionLabel } from './language.js';
export { pageOf, PageQuery } from './page.query.js';
export { type Page, PageOf } from './page.view.js';
export { ParseIdPipe } from './parse-id.pipe.js';
export type { Permission, TenantRole } from './permissions.js';
export {
  ALL_PERMISSIONS,
  isPermission,
  isTenantRole,
  PERMISSIONS,
  permissionsOf,
  TENANT_ROLE_NAMES,
  TENANT_ROLES,
} from './permissions.js';
export { isSupportedCountry, phoneOrThrow, toE164 } from './phone.js';
export { planLimitReached } from './plan.errors.js';
export * from './plans.js';
export type { AuthPrincipal, RequestContext, TenantRef } from './request-context.js';
export { releaseContext, requestContext } from './request-context.js';
export { assignRequestId, requestIdOf } from './request-id.js';
export {
  fieldViolations,
  invalidInput,
  IsCalendarDate,
  IsInstant,
  MAX_INT4,
  Nullable,
  Optional,
  QueryBoolean,
} from './validation.js';
