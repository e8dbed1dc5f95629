import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';

/** The gateway's public API, described from its controllers and DTOs. */
export function openApiDocument(app: INestApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('Book rental API')
    .setDescription(
      'The public entry of the book-rental system. Errors are RFC 9457 problem details with the trace id.',
    )
    .setVersion(process.env.SERVICE_VERSION ?? process.env.npm_package_version ?? '0.1.0')
    .addBearerAuth()
    .build();
  return SwaggerModule.createDocument(app, config);
}

/** Serves the document at /openapi.json (no UI: the security headers allow no inline script). */
export function serveOpenApi(app: INestApplication): void {
  SwaggerModule.setup('docs', app, () => openApiDocument(app), {
    ui: false,
    raw: ['json'],
    jsonDocumentUrl: 'openapi.json',
  });
}
