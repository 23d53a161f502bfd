import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Checks on the committed OpenAPI documents that every answer is described, so a schemathesis run
 * (issue 9) can check each answer against its schema and the portal's generated clients type them:
 * - `operationsWithoutResponseSchema`: a 2xx whose content declares no schema (a 2xx without
 *   content — 204, a 202 that says so — is fine);
 * - `operationsWithoutProblems`: an operation whose error answers are not problem+json with the
 *   shared ProblemDetails schema, or that lacks one it can give by its shape: 400 and 413 with a
 *   request body (415 too when it takes more than JSON), 401 and 403 when it needs a token, 400 or
 *   404 for a path parameter, and at least one error answer in any case.
 * Run `node -r ./scripts/register.js scripts/openapi/response-schemas.ts`.
 */
type Response = { content?: Record<string, { schema?: { $ref?: string } }> };
type Operation = {
  responses?: Record<string, Response>;
  requestBody?: { content?: Record<string, unknown> };
  security?: unknown[];
  parameters?: { in: string }[];
};
type Schema = { properties?: Record<string, { items?: { $ref?: string } }>; required?: string[] };
type Document = { paths: Record<string, Record<string, Operation>>; components?: { schemas?: Record<string, Schema> } };

export const OPENAPI_DIR = join(__dirname, '..', '..', 'docs', 'openapi');
export const PROBLEM_REF = '#/components/schemas/ProblemDetails';
const PROBLEM_TYPE = 'application/problem+json';

function documents(dir: string): { service: string; doc: Document }[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((file) => ({ service: file.replace(/\.json$/, ''), doc: JSON.parse(readFileSync(join(dir, file), 'utf8')) as Document }));
}

const operations = (doc: Document): { path: string; method: string; op: Operation }[] =>
  Object.entries(doc.paths).flatMap(([path, ops]) => Object.entries(ops).map(([method, op]) => ({ path, method, op })));

/** `service: METHOD /path (status)` for every 2xx answer without a body schema. */
export function operationsWithoutResponseSchema(dir = OPENAPI_DIR): string[] {
  return documents(dir).flatMap(({ service, doc }) =>
    operations(doc).flatMap(({ path, method, op }) =>
      Object.entries(op.responses ?? {})
        .filter(([status]) => /^2\d\d$/.test(status) && status !== '204')
        .filter(([, res]) => !res.content || Object.values(res.content).some((c) => !c.schema))
        .map(([status]) => `${service}: ${method.toUpperCase()} ${path} (${status})`),
    ),
  );
}

/** The error answers an operation must document by its shape. */
function expectedProblems(op: Operation): string[][] {
  const expected: string[][] = [];
  const body = op.requestBody?.content;
  if (body) {
    expected.push(['400'], ['413']);
    if (Object.keys(body).some((type) => type !== 'application/json')) expected.push(['415']);
  }
  if (op.security?.length) expected.push(['401'], ['403']);
  if ((op.parameters ?? []).some((p) => p.in === 'path')) expected.push(['400', '404']);
  return expected;
}

/** `service: METHOD /path: what is wrong` for every operation whose error answers fall short. */
export function operationsWithoutProblems(dir = OPENAPI_DIR): string[] {
  return documents(dir).flatMap(({ service, doc }) => {
    const problems: string[] = [];
    const schema = doc.components?.schemas?.ProblemDetails;
    const fieldErrors = schema?.properties?.errors?.items?.$ref;
    if (!schema || !['type', 'title', 'status', 'detail'].every((k) => schema.required?.includes(k)) || fieldErrors !== '#/components/schemas/FieldError') {
      problems.push(`${service}: no shared ProblemDetails schema (type, title, status, detail required; errors[] of FieldError)`);
    }
    for (const { path, method, op } of operations(doc)) {
      const name = `${service}: ${method.toUpperCase()} ${path}`;
      const errors = Object.entries(op.responses ?? {}).filter(([status]) => /^[45]\d\d$/.test(status));
      if (!errors.length) problems.push(`${name}: no error answer`);
      for (const [status, res] of errors) {
        if (res.content?.[PROBLEM_TYPE]?.schema?.$ref !== PROBLEM_REF || Object.keys(res.content).length !== 1) problems.push(`${name} (${status}): not problem+json with ProblemDetails`);
      }
      for (const anyOf of expectedProblems(op)) {
        if (!anyOf.some((status) => op.responses?.[status])) problems.push(`${name}: no ${anyOf.join(' or ')}`);
      }
    }
    return problems;
  });
}

if (require.main === module) {
  const missing = operationsWithoutResponseSchema();
  for (const line of missing) console.log(line);
  console.log(`${missing.length} operation(s) answer 2xx without a body schema`);
  const problems = operationsWithoutProblems();
  for (const line of problems) console.log(line);
  console.log(`${problems.length} shortfall(s) in the problem+json answers`);
  if (missing.length || problems.length) process.exit(1);
}
