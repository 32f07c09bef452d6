import { Inject, Injectable } from '@nestjs/common';

import { AuthService, RateLimiter } from '#tutti/auth';
import {
  APP_CONFIG,
  type AppConfig,
  Clock,
  DomainError,
  PLAN_CURRENCY,
  requestContext,
} from '#tutti/common';
import { OrchestrasRepository, SystemLogRepository } from '#tutti/control-plane';
import { OrchestrasAdminService } from '#tutti/platform';
import { subdomainProblem, TenantUrls } from '#tutti/tenancy';

import type {
  SignupDto,
  SignupOptionsView,
  SignupStatusView,
  SignupView,
  SubdomainAvailability,
} from './billing.dto.js';
import { billingNotConfigured, signupClosed } from './billing.errors.js';
import { BillingService, planOffers } from './billing.service.js';
import { StripeClient } from './stripe-client.js';

const DAY_MS = 24 * 60 * 60 * 1000;
/** Sign-ups from one address: a few an hour is plenty for people, nothing for a script. */
const SIGNUPS = { what: 'sign-ups from this address', max: 5, windowSeconds: 3600 };
const LOOKUPS = { what: 'subdomain checks from this address', max: 300, windowSeconds: 3600 };

const notFound = () => new DomainError('signup/not-found', 'not_found', 'No such sign-up');

/**
 * An ensemble signs itself up on the central domain: name, subdomain, contact and plan. It is
 * provisioned like any other, starts on a trial (or goes to Checkout to pay now), and its
 * contact becomes the first admin through a set-password link handed back once.
 */
@Injectable()
export class SignupService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly admin: OrchestrasAdminService,
    private readonly orchestras: OrchestrasRepository,
    private readonly auth: AuthService,
    private readonly limiter: RateLimiter,
    private readonly billing: BillingService,
    private readonly stripe: StripeClient,
    private readonly urls: TenantUrls,
    private readonly systemLog: SystemLogRepository,
    private readonly clock: Clock,
  ) {}

  options(): SignupOptionsView {
    return {
      plans: planOffers(),
      currency: PLAN_CURRENCY,
      trialDays: this.config.billing.trialDays,
      checkoutAvailable: this.stripe.configured,
      open: this.config.billing.signupEnabled,
    };
  }

  async availability(subdomain: string, ip: string): Promise<SubdomainAvailability> {
    await this.limiter.spend(`signup-lookup:${ip}`, LOOKUPS);
    const name = subdomain.trim().toLowerCase();
    const problem = subdomainProblem(name);
    if (problem) return { subdomain: name, available: false, reason: problem };
    const taken = await this.orchestras.findBySubdomain(name);
    return taken
      ? { subdomain: name, available: false, reason: 'is taken' }
      : { subdomain: name, available: true, reason: null };
  }

  async signUp(dto: SignupDto, ip: string): Promise<SignupView> {
    if (!this.config.billing.signupEnabled) throw signupClosed();
    const start = dto.start ?? 'trial';
    if (start === 'checkout' && !this.stripe.configured) throw billingNotConfigured();
    await this.limiter.spend(`signup:${ip}`, SIGNUPS);
    const trialEndsAt = new Date(
      this.clock.now().getTime() + this.config.billing.trialDays * DAY_MS,
    );
    const email = dto.contactEmail.toLowerCase();
    const o = await this.admin.create(
      {
        name: dto.name,
        subdomain: dto.subdomain,
        kind: dto.kind,
        plan: dto.plan,
        contactName: dto.contactName,
        contactEmail: email,
        locale: dto.locale ?? 'sv',
        customerProfile: { legalBusinessName: dto.organisation ?? dto.name },
      },
      { trialEndsAt },
    );
    const { token } = await this.auth.invite(o.id, {
      email,
      name: dto.contactName,
      role: 'admin',
    });
    const central = this.urls.central();
    const checkoutUrl =
      start === 'checkout'
        ? (
            await this.billing.startCheckout({
              orchestraId: o.id,
              subdomain: o.subdomain,
              plan: dto.plan,
              successUrl: `${central}/signup/done?id=${o.id}&checkout=success`,
              cancelUrl: `${central}/signup/done?id=${o.id}&checkout=canceled`,
            })
          ).url
        : null;
    await this.systemLog.write({
      level: 'info',
      category: 'signup',
      message: `Signed up: ${o.name} (${dto.plan}, ${start === 'checkout' ? 'paying now' : 'trial'})`,
      orchestraId: o.id,
      subdomain: o.subdomain,
      ip,
      metadata: { plan: dto.plan, start, requestId: requestContext.get()?.requestId },
    });
    return {
      id: o.id,
      subdomain: o.subdomain,
      url: this.urls.tenant(o.subdomain),
      checkoutUrl,
      setPasswordUrl: `${this.urls.tenant(o.subdomain)}/invitations#${token}`,
      trialEndsAt: trialEndsAt.toISOString(),
    };
  }

  async status(id: string): Promise<SignupStatusView> {
    const o = await this.orchestras.findById(id);
    if (!o || !o.selfService) throw notFound();
    return { id: o.id, status: o.status, url: this.urls.tenant(o.subdomain) };
  }
}
