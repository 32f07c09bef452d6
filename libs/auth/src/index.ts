export { AuthModule } from './auth.module.js';
export { CurrentPrincipal, Public, Roles } from './auth.decorators.js';
export type { Role } from './auth.decorators.js';
export { AuthService } from './auth.service.js';
export { PasswordHasher } from './password-hasher.js';
