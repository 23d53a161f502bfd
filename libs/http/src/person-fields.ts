import { applyDecorators } from '@nestjs/common';
import { IsDefined, IsEmail, IsNotEmpty, IsString, Matches, MaxLength } from 'class-validator';
import { FREE_TEXT } from './text-rules';

// Each list is in the order stacked decorators register in (the bottom one first), so a field
// that breaks several rules keeps its messages in the order it had when the stack was written out.

/** A required name a person types — their own or their company's: free text, at most 200 characters. */
export const IsName = (): PropertyDecorator =>
  applyDecorators(Matches(FREE_TEXT, { context: { code: 'text' } }), MaxLength(200), IsNotEmpty(), IsString(), IsDefined());

/** A required e-mail address: a bare address (no display name) with a top-level domain, at most 254 characters (RFC 5321). */
export const IsEmailAddress = (): PropertyDecorator =>
  applyDecorators(IsEmail({ allow_display_name: false, require_tld: true }), MaxLength(254), IsString(), IsDefined());
