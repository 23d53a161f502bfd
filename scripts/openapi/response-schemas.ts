import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Operations of the committed OpenAPI documents whose success answer has no body schema: a
 * schemathesis run (issue 9) can only check an answer against its schema when there is one.
 * A 2xx without content (204, a 202 that says so) is fine; a 2xx whose content declares no
 * schema is listed. Run `node -r ./scripts/register.js scripts/openapi/response-schemas.ts`.
 */
type Operation = { responses?: Record<string, { content?: Record<string, { schema?: unknown }> }> };
type Document = { paths: Record<string, Record<string, Operation>> };

export const OPENAPI_DIR = join(__dirname, '..', '..', 'docs', 'openapi');

/** `service: METHOD /path (status)` for every 2xx answer without a body schema. */
export function operationsWithoutResponseSchema(dir = OPENAPI_DIR): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .flatMap((file) => {
      const doc = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Document;
      const service = file.replace(/\.json$/, '');
      return Object.entries(doc.paths).flatMap(([path, ops]) =>
        Object.entries(ops).flatMap(([method, op]) =>
          Object.entries(op.responses ?? {})
            .filter(([status]) => /^2\d\d$/.test(status) && status !== '204')
            .filter(([, res]) => !res.content || Object.values(res.content).some((c) => !c.schema))
            .map(([status]) => `${service}: ${method.toUpperCase()} ${path} (${status})`),
        ),
      );
    });
}

if (require.main === module) {
  const list = operationsWithoutResponseSchema();
  for (const line of list) console.log(line);
  console.log(`${list.length} operation(s) answer 2xx without a body schema`);
}
