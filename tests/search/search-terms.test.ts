import { describe, expect, test } from 'vitest';
import { loadFile } from '../content-source/helpers.ts';
import { createMockDataset } from '../fixtures/dataset.ts';
import { createDirectoryIndex } from '../../src/domain/directory-index.ts';
import { searchTerms } from '../../src/domain/search-data-terms.ts';

/** The mock directory, with Spanish fields as the content model adds them (`f_es` beside `f`). */
async function directory() {
  const index = createDirectoryIndex(await loadFile(createMockDataset() as never));
  Object.assign(index.program('program.iop')!, {
    title_es: 'Programa intensivo ambulatorio',
    shortName_es: 'Programa intensivo',
    aliases_es: ['tratamiento intensivo ambulatorio'],
  });
  Object.assign(index.program('program.detox')!, {
    title_es: 'Desintoxicación',
    safetyNote_es: 'La abstinencia puede ser peligrosa; en una emergencia, llame al 911.',
  });
  Object.assign(index.settings.notOffered[0]!, { note: 'Call the helpline.', note_es: 'Llame a la línea de ayuda.' });
  return index;
}
const byId = (terms: ReturnType<typeof searchTerms>, filter: string) => terms.find((t) => t.filter === filter)!;

describe('the names the search page knows, per language', () => {
  test('English: English titles and aliases, English pages', async () => {
    const terms = searchTerms(await directory(), 'en');
    expect(byId(terms, 'p-intensive-outpatient')).toEqual({
      kind: 'program',
      title: 'Intensive Outpatient Program',
      url: '/programs/intensive-outpatient/',
      aliases: ['IOP'],
      offeredAt: 2,
      filter: 'p-intensive-outpatient',
    });
  });

  test('Spanish: the Spanish title, Spanish names first and then the English ones, Spanish pages', async () => {
    const terms = searchTerms(await directory(), 'es');
    expect(byId(terms, 'p-intensive-outpatient')).toMatchObject({
      title: 'Programa intensivo ambulatorio',
      url: '/es/programs/intensive-outpatient/',
      aliases: ['Programa intensivo', 'tratamiento intensivo ambulatorio', 'Intensive Outpatient Program', 'IOP'],
    });
    expect(byId(terms, 's-yoga'), 'untranslated: the English title').toMatchObject({
      title: 'Yoga',
      url: '/es/services/yoga/',
      aliases: [],
    });
  });

  test('a program offered nowhere answers with its safety note and the organisation’s note in the page language', async () => {
    const index = await directory();
    expect(byId(searchTerms(index, 'es'), 'p-detox').notes).toEqual([
      'La abstinencia puede ser peligrosa; en una emergencia, llame al 911.',
      'Llame a la línea de ayuda.',
    ]);
    expect(byId(searchTerms(index, 'en'), 'p-detox').notes).toEqual([
      'Withdrawal can be dangerous; in an emergency, call 911.',
      'Call the helpline.',
    ]);
  });
});
