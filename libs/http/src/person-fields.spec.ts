import { IsDefined, IsEmail, IsNotEmpty, IsString, Matches, MaxLength, validateSync } from 'class-validator';
import { IsEmailAddress, IsName } from './person-fields';
import { FREE_TEXT } from './text-rules';

// The stacks the DTOs wrote out before these decorators existed: the composed ones must refuse the
// same values with the same constraints, in the same order (the order of a field's messages).
class WrittenOut {
  @IsDefined()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  @Matches(FREE_TEXT, { context: { code: 'text' } })
  name!: unknown;

  @IsDefined()
  @IsString()
  @MaxLength(254)
  @IsEmail({ allow_display_name: false, require_tld: true })
  email!: unknown;
}

class Composed {
  @IsName()
  name!: unknown;

  @IsEmailAddress()
  email!: unknown;
}

const failures = (cls: new () => object, value: { name?: unknown; email?: unknown }) =>
  validateSync(Object.assign(new cls(), value)).map((e) => ({ property: e.property, constraints: Object.keys(e.constraints ?? {}), contexts: e.contexts }));

describe('IsName and IsEmailAddress (the shared name and e-mail rules)', () => {
  it.each([
    ['valid', { name: 'Jan de Vries', email: 'jan@example.nl' }],
    ['missing', {}],
    ['empty', { name: '', email: '' }],
    ['not strings', { name: 42, email: ['a@b.nl'] }],
    ['too long', { name: 'x'.repeat(201), email: `${'a'.repeat(250)}@example.nl` }],
    ['control characters and a display name', { name: 'Jan\u0007', email: 'Jan <jan@example.nl>' }],
    ['no top-level domain', { name: 'Jan', email: 'jan@localhost' }],
  ])('refuse exactly what the written-out stack refuses: %s', (_, value) => {
    expect(failures(Composed, value)).toEqual(failures(WrittenOut, value));
  });

  it('refuse a missing name and a malformed address with their own constraints', () => {
    expect(failures(Composed, { email: 'not-an-address' })).toEqual([
      { property: 'name', constraints: expect.arrayContaining(['isDefined', 'isString', 'isNotEmpty']), contexts: expect.anything() },
      { property: 'email', constraints: ['isEmail'], contexts: undefined },
    ]);
  });
});
