export { AuthModule } from './auth.module.js';
export { CurrentPrincipal, Public, Roles } from './auth.decorators.js';
export type { Role } from './auth.decorators.js';
export { AuthService } from './auth.service.js';
export { JwtStrategy } from './jwt.strategy.js';
export { ISSUER as TOKEN_ISSUER, audienceOf } from './access-token.js';
export type { AccessClaims } from './access-token.js';
export { PasswordHasher } from './password-hasher.js';
