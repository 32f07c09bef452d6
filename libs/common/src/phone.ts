import { isSupportedCountry, parsePhoneNumberFromString } from 'libphonenumber-js';

import { DomainError } from './domain-error.js';

/**
 * A phone number as staff type it (070-123 45 67, +46 70 123 45 67, 0046701234567), read in
 * the ensemble's country, as E.164 (+46701234567); null when it is no valid number.
 */
export function toE164(input: string, country: string): string | null {
  const region = isSupportedCountry(country) ? country : undefined;
  const parsed = parsePhoneNumberFromString(input.trim(), region);
  return parsed?.isValid() ? parsed.number : null;
}

/** toE164, or a 400 naming the field. */
export function phoneOrThrow(input: string, country: string, field = 'phone'): string {
  const e164 = toE164(input, country);
  if (!e164)
    throw new DomainError(
      'request/invalid-phone',
      'invalid',
      `${field} is not a phone number we can reach (e.g. 070-123 45 67 or +46 70 123 45 67)`,
      { field },
    );
  return e164;
}

export { isSupportedCountry };
