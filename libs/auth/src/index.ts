export type { AccessClaims } from './access-token.js';
export { audienceOf, ISSUER as TOKEN_ISSUER } from './access-token.js';
export type { Role } from './auth.decorators.js';
export { CurrentPrincipal, Public, Roles } from './auth.decorators.js';
export { AuthModule } from './auth.module.js';
export { AuthService } from './auth.service.js';
export { JwtStrategy } from './jwt.strategy.js';
export { PasswordHasher } from './password-hasher.js';
