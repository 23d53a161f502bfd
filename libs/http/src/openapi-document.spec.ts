import 'reflect-metadata';
import { Body, Controller, Module, Post } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { ApiCreatedResponse, ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEmail, IsOptional, Length, Matches, MaxLength } from 'class-validator';
import { ApiProblems } from './openapi';
import { createOpenApiDocument } from './openapi-document';

class SignUpRequestDto {
  @ApiProperty()
  @Length(2, 80)
  @Matches(/^[A-Za-z ]*$/)
  name!: string;

  @ApiProperty()
  @MaxLength(254)
  @IsEmail()
  email!: string;

  @ApiPropertyOptional({ maxLength: 10, description: 'What @ApiProperty says wins.' })
  @IsOptional()
  @MaxLength(500)
  nickname?: string;
}

class SignedUpDto {
  @ApiProperty()
  id!: string;
}

@Controller('sign-ups')
class SignUpController {
  @Post()
  @ApiCreatedResponse({ type: SignedUpDto })
  @ApiProblems(400, 429)
  signUp(@Body() body: SignUpRequestDto): SignedUpDto {
    return { id: body.name };
  }
}

@Module({ controllers: [SignUpController] })
class SignUpModule {}

describe('createOpenApiDocument', () => {
  let app: NestExpressApplication;
  beforeAll(async () => {
    app = await NestFactory.create<NestExpressApplication>(SignUpModule, { logger: false });
  });
  afterAll(() => app.close());

  it('writes the validation rules of a request DTO into its schema, without overriding @ApiProperty', () => {
    const schema = createOpenApiDocument(app, 't').components!.schemas!.SignUpRequestDto as { properties: Record<string, Record<string, unknown>>; required: string[] };
    expect(schema.properties.name).toMatchObject({ type: 'string', minLength: 2, maxLength: 80, pattern: '^[A-Za-z ]*$' });
    expect(schema.properties.email).toMatchObject({ type: 'string', maxLength: 254, format: 'email' });
    expect(schema.properties.nickname).toMatchObject({ maxLength: 10 });
    expect(schema.required).toEqual(['name', 'email']);
  });

  it('documents the answer body and the problem+json errors with the shared ProblemDetails schema', () => {
    const document = createOpenApiDocument(app, 't');
    const responses = document.paths['/sign-ups'].post!.responses as Record<string, { content: Record<string, { schema: { $ref: string } }> }>;
    expect(responses['201'].content['application/json'].schema.$ref).toBe('#/components/schemas/SignedUpDto');
    for (const status of ['400', '429']) expect(responses[status].content['application/problem+json'].schema.$ref).toBe('#/components/schemas/ProblemDetails');
    expect((responses['429'] as unknown as { headers: Record<string, unknown> }).headers['Retry-After']).toMatchObject({ schema: { type: 'integer' } });
    const problem = document.components!.schemas!.ProblemDetails as { properties: Record<string, unknown>; required: string[] };
    expect(problem.required).toEqual(['type', 'title', 'status', 'detail']);
    expect(problem.properties.errors).toEqual(expect.objectContaining({ type: 'array', items: { $ref: '#/components/schemas/FieldError' } }));
    expect(document.components!.schemas!.FieldError).toMatchObject({ required: ['field', 'message'] });
  });
});
