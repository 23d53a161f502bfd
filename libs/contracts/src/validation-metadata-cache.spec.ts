import 'reflect-metadata';
import { IsInt, IsString, getMetadataStorage, validateSync } from 'class-validator';
import { installValidationMetadataCache } from './validation-metadata-cache';

const failing = (o: object): string[] => validateSync(o).map((e) => e.property).sort();

describe('installValidationMetadataCache', () => {
  beforeAll(() => installValidationMetadataCache());

  it('answers a class its rules from the memo on the second lookup', () => {
    class Once {
      @IsString()
      name!: string;
    }
    const storage = getMetadataStorage();
    const first = storage.getTargetValidationMetadatas(Once, '', false, false);
    expect(first).toHaveLength(1);
    expect(storage.getTargetValidationMetadatas(Once, '', false, false)).toBe(first);
  });

  it('sees a subclass loaded after its base was validated: inherited and own rules', () => {
    class Base {
      @IsString()
      name!: string;
    }
    expect(failing(Object.assign(new Base(), { name: 1 }))).toEqual(['name']);
    class Later extends Base {
      @IsInt()
      count!: number;
    }
    expect(failing(Object.assign(new Later(), { name: 1, count: 'x' }))).toEqual(['count', 'name']);
    expect(failing(Object.assign(new Base(), { name: 1, count: 'x' }))).toEqual(['name']);
  });

  it('sees a rule registered on a class after it was validated', () => {
    class Grows {
      @IsString()
      name!: string;
      size!: number;
    }
    expect(failing(Object.assign(new Grows(), { name: 'a', size: 'x' }))).toEqual([]);
    IsInt()(Grows.prototype, 'size');
    expect(failing(Object.assign(new Grows(), { name: 'a', size: 'x' }))).toEqual(['size']);
  });

  it('is installed once however often it is called', () => {
    const lookup = getMetadataStorage().getTargetValidationMetadatas;
    installValidationMetadataCache();
    expect(getMetadataStorage().getTargetValidationMetadatas).toBe(lookup);
  });
});
