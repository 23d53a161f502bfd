import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { operationsWithoutResponseSchema } from './response-schemas';

describe('operationsWithoutResponseSchema', () => {
  it('lists a 2xx answer without content or without a schema, not a 204 or an error answer', () => {
    const dir = mkdtempSync(join(tmpdir(), 'openapi-'));
    const body = { content: { 'application/json': { schema: { type: 'object' } } } };
    writeFileSync(
      join(dir, 'svc.json'),
      JSON.stringify({
        paths: {
          '/described': { get: { responses: { 200: body, 400: {} } } },
          '/bare': { post: { responses: { 202: { description: 'accepted' } } } },
          '/schemaless': { get: { responses: { 200: { content: { 'text/csv': {} } } } } },
          '/empty': { delete: { responses: { 204: { description: 'gone' } } } },
        },
      }),
    );
    expect(operationsWithoutResponseSchema(dir)).toEqual(['svc: POST /bare (202)', 'svc: GET /schemaless (200)']);
  });

  it('finds none in the committed documents (docs/openapi): schemathesis checks every success body', () => {
    expect(operationsWithoutResponseSchema()).toEqual([]);
  });
});
