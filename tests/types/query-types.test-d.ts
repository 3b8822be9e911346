import { describe, expectTypeOf, test } from 'vitest';
import type { z } from 'zod';
import type {
  LANGUAGE_ASSISTANCE_QUERY_RESULT,
  LOCATIONS_QUERY_RESULT,
  PROGRAMS_QUERY_RESULT,
  SERVICES_QUERY_RESULT,
  SETTINGS_QUERY_RESULT,
} from '../../src/content-source/sanity.types.ts';
import type { languageAssistance } from '../../src/schemas/language-assistance.ts';
import type { location } from '../../src/schemas/location.ts';
import type { program } from '../../src/schemas/program.ts';
import type { service } from '../../src/schemas/service.ts';
import type { siteSettings } from '../../src/schemas/settings.ts';

/**
 * The field tree of a type: every object key, nested, with leaves erased. Two types with the same shape
 * have the same fields at every depth, so a field renamed or added on one side only fails here.
 */
type Shape<T> = T extends readonly (infer Item)[]
  ? Shape<NonNullable<Item>>[]
  : T extends object
    ? // String keys only: TypeGen marks a reference's target with a symbol key, a type-level tag with no data.
      { [K in keyof T as K extends string ? K : never]-?: Shape<NonNullable<T[K]>> }
    : 'leaf';

type Row<T> = NonNullable<T> extends readonly (infer Item)[] ? Item : NonNullable<T>;
type Input<S extends z.ZodType> = z.input<S>;

// Sanity TypeGen derives query result types from the schema and the GROQ; zod is what the build parses with.
describe('TypeGen query results and zod schemas describe the same fields', () => {
  test('site settings', () => {
    expectTypeOf<Shape<Row<SETTINGS_QUERY_RESULT>>>().toEqualTypeOf<Shape<Input<typeof siteSettings>>>();
  });

  test('language assistance', () => {
    expectTypeOf<Shape<Row<LANGUAGE_ASSISTANCE_QUERY_RESULT>>>().toEqualTypeOf<
      Shape<Input<typeof languageAssistance>>
    >();
  });

  test('services', () => {
    expectTypeOf<Shape<Row<SERVICES_QUERY_RESULT>>>().toEqualTypeOf<Shape<Input<typeof service>>>();
    expectTypeOf<Row<SERVICES_QUERY_RESULT>['category']>().toEqualTypeOf<Input<typeof service>['category']>();
  });

  test('programs (Portable Text bodies, English and Spanish, checked for their block identity only)', () => {
    type Query = Omit<Row<PROGRAMS_QUERY_RESULT>, 'body' | 'body_es'>;
    type Parsed = Omit<Input<typeof program>, 'body' | 'body_es'>;
    expectTypeOf<Shape<Query>>().toEqualTypeOf<Shape<Parsed>>();
    expectTypeOf<Query['category']>().toEqualTypeOf<Parsed['category']>();
    expectTypeOf<Row<Row<PROGRAMS_QUERY_RESULT>['body']>>().toMatchTypeOf<{ _type: string; _key: string }>();
    expectTypeOf<Row<Row<PROGRAMS_QUERY_RESULT>['body_es']>>().toMatchTypeOf<{ _type: string; _key: string }>();
  });

  test('locations', () => {
    type Query = Row<LOCATIONS_QUERY_RESULT>;
    type Parsed = Input<typeof location>;
    expectTypeOf<Shape<Query>>().toEqualTypeOf<Shape<Parsed>>();
    expectTypeOf<Query['status']>().toEqualTypeOf<Parsed['status']>();
    expectTypeOf<Query['address']['state']>().toEqualTypeOf<Parsed['address']['state']>();
  });
});
