import { describe, expect, test } from 'vitest';
import { locationsLabel } from '../../src/domain/directory-index.ts';
import { levelName, localizedProgramLabel, offeredProgramHtml } from '../../src/domain/levels.ts';
import { notOfferedCount } from '../../src/domain/not-offered.ts';
import { timeZoneLabel } from '../../src/domain/place.ts';
import { dictionaries } from '../../src/i18n/index.ts';
import { languageName } from '../../src/i18n/language-names.ts';
import { localizedHtml } from '../../src/i18n/localized-html.ts';

const { en, es } = dictionaries;
const items = (programs: number, services: number) => [
  ...Array.from({ length: programs }, () => ({ kind: 'program' as const })),
  ...Array.from({ length: services }, () => ({ kind: 'service' as const })),
];

describe('labels in Spanish', () => {
  test('counts read in Spanish, grouped as in the US (es-US)', () => {
    expect(locationsLabel(1, es)).toBe('1 centro');
    expect(locationsLabel(1534, es)).toBe('1,534 centros');
    expect(locationsLabel(21534, es)).toBe('21,534 centros');
    expect(locationsLabel(1534, en)).toBe('1,534 locations');
    expect(notOfferedCount(items(2, 1), es.labels)).toBe('2 programas y 1 servicio');
    expect(notOfferedCount(items(0, 3), es.labels)).toBe('3 servicios');
  });

  test('levels of care use the names providers use', () => {
    expect(levelName({ category: 'intensive-outpatient' }, es.labels)).toBe('Programa intensivo ambulatorio');
    expect(levelName({ category: 'partial-hospitalization' }, es.labels)).toBe('Hospitalización parcial');
    expect(levelName({ category: 'intensive-outpatient' })).toBe('Intensive outpatient');
  });

  test('language names from content are named in the page language; unknown names stay as written', () => {
    expect(languageName('Spanish', es)).toBe('español');
    expect(languageName('Vietnamese', es)).toBe('vietnamita');
    expect(languageName('American Sign Language', es)).toBe('lengua de señas americana (ASL)');
    expect(languageName('Klingon', es)).toBe('Klingon');
    expect(languageName('Spanish', en)).toBe('Spanish');
  });

  test('time zones are named by Intl in the page language', () => {
    expect(timeZoneLabel('America/Los_Angeles', es)).toBe('Horario según la hora del Pacífico.');
    expect(timeZoneLabel('America/Los_Angeles', en)).toBe('Hours are in Pacific Time.');
  });
});

describe('content in a page’s language', () => {
  const program = { title: 'Intensive outpatient program', shortName: 'IOP' };

  test('a fallback is marked English with "(en inglés)"; text in the page language is only escaped', () => {
    expect(localizedHtml({ value: 'Group <therapy>', lang: 'en' }, 'es')).toBe(
      '<span lang="en">Group &lt;therapy&gt;<small class="muted text-sm font-normal" lang="es"> (en inglés)</small></span>',
    );
    expect(localizedHtml({ value: 'Terapia', lang: 'es' }, 'es')).toBe('Terapia');
    expect(localizedHtml({ value: 'Therapy', lang: 'en' }, 'en')).toBe('Therapy');
  });

  test('a program label follows its title: translated, or English and marked', () => {
    expect(localizedProgramLabel(program, 'es')).toEqual({ value: 'Intensive outpatient program (IOP)', lang: 'en' });
    const translated = { ...program, title_es: 'Programa intensivo ambulatorio', shortName_es: 'IOP' };
    expect(localizedProgramLabel(translated, 'es')).toEqual({
      value: 'Programa intensivo ambulatorio (IOP)',
      lang: 'es',
    });
  });

  test('how a location offers a program: formats from the dictionary, the schedule note from content', () => {
    const entry = { formats: ['in-person', 'telehealth'] as const, scheduleNote: 'Evening track only' };
    expect(offeredProgramHtml({ ...entry, formats: [...entry.formats] }, 'en')).toBe(
      'In person and Telehealth. Evening track only',
    );
    expect(offeredProgramHtml({ formats: ['in-person'], scheduleNote: undefined }, 'es')).toBe('En persona');
    expect(
      offeredProgramHtml(
        { formats: ['telehealth'], scheduleNote: 'Evening', scheduleNote_es: 'Por la tarde' } as never,
        'es',
      ),
    ).toBe('Telesalud. Por la tarde');
  });
});
