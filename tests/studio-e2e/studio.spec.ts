/**
 * An editor's steps in the built Studio, in Chromium, with Sanity's API answered on this machine from the
 * bundled dataset (support/offline-studio.ts). Each step checks what the editor sees and what the Content Lake
 * then holds.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { reviewedBefore } from '../../sanity/lib/editor-queries.ts';
import { PAGES_BY_TYPE } from '../../sanity/presentation/pages.ts';
import { createGroqExecutor } from '../../src/content-source/groq-local.ts';
import { loadDirectory } from '../../src/content-source/load.ts';
import { ContentError } from '../../src/content-source/problems.ts';
import { US_STATE, type UsState } from '../../src/domain/vocabulary.ts';
import { localIsoDate } from '../../sanity/actions/today.ts';
import { bundledDocuments, expect, test } from './support/offline-studio.ts';

type Doc = Record<string, any>;

const documents = bundledDocuments() as Doc[];
const locations = documents.filter((doc) => doc._type === 'location');
const HAWTHORNE = 'location.hawthorne-portland';
const INVALID_PHONE = '+1503555';
const VALID_PHONE = '+15035550142';

/** The message the build gives for a field of a document changed this way (problems of `npm run build`). */
async function buildMessage(id: string, field: string, change: (doc: Doc) => void): Promise<string> {
  const changed = structuredClone(documents);
  change(changed.find((doc) => doc._id === id)!);
  const file = join(mkdtempSync(join(tmpdir(), 'studio-e2e-')), 'dataset.ndjson');
  writeFileSync(file, changed.map((doc) => JSON.stringify(doc)).join('\n'));
  const error = await loadDirectory({ env: { DIRECTORY_DATASET: file } }).then(
    () => undefined,
    (reason: unknown) => reason,
  );
  if (!(error instanceof ContentError)) throw new Error(`the build accepted ${id} ${field}`);
  const problem = error.problems.find((p) => p.id === id && p.field === field);
  if (!problem) throw new Error(`no build problem for ${id} ${field}: ${JSON.stringify(error.problems)}`);
  return problem.message;
}

/** The form of an open location shows its name in the Name field. */
const expectForm = (page: Page, name: string) => expect(page.getByRole('textbox', { name: 'Name' })).toHaveValue(name);

/** A document list entry: a link named by the preview's title and subtitle. */
const entry = (name: string) => ({ name: new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} `) });

async function openDocument(page: Page, id: string) {
  await page.goto(`/intent/edit/id=${id};type=location`);
  await expectForm(page, locations.find((doc) => doc._id === id)!.name as string);
}

test('the desk groups locations by state, and each state lists its own', async ({ page }) => {
  await page.goto('/structure');
  await page.getByRole('link', { name: 'Locations' }).click();
  const states = [...new Set(locations.map((doc) => doc.address.state as UsState))].map((code) => US_STATE[code]);
  for (const state of states) await expect(page.getByRole('link', { name: state, exact: true })).toBeVisible();

  await page.getByRole('link', { name: 'Oregon', exact: true }).click();
  const list = page.getByRole('listbox', { name: 'Locations in Oregon' });
  for (const doc of locations)
    await expect(list.getByRole('link', entry(doc.name))).toHaveCount(doc.address.state === 'OR' ? 1 : 0);
});

test('an editor opens a location from its state', async ({ page }) => {
  await page.goto('/structure/locations;or');
  await page.getByRole('listbox', { name: 'Locations in Oregon' }).getByRole('link', entry('Hawthorne Clinic')).click();
  await expect(page).toHaveURL(new RegExp(`;${HAWTHORNE.replace('.', '\\.')}$`));
  await expectForm(page, 'Hawthorne Clinic');
  await expect(page.getByRole('textbox', { name: 'City' })).toHaveValue('Portland');
});

test('an invalid phone shows the build’s message; fixed, the location publishes', async ({ page, lake }) => {
  const expected = await buildMessage(HAWTHORNE, 'admissionsPhone.number', (doc) => {
    doc.admissionsPhone.number = INVALID_PHONE;
  });
  await openDocument(page, HAWTHORNE);
  await page.getByRole('tab', { name: 'Contact & hours' }).click();
  const field = page.locator('[data-testid="field-admissionsPhone.number"]');
  await field.locator('input').fill(INVALID_PHONE);

  // The field's error icon carries the message; the Studio capitalizes the rule's sentence.
  await field.locator('[data-sanity-icon="error-outline"]').first().hover();
  await expect(page.getByText(expected.charAt(0).toUpperCase() + expected.slice(1), { exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Publish', exact: true })).toBeDisabled();
  expect(lake.store.documents.get(`drafts.${HAWTHORNE}`)?.admissionsPhone).toMatchObject({ number: INVALID_PHONE });

  await field.locator('input').fill(VALID_PHONE);
  await expect(field.locator('[data-sanity-icon="error-outline"]')).toHaveCount(0);
  await page.getByRole('button', { name: 'Publish', exact: true }).click();
  await expect.poll(() => lake.store.documents.has(`drafts.${HAWTHORNE}`)).toBe(false);
  expect(lake.store.documents.get(HAWTHORNE)?.admissionsPhone).toMatchObject({ number: VALID_PHONE });
  // The Studio hears the publish on its listener: nothing is left to publish, the form shows the fixed number.
  await expect(page.getByRole('button', { name: 'Publish', exact: true })).toBeDisabled();
  await expect(field.locator('input')).toHaveValue(VALID_PHONE);
});

test('Language assistance opens from the desk with its notice and taglines; a blank notice shows the build’s message', async ({
  page,
  lake,
}) => {
  const assistance = documents.find((doc) => doc._id === 'languageAssistance')!;
  const expected = await buildMessage('languageAssistance', 'notice', (doc) => (doc.notice = '   '));
  await page.goto('/structure');
  await page.getByRole('link', { name: 'Language assistance' }).click();
  const notice = page.locator('[data-testid="field-notice"] textarea');
  await expect(notice).toHaveValue(assistance.notice);
  // Each tagline's preview: its text, then its language (the list renders the rows in view, so the first).
  const [first] = assistance.taglines;
  await expect(page.getByRole('button', { name: `${first.text} ${first.language}`, exact: true })).toBeVisible();

  await notice.fill('   ');
  await page.locator('[data-testid="field-notice"] [data-sanity-icon="error-outline"]').first().hover();
  await expect(page.getByText(expected.charAt(0).toUpperCase() + expected.slice(1), { exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Publish', exact: true })).toBeDisabled();
  expect(lake.store.documents.get('drafts.languageAssistance')?.notice).toBe('   ');
});

test('Coverage shows locations × programs with counts, filters by state and opens a location', async ({ page }) => {
  await page.goto('/coverage');
  const programs = documents.filter((doc) => doc._type === 'program');
  await expect(page.getByRole('columnheader')).toHaveCount(programs.length + 2);
  await expect(page.getByRole('row')).toHaveCount(locations.length + 1);
  await expect(page.getByText(`${locations.length} locations · page 1 of 1`)).toBeVisible();
  // Column counts arrive on their own query.
  const iop = programs.find((doc) => doc.shortName === 'IOP')!;
  const runIop = locations.filter((doc) => doc.programs?.some((entry: Doc) => entry.program._ref === iop._id));
  await expect(page.getByRole('columnheader', { name: `IOP ${runIop.length} ✓`, exact: false })).toBeVisible();

  await page.getByRole('combobox', { name: 'State' }).selectOption({ label: 'Washington' });
  const inWashington = locations.filter((doc) => doc.address.state === 'WA');
  await expect(page).toHaveURL(/\/coverage\/WA$/);
  await expect(page.getByText(`${inWashington.length} locations · page 1 of 1`)).toBeVisible();
  await expect(page.getByRole('row')).toHaveCount(inWashington.length + 1);

  const location = inWashington[0]!;
  const program = programs.find((doc) => doc._id === location.programs[0].program._ref)!;
  await page.getByRole('button', { name: `${location.name}: ${program.title} offered` }).click();
  await expectForm(page, location.name);
});

test('Needs review lists the stale locations; Mark reviewed dates one today and publishes it', async ({
  page,
  lake,
}) => {
  const cutoff = reviewedBefore();
  const stale = locations.filter((doc) => !doc.lastReviewed || doc.lastReviewed < cutoff);
  expect(stale.length, 'the bundled dataset has a location to review').toBeGreaterThan(0);

  await page.goto('/structure/needs-review');
  const list = page.getByRole('listbox', { name: 'Needs review' });
  for (const doc of locations)
    await expect(list.getByRole('link', entry(doc.name))).toHaveCount(stale.includes(doc) ? 1 : 0);

  const target = stale[0]!;
  await list.getByRole('link', entry(target.name)).click();
  await expectForm(page, target.name);
  await page.getByRole('button', { name: 'Open document actions' }).click();
  await page.getByRole('menuitem', { name: 'Mark reviewed' }).click();

  const today = localIsoDate();
  await expect.poll(() => lake.store.documents.get(target._id)?.lastReviewed).toBe(today);
  expect(lake.store.documents.has(`drafts.${target._id}`)).toBe(false);
  await expect(list.getByRole('link', entry(target.name))).toHaveCount(0);
});

test('Presentation is in the tool menu, and a location shows the pages it is used on', async ({ page }) => {
  const { query, pages } = PAGES_BY_TYPE.location!;
  const used = pages(await createGroqExecutor(bundledDocuments())(query, { id: HAWTHORNE }))!.locations!;
  await page.goto('/structure');
  await expect(page.getByRole('link', { name: 'Presentation' })).toBeVisible();

  await openDocument(page, HAWTHORNE);
  await page.getByRole('button', { name: `Used on ${used.length} pages` }).click();
  // Each page and its Spanish twin (the twin's title says "(Spanish)").
  for (const title of ['Hawthorne Clinic, Portland, OR', 'Locations in Oregon']) {
    await expect(page.getByRole('link', { name: title }).filter({ hasNotText: '(Spanish)' })).toBeVisible();
    await expect(page.getByRole('link', { name: `${title} (Spanish)` })).toBeVisible();
  }
});

test('Missing Spanish lists what is untranslated; a document opens with English and Spanish side by side', async ({
  page,
  lake,
}) => {
  // Fixture documents, so the test holds whatever the bundled dataset has translated.
  const service = (id: string, fields: Doc): Doc => ({
    _id: `service.${id}`,
    _type: 'service',
    slug: { _type: 'slug', current: id },
    category: 'therapy',
    ...fields,
  });
  const untranslated = service('fixture-untranslated', {
    title: 'Fixture drum circle',
    description: 'Rhythm in a group.',
  });
  const translated = service('fixture-translated', {
    title: 'Fixture clay therapy',
    title_es: 'Terapia con arcilla',
    description: 'Shaping clay with a therapist.',
    description_es: 'Dar forma a la arcilla con un terapeuta.',
  });
  lake.store.mutate([{ createOrReplace: untranslated }, { createOrReplace: translated }]);
  try {
    await page.goto('/structure');
    await page.getByRole('link', { name: 'Missing Spanish' }).click();
    const list = page.getByRole('listbox', { name: 'Missing Spanish' });
    await expect(list.getByRole('link', entry(untranslated.title))).toBeVisible();
    await expect(list.getByRole('link', entry(translated.title))).toHaveCount(0);

    await list.getByRole('link', entry(untranslated.title)).click();
    for (const [english, spanish, value] of [
      ['Title', 'Title (Spanish)', untranslated.title],
      ['Description', 'Description (Spanish)', untranslated.description],
    ] as const) {
      const left = page.getByRole('textbox', { name: english, exact: true });
      const right = page.getByRole('textbox', { name: spanish, exact: true });
      await expect(left).toHaveValue(value);
      await expect(right).toHaveValue('');
      const [a, b] = [(await left.boundingBox())!, (await right.boundingBox())!];
      expect(Math.abs(a.y - b.y), `${english}: English and Spanish on one row`).toBeLessThan(2);
      expect(b.x, `${spanish} right of ${english}`).toBeGreaterThanOrEqual(a.x + a.width);
    }
  } finally {
    lake.store.mutate([{ delete: { id: untranslated._id } }, { delete: { id: translated._id } }]);
  }
});
