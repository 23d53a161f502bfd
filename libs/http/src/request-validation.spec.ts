import 'reflect-metadata';
import { Body, Controller, Get, Module, Param, Post, Query } from '@nestjs/common';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { createTestApp, testLogger } from '@pb/testing';
import { Type } from 'class-transformer';
import { ArrayMinSize, IsArray, IsIn, IsOptional, IsString, MinLength, ValidateNested } from 'class-validator';
import request from 'supertest';
import { PROBLEM_CONTENT_TYPE } from './problem';
import { ProblemDetailsFilter } from './problem-details.filter';
import { createValidationPipe } from './request-validation';

class EvidenceDto {
  @IsIn(['report', 'proposal'])
  type!: string;

  @IsOptional()
  @IsString()
  note?: string;
}

/** Shaped like the review's decision and amendment bodies, whose array bodies used to answer 500. */
class DecisionDto {
  @IsIn(['accepted', 'rejected'])
  decision!: string;

  @IsString()
  @MinLength(1)
  reason!: string;

  @IsArray()
  @ArrayMinSize(1)
  @ValidateNested({ each: true })
  @Type(() => EvidenceDto)
  evidence!: EvidenceDto[];
}

@Controller('decisions')
class DecisionsController {
  @Post()
  decide(@Body() body: DecisionDto) {
    return { decision: body.decision };
  }

  @Get(':reference')
  find(@Param('reference') reference: string, @Query('zoek') search?: string) {
    return { reference, search: search ?? null };
  }
}

@Module({
  controllers: [DecisionsController],
  providers: [
    { provide: APP_PIPE, useFactory: createValidationPipe },
    { provide: APP_FILTER, useFactory: () => new ProblemDetailsFilter(testLogger()) },
  ],
})
class DecisionsModule {}

describe('request validation: the top-level body must be a JSON object', () => {
  let app: NestExpressApplication;
  const post = (raw: string, lang = 'nl') =>
    request(app.getHttpServer()).post('/decisions').set('content-type', 'application/json').set('accept-language', lang).send(raw);

  beforeAll(async () => {
    app = await createTestApp({ module: DecisionsModule });
  });
  afterAll(() => app.close());

  const wrongBodies: [string, string][] = [
    ['an empty list', '[]'],
    ['a list of valid objects', '[{"decision":"accepted","reason":"ok","evidence":[{"type":"report"}]}]'],
    ['a list of numbers', '[1, 2]'],
    ['a nested list', '[[]]'],
    ['a string', '"accepted"'],
    ['an empty string', '""'],
    ['a number', '42'],
    ['a negative fraction', '-0.5'],
    ['true', 'true'],
    ['false', 'false'],
    ['null', 'null'],
  ];

  it.each(wrongBodies)('%s answers 400 problem+json in Dutch, without field errors named 0, 1, …', async (_name, raw) => {
    const res = await post(raw);
    expect(res.status).toBe(400);
    expect(res.headers['content-type']).toContain(PROBLEM_CONTENT_TYPE);
    expect(res.body).toMatchObject({ status: 400, title: 'Ongeldige invoer', detail: expect.stringContaining('één JSON-object') });
    expect(res.body.errors).toBeUndefined();
  });

  it.each(wrongBodies)('%s answers in English with Accept-Language: en', async (_name, raw) => {
    const res = await post(raw, 'en');
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ title: 'Invalid input', detail: expect.stringContaining('one JSON object') });
  });

  it('an object still gets per-field messages, list members of the wrong kind included', async () => {
    const res = await post('{"decision":"maybe","reason":"","evidence":[{"type":"other"}, 7]}');
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual(
      expect.arrayContaining([
        { field: 'decision', message: 'Kies een van: accepted, rejected.' },
        { field: 'reason', message: 'Gebruik minstens 1 tekens.' },
        { field: 'evidence.0.type', message: 'Kies een van: report, proposal.' },
      ]),
    );
    expect(JSON.stringify(res.body)).not.toContain('undefined');
  });

  it('a valid object passes', async () => {
    const res = await post('{"decision":"accepted","reason":"past in de strategie","evidence":[{"type":"report"}]}');
    expect(res.status).toBe(201);
    expect(res.body).toEqual({ decision: 'accepted' });
  });
});

describe('request validation: text no person types is refused in every field, with its path', () => {
  let app: NestExpressApplication;
  const post = (body: unknown, lang = 'nl') =>
    request(app.getHttpServer()).post('/decisions').set('content-type', 'application/json').set('accept-language', lang).send(JSON.stringify(body));
  const valid = { decision: 'accepted', reason: 'past in de strategie', evidence: [{ type: 'report' }] };

  beforeAll(async () => {
    app = await createTestApp({ module: DecisionsModule });
  });
  afterAll(() => app.close());

  it.each([
    ['a NUL character', 'uitleg\u0000'],
    ['a bell character', '\u0007'],
    ['a lone surrogate', '\ud8a2'],
    ['the replacement character', 'caf\ufffd'],
  ])('%s in a field without a rule of its own answers 400 for that field, in Dutch and English', async (_name, text) => {
    const nl = await post({ ...valid, reason: text });
    expect(nl.status).toBe(400);
    expect(nl.headers['content-type']).toContain(PROBLEM_CONTENT_TYPE);
    expect(nl.body.errors).toEqual([{ field: 'reason', message: 'Deze tekst bevat tekens die niet zijn toegestaan.' }]);
    const en = await post({ ...valid, reason: text }, 'en');
    expect(en.body.errors).toEqual([{ field: 'reason', message: expect.stringMatching(/characters/i) }]);
  });

  it('names a nested field by its dotted path', async () => {
    const res = await post({ ...valid, evidence: [{ type: 'report' }, { type: 'proposal', note: 'zie\u0000' }] });
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([{ field: 'evidence.1.note', message: 'Deze tekst bevat tekens die niet zijn toegestaan.' }]);
  });

  it('answers a field once, its own rule first, and adds unreadable text in the other fields', async () => {
    const res = await post({ decision: 'maybe\u0000', reason: 'ok\u0000', evidence: [{ type: 'report' }] });
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([
      { field: 'decision', message: 'Kies een van: accepted, rejected.' },
      { field: 'reason', message: 'Deze tekst bevat tekens die niet zijn toegestaan.' },
    ]);
  });

  it('keeps tabs, newlines, accents and emoji', async () => {
    const res = await post({ ...valid, reason: 'Regel 1\r\n\tRegel 2 — café, 👍' });
    expect(res.status).toBe(201);
  });

  it('leaves named path and query parameters to their own rules (their operations document 404 or their own 400)', async () => {
    const res = await request(app.getHttpServer()).get('/decisions/MLD-2026-%0100001?zoek=caf%C3%A9%07');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ reference: 'MLD-2026-\u000100001', search: 'café\u0007' });
  });
});
