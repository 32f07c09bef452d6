import type { INestApplication } from '@nestjs/common';
import {
  ApiProperty,
  ApiPropertyOptional,
  DocumentBuilder,
  type OpenAPIObject,
  SwaggerModule,
} from '@nestjs/swagger';

/** The one error shape every 4xx and 5xx answer has. */
class ErrorBody {
  @ApiProperty({ example: 'request/invalid', description: 'Stable code a client can act on' })
  code: string;
  @ApiProperty({ example: 'phone is not a phone number' }) message: string;
  @ApiPropertyOptional({
    description: 'e.g. { field } or { fields: [{ field, messages }] } naming what to fix',
    type: 'object',
    additionalProperties: true,
  })
  details?: Record<string, unknown>;
}

export class ErrorEnvelope {
  @ApiProperty({ type: ErrorBody }) error: ErrorBody;
  @ApiPropertyOptional() requestId?: string;
}

const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options'] as const;

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);
const upperFirst = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * The API's OpenAPI document, the source of the web app's typed client: readable unique
 * operation ids (`musiciansList`), both credentials (bearer token, `X-Api-Key` on tenant
 * routes) and the error envelope on every operation's 4xx answers.
 */
export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('Tutti API')
    .setDescription(
      "Tenant routes (/api) answer on an ensemble's subdomain; platform routes (/platform) on the central domain.",
    )
    .setVersion('1')
    .addBearerAuth()
    .addApiKey({ type: 'apiKey', in: 'header', name: 'X-Api-Key' }, 'apiKey')
    .build();
  const doc = SwaggerModule.createDocument(app, config, {
    extraModels: [ErrorEnvelope],
    operationIdFactory: (controller, method) =>
      lowerFirst(controller.replace(/Controller$/, '')) + upperFirst(method),
  });
  const envelope = {
    description: 'The request was refused; the envelope names the rule or field',
    content: { 'application/json': { schema: { $ref: '#/components/schemas/ErrorEnvelope' } } },
  };
  for (const [path, item] of Object.entries(doc.paths)) {
    for (const method of METHODS) {
      const op = item[method];
      if (!op) continue;
      op.responses['4XX'] ??= envelope;
      const bearer = op.security?.some((s) => 'bearer' in s);
      if (bearer && path.startsWith('/api/')) op.security!.push({ apiKey: [] });
    }
  }
  return doc;
}
