import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { PassportModule } from '@nestjs/passport';

import { APP_CONFIG, type AppConfig } from '#tutti/common';

import { AccessGuard } from './access.guard.js';
import { AccountEmails } from './account-emails.js';
import { ApiKeysController } from './api-keys.controller.js';
import { ApiKeysService } from './api-keys.service.js';
import { PlatformAuthController, TenantAuthController } from './auth.controller.js';
import { AuthService } from './auth.service.js';
import { BrowserSessions } from './browser-sessions.js';
import { JwtStrategy } from './jwt.strategy.js';
import { PasswordHasher } from './password-hasher.js';
import { PasswordResets } from './password-resets.js';
import { RateLimiter } from './rate-limiter.js';
import { StaffController } from './staff.controller.js';
import { StaffService } from './staff.service.js';
import { UserAccess } from './user-access.js';

@Module({
  imports: [
    PassportModule,
    JwtModule.registerAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({
        secret: config.jwtSecret,
        signOptions: { algorithm: 'HS256' },
      }),
    }),
  ],
  controllers: [TenantAuthController, PlatformAuthController, ApiKeysController, StaffController],
  providers: [
    AuthService,
    BrowserSessions,
    PasswordResets,
    ApiKeysService,
    AccountEmails,
    StaffService,
    UserAccess,
    PasswordHasher,
    RateLimiter,
    JwtStrategy,
    { provide: APP_GUARD, useClass: AccessGuard },
  ],
  exports: [AuthService, PasswordHasher, RateLimiter, PasswordResets, AccountEmails],
})
export class AuthModule {}
