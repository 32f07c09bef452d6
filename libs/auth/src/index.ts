export type { AccessClaims } from './access-token.js';
export { audienceOf, ISSUER as TOKEN_ISSUER } from './access-token.js';
export type { AccountEmail, AccountEmailKind, AccountEmailSender } from './account-emails.js';
export { AccountEmails } from './account-emails.js';
export {
  CurrentPrincipal,
  PERMISSION_KEY,
  Public,
  PUBLIC_KEY,
  RequiresPermission,
  SIGNED_IN,
  SignedIn,
} from './auth.decorators.js';
export { AuthModule } from './auth.module.js';
export { AuthService } from './auth.service.js';
export { JwtStrategy } from './jwt.strategy.js';
export { PasswordHasher } from './password-hasher.js';
export { PasswordResets } from './password-resets.js';
export type { Budget } from './rate-limiter.js';
export { RateLimiter } from './rate-limiter.js';
