import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEmail, IsIn, IsString, Length, Matches, MaxLength } from 'class-validator';

import { Optional, PLAN_NAMES, type PlanName } from '#tutti/common';

const PLAN_MESSAGE = `plan must be one of ${PLAN_NAMES.join(', ')}`;

export class CheckoutDto {
  @ApiProperty({ enum: PLAN_NAMES })
  @IsIn(PLAN_NAMES, { message: PLAN_MESSAGE })
  plan: PlanName;
}

export class PlanOffer {
  @ApiProperty({ enum: PLAN_NAMES }) plan: PlanName;
  @ApiProperty() name: string;
  @ApiProperty({ description: 'Öre (SEK cents) per month' }) pricePerMonth: number;
  @ApiProperty() maxMusicians: number;
  @ApiProperty() maxProjects: number;
}

class Limits {
  @ApiProperty() maxMusicians: number;
  @ApiProperty() maxProjects: number;
}

class Usage {
  @ApiProperty() musicians: number;
  @ApiProperty() projects: number;
}

export class BillingView {
  @ApiProperty({ enum: PLAN_NAMES }) plan: PlanName;
  @ApiProperty({ type: Limits }) limits: Limits;
  @ApiProperty({ type: Usage }) usage: Usage;
  @ApiProperty({ enum: ['none', 'trialing', 'active', 'past_due', 'canceled'] })
  status: 'none' | 'trialing' | 'active' | 'past_due' | 'canceled';
  @ApiProperty({ type: String, nullable: true }) trialEndsAt: string | null;
  @ApiProperty({ type: String, nullable: true }) pastDueSince: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'Suspended after this if unpaid' })
  graceEndsAt: string | null;
  @ApiProperty({ description: 'Suspended for billing: paying lifts it' }) suspended: boolean;
  @ApiProperty() stripeConfigured: boolean;
  @ApiProperty() currency: string;
  @ApiProperty({ type: [PlanOffer] }) plans: PlanOffer[];
}

export class RedirectView {
  @ApiProperty({ description: "Stripe's page to send the browser to" }) url: string;
}

export class SignupDto {
  @ApiProperty({ example: 'Stadens Blåsorkester' })
  @IsString()
  @Length(2, 120)
  name: string;

  @ApiProperty({ example: 'stadens-bo' })
  @IsString()
  @Length(1, 63)
  @Matches(/^[a-z0-9-]+$/, {
    message: 'subdomain may hold only lower-case letters, digits and hyphens',
  })
  subdomain: string;

  @ApiProperty({ enum: ['orchestra', 'band'] })
  @IsIn(['orchestra', 'band'], { message: 'kind must be orchestra or band' })
  kind: 'orchestra' | 'band';

  @ApiProperty({ enum: PLAN_NAMES })
  @IsIn(PLAN_NAMES, { message: PLAN_MESSAGE })
  plan: PlanName;

  @ApiProperty()
  @IsString()
  @Length(2, 120)
  contactName: string;

  @ApiProperty()
  @IsEmail({}, { message: 'contactEmail must be an email address' })
  @MaxLength(254)
  contactEmail: string;

  @ApiPropertyOptional({ description: 'The legal name on invoices; defaults to the name' })
  @Optional()
  @IsString()
  @Length(2, 200)
  organisation?: string;

  @ApiPropertyOptional({ enum: ['trial', 'checkout'], default: 'trial' })
  @Optional()
  @IsIn(['trial', 'checkout'], { message: 'start must be trial or checkout' })
  start?: 'trial' | 'checkout';

  @ApiPropertyOptional({ enum: ['sv', 'en'], default: 'sv' })
  @Optional()
  @IsIn(['sv', 'en'], { message: 'locale must be sv or en' })
  locale?: 'sv' | 'en';
}

export class SubdomainQuery {
  @ApiProperty()
  @IsString()
  @MaxLength(100)
  subdomain: string;
}

export class SubdomainAvailability {
  @ApiProperty() subdomain: string;
  @ApiProperty() available: boolean;
  @ApiProperty({ type: String, nullable: true, description: 'Why not, when it is not' })
  reason: string | null;
}

export class SignupView {
  @ApiProperty() id: string;
  @ApiProperty() subdomain: string;
  @ApiProperty({ description: "The ensemble's address once it is ready" }) url: string;
  @ApiProperty({ type: String, nullable: true, description: 'Checkout, when paying now' })
  checkoutUrl: string | null;
  @ApiProperty({ description: 'Where the first admin sets a password (shown once)' })
  setPasswordUrl: string;
  @ApiProperty({ type: String, nullable: true }) trialEndsAt: string | null;
}

export class SignupStatusView {
  @ApiProperty() id: string;
  @ApiProperty({ enum: ['provisioning', 'active', 'failed', 'suspended', 'deleted'] })
  status: string;
  @ApiProperty() url: string;
}

export class SignupOptionsView {
  @ApiProperty({ type: [PlanOffer] }) plans: PlanOffer[];
  @ApiProperty() currency: string;
  @ApiProperty({ description: 'Days of free use before the first payment' }) trialDays: number;
  @ApiProperty({ description: 'Whether paying now through Checkout is offered' })
  checkoutAvailable: boolean;
  @ApiProperty() open: boolean;
}
