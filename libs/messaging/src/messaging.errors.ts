import { DomainError } from '#tutti/common';

import { TEMPLATE_VARIABLES } from './template-catalog.js';

export const badSignature = (provider: 'Twilio' | 'Resend') =>
  new DomainError('webhook/bad-signature', 'forbidden', `The ${provider} signature does not match`);

export const unknownTemplateType = (types: readonly string[]) =>
  new DomainError('template/unknown-type', 'invalid', `type must be one of ${types.join(', ')}`, {
    field: 'type',
  });

export const unknownTemplateLanguage = () =>
  new DomainError('template/unknown-language', 'invalid', 'language must be sv or en', {
    field: 'language',
  });

export const unknownTemplateVariables = (names: string[]) =>
  new DomainError(
    'template/unknown-variable',
    'invalid',
    `Unknown variables: ${names.join(', ')}`,
    {
      field: 'body',
      allowed: TEMPLATE_VARIABLES,
    },
  );
