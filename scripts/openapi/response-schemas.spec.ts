import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { operationsWithoutProblems, operationsWithoutResponseSchema, PROBLEM_REF } from './response-schemas';

const problem = { content: { 'application/problem+json': { schema: { $ref: PROBLEM_REF } } } };
const components = {
  schemas: {
    ProblemDetails: { required: ['type', 'title', 'status', 'detail'], properties: { errors: { type: 'array', items: { $ref: '#/components/schemas/FieldError' } } } },
    FieldError: { required: ['field', 'message'] },
  },
};

function documentDir(doc: object): string {
  const dir = mkdtempSync(join(tmpdir(), 'openapi-'));
  writeFileSync(join(dir, 'svc.json'), JSON.stringify(doc));
  return dir;
}

describe('operationsWithoutResponseSchema', () => {
  it('lists a 2xx answer without content or without a schema, not a 204 or an error answer', () => {
    const body = { content: { 'application/json': { schema: { type: 'object' } } } };
    const dir = documentDir({
      paths: {
        '/described': { get: { responses: { 200: body, 400: {} } } },
        '/bare': { post: { responses: { 202: { description: 'accepted' } } } },
        '/schemaless': { get: { responses: { 200: { content: { 'text/csv': {} } } } } },
        '/empty': { delete: { responses: { 204: { description: 'gone' } } } },
      },
    });
    expect(operationsWithoutResponseSchema(dir)).toEqual(['svc: POST /bare (202)', 'svc: GET /schemaless (200)']);
  });

  it('finds none in the committed documents (docs/openapi): schemathesis checks every success body', () => {
    expect(operationsWithoutResponseSchema()).toEqual([]);
  });
});

describe('operationsWithoutProblems', () => {
  it('accepts an operation documenting every error answer its shape can give, as ProblemDetails', () => {
    const dir = documentDir({
      components,
      paths: {
        '/things/{id}': {
          post: {
            parameters: [{ in: 'path', name: 'id' }],
            requestBody: { content: { 'application/json': {} } },
            security: [{ bearer: [] }],
            responses: { 200: {}, 400: problem, 401: problem, 403: problem, 404: problem, 413: problem },
          },
        },
        '/monitor': { get: { responses: { 200: {}, 429: problem } } },
      },
    });
    expect(operationsWithoutProblems(dir)).toEqual([]);
  });

  it('lists an operation without error answers, one missing those its shape can give, and an error answer of another shape', () => {
    const dir = documentDir({
      components,
      paths: {
        '/silent': { get: { responses: { 200: {} } } },
        '/upload/{id}': {
          post: {
            parameters: [{ in: 'path', name: 'id' }],
            requestBody: { content: { 'text/csv': {} } },
            security: [{ bearer: [] }],
            responses: { 200: {}, 400: problem, 422: { content: { 'application/problem+json': { schema: { type: 'object' } } } } },
          },
        },
      },
    });
    expect(operationsWithoutProblems(dir)).toEqual([
      'svc: GET /silent: no error answer',
      'svc: POST /upload/{id} (422): not problem+json with ProblemDetails',
      'svc: POST /upload/{id}: no 413',
      'svc: POST /upload/{id}: no 415',
      'svc: POST /upload/{id}: no 401',
      'svc: POST /upload/{id}: no 403',
    ]);
  });

  it('lists a document without the shared ProblemDetails schema', () => {
    const dir = documentDir({ components: { schemas: {} }, paths: { '/x': { get: { responses: { 200: {}, 404: problem } } } } });
    expect(operationsWithoutProblems(dir)).toEqual(['svc: no shared ProblemDetails schema (type, title, status, detail required; errors[] of FieldError)']);
  });

  it('finds none in the committed documents (docs/openapi): every operation documents its problem+json answers', () => {
    expect(operationsWithoutProblems()).toEqual([]);
  });
});
