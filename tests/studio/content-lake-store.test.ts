/**
 * The in-memory Content Lake behind the Studio's browser tests (tests/studio-e2e/support/): perspectives, the
 * `text::query` stand-in, mutations and actions, and the events the Studio's document store applies.
 */
import { describe, expect, test } from 'vitest';
import { ContentLakeStore, type MutationEvent } from '../studio-e2e/support/content-lake-store.ts';

const docs = () => [
  { _id: 'location.a', _type: 'location', name: 'Alpha Clinic', phone: '+15035550100' },
  { _id: 'drafts.location.a', _type: 'location', name: 'Alpha Clinic (edited)', phone: '+15035550100' },
  { _id: 'drafts.location.new', _type: 'location', name: 'New Clinic' },
  { _id: 'location.b', _type: 'location', name: 'Beta Clinic' },
];

function recording(store: ContentLakeStore) {
  const events: MutationEvent[] = [];
  store.subscribe((batch) => events.push(...batch));
  return events;
}

describe('perspectives', () => {
  test('drafts lays each draft over its published document, under the published id', async () => {
    const store = new ContentLakeStore(docs());
    const result = await store.query('*[_type == "location"] | order(_id){_id, name, _originalId}', {}, 'drafts');
    expect(result).toEqual([
      { _id: 'location.a', name: 'Alpha Clinic (edited)', _originalId: 'drafts.location.a' },
      { _id: 'location.b', name: 'Beta Clinic', _originalId: null },
      { _id: 'location.new', name: 'New Clinic', _originalId: 'drafts.location.new' },
    ]);
  });

  test('published hides drafts; raw shows everything', async () => {
    const store = new ContentLakeStore(docs());
    expect(await store.query('*._id', {}, 'published')).toEqual(['location.a', 'location.b']);
    expect(await store.query('count(*)', {}, 'raw')).toBe(4);
  });

  test('a list search (text::query, which groq-js lacks) matches all when empty, else by name', async () => {
    const store = new ContentLakeStore(docs());
    const query = '*[_type == "location" && ([@, _id] match text::query($__query))]._id';
    expect(await store.query(query, { __query: '' }, 'published')).toEqual(['location.a', 'location.b']);
    expect(await store.query(query, { __query: 'beta*' }, 'published')).toEqual(['location.b']);
  });
});

describe('actions and mutations', () => {
  test('editing a published document starts its draft; the event creates it before patching', () => {
    const store = new ContentLakeStore(docs().filter((doc) => doc._id !== 'drafts.location.a'));
    const events = recording(store);
    const { transactionId } = store.act([
      {
        actionType: 'sanity.action.document.edit',
        draftId: 'drafts.location.a',
        publishedId: 'location.a',
        patch: { set: { phone: '+1503555' } },
      },
    ]);
    expect(store.documents.get('drafts.location.a')).toMatchObject({ phone: '+1503555', _rev: transactionId });
    expect(store.documents.get('location.a')?.phone).toBe('+15035550100');
    expect(events).toEqual([
      expect.objectContaining({
        documentId: 'drafts.location.a',
        transition: 'appear',
        previousRev: undefined,
        resultRev: transactionId,
        mutations: [{ createIfNotExists: expect.objectContaining({ _id: 'drafts.location.a' }) }, expect.anything()],
      }),
    ]);
  });

  test('publishing replaces the published document with the draft and deletes the draft, in one transaction', () => {
    const store = new ContentLakeStore(docs());
    const previous = store.documents.get('location.a')!._rev;
    const events = recording(store);
    store.act([
      {
        actionType: 'sanity.action.document.publish',
        draftId: 'drafts.location.a',
        publishedId: 'location.a',
        ifPublishedRevisionId: previous,
      },
    ]);
    expect(store.documents.get('location.a')?.name).toBe('Alpha Clinic (edited)');
    expect(store.documents.has('drafts.location.a')).toBe(false);
    expect(
      events.map((e) => [e.documentId, e.transition, e.transactionCurrentEvent, e.transactionTotalEvents]),
    ).toEqual([
      ['location.a', 'update', 1, 2],
      ['drafts.location.a', 'disappear', 2, 2],
    ]);
    // The effects replace the whole document, as mendoza's "value" op.
    expect(events[0]!.effects.apply).toEqual([0, expect.objectContaining({ name: 'Alpha Clinic (edited)' })]);
    expect(events[1]!.effects.apply).toEqual([0, null]);
  });

  test('a publish against a stale published revision is refused', () => {
    const store = new ContentLakeStore(docs());
    expect(() =>
      store.act([
        {
          actionType: 'sanity.action.document.publish',
          draftId: 'drafts.location.a',
          publishedId: 'location.a',
          ifPublishedRevisionId: 'stale',
        },
      ]),
    ).toThrow(/has changed since revision stale/);
  });

  test('mutate applies patches with Sanity’s mutator (paths, diff-match-patch)', () => {
    const store = new ContentLakeStore(docs());
    store.mutate([
      { patch: { id: 'location.b', set: { 'address.city': 'Bend' } } },
      { patch: { id: 'location.b', diffMatchPatch: { name: '@@ -1,4 +1,5 @@\n-Beta\n+Gamma\n' } } },
    ]);
    expect(store.documents.get('location.b')).toMatchObject({ name: 'Gamma Clinic', address: { city: 'Bend' } });
  });
});
