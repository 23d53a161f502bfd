import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { getMetadataStorage } from 'class-validator';
import { targetConstructorToSchema } from 'class-validator-jsonschema';

type Schema = Record<string, unknown>;

/** Keywords that narrow a value, copied from the validation rules when @ApiProperty does not say them. */
const NARROWING = ['pattern', 'minLength', 'maxLength', 'minimum', 'maximum', 'minItems', 'maxItems', 'enum'] as const;
const FORMATS = new Set(['email', 'uuid', 'date-time', 'date']);

/** The classes class-validator knows rules for (the request DTOs), by class name. */
function validatedClasses(): Map<string, Function[]> {
  // class-validator keeps its rules in a Map by class (not public API, but what class-validator-jsonschema
  // reads too); should that change, the document just goes without the rules rather than the service failing.
  const storage = getMetadataStorage() as unknown as { validationMetadatas?: unknown };
  const byName = new Map<string, Function[]>();
  if (!(storage.validationMetadatas instanceof Map)) return byName;
  for (const target of (storage.validationMetadatas as Map<unknown, unknown>).keys()) {
    if (typeof target !== 'function') continue;
    byName.set(target.name, [...(byName.get(target.name) ?? []), target]);
  }
  return byName;
}

/**
 * Writes the request DTOs' validation rules (class-validator: @Length, @Matches, @IsEmail, @Min, …)
 * into their schemas in the document, so what the document promises is what the validation pipe
 * accepts — one source of truth, no second copy in @ApiProperty. A client (or schemathesis) that
 * follows the document then gets past validation to the handlers. Only components whose class has
 * rules are touched; a name shared by two classes goes to the one whose fields match.
 */
export function withValidationRules(document: OpenAPIObject): OpenAPIObject {
  const components = (document.components?.schemas ?? {}) as Record<string, Schema>;
  const classes = validatedClasses();
  for (const [name, component] of Object.entries(components)) {
    const properties = component.properties as Record<string, Schema> | undefined;
    if (!properties) continue;
    const candidates = (classes.get(name) ?? [])
      .map((cls) => ({ cls, rules: (targetConstructorToSchema(cls).properties ?? {}) as Record<string, Schema> }))
      .filter(({ rules }) => Object.keys(rules).every((p) => p in properties));
    if (candidates.length !== 1) continue;
    for (const [property, rule] of Object.entries(candidates[0].rules)) {
      const target = properties[property];
      if (!target || '$ref' in target || 'allOf' in target) continue;
      for (const keyword of NARROWING) {
        if (rule[keyword] !== undefined && target[keyword] === undefined) target[keyword] = rule[keyword];
      }
      if (typeof rule.format === 'string' && FORMATS.has(rule.format) && target.format === undefined) target.format = rule.format;
    }
  }
  return document;
}

/** A service's OpenAPI document: the one way both the served document and docs/openapi/*.json are made. */
export function createOpenApiDocument(app: INestApplication, title: string): OpenAPIObject {
  const document = SwaggerModule.createDocument(app, new DocumentBuilder().setTitle(title).setVersion('1').addBearerAuth().build());
  return withValidationRules(document);
}
