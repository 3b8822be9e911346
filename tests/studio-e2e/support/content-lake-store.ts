/**
 * An in-memory Content Lake for the Studio in a browser: documents with revisions, queries through groq-js seen
 * through a perspective, mutations and the actions API applied with Sanity's own mutator, and a mutation event
 * per changed document for `/data/listen`. The HTTP side is `content-lake-server.ts`.
 */
import { randomUUID } from 'node:crypto';
import { Mutation } from '@sanity/mutator';
import { evaluate, parse } from 'groq-js';
import type { RawDocument } from '../../../src/content-source/ndjson.ts';

type Doc = RawDocument & { _rev?: string; [field: string]: unknown };
type Mut = Record<string, any>;

/** One `mutation` event of the listen API, with mendoza effects as the Studio's document store requires. */
export interface MutationEvent {
  type: 'mutation';
  eventId: string;
  documentId: string;
  transactionId: string;
  transition: 'appear' | 'update' | 'disappear';
  identity: string;
  mutations: Mut[];
  previousRev?: string;
  resultRev: string;
  timestamp: string;
  visibility: 'query';
  // Mendoza's "value" op (`[0, value]`) replaces the whole document: enough for the Studio, which only applies it.
  effects: { apply: [0, unknown]; revert: [0, unknown] };
  transactionTotalEvents: number;
  transactionCurrentEvent: number;
  /** The document before and after, for matching listeners' queries; stripped before sending. */
  before: Doc | null;
  after: Doc | null;
}

/** A request the store refuses, answered with this status and message. */
export class ContentLakeError extends Error {
  readonly status: number;
  constructor(status: number, message: string) {
    super(message);
    this.status = status;
  }
}

const isDraft = (id: string) => id.startsWith('drafts.');
const isVersion = (id: string) => id.startsWith('versions.');
const publishedIdOf = (id: string) => id.replace(/^drafts\./, '');
const withoutRev = (doc: Doc | null) => {
  if (!doc) return null;
  const { _rev: _omit, ...rest } = doc;
  return rest;
};

export class ContentLakeStore {
  readonly documents = new Map<string, Doc>();
  private readonly subscribers = new Set<(events: MutationEvent[]) => void>();

  constructor(documents: readonly RawDocument[]) {
    for (const doc of documents) this.documents.set(doc._id, { _rev: randomUUID().slice(0, 22), ...doc });
  }

  /** Calls `listener` with the events of every transaction from now on; returns the unsubscribe. */
  subscribe(listener: (events: MutationEvent[]) => void): () => void {
    this.subscribers.add(listener);
    return () => this.subscribers.delete(listener);
  }

  getDocuments(ids: readonly string[]): { documents: Doc[]; omitted: { id: string; reason: string }[] } {
    const documents = ids.map((id) => this.documents.get(id)).filter((doc): doc is Doc => doc !== undefined);
    const omitted = ids.filter((id) => !this.documents.has(id)).map((id) => ({ id, reason: 'existence' }));
    return { documents, omitted };
  }

  /**
   * Runs GROQ over the documents as `perspective` shows them: `raw` shows all, `published` hides drafts and
   * versions, `drafts` (and release stacks ending in it) lays each draft over its published document under the
   * published id, as the Content Lake does.
   */
  async query(query: string, params: Record<string, unknown>, perspective: string): Promise<unknown> {
    const dataset = this.view(perspective);
    const byId = new Map(dataset.map((doc) => [doc._id, doc]));
    const tree = parse(withoutTextQuery(query), { params });
    const value = await evaluate(tree, { dataset, params, dereference: ({ _ref }) => byId.get(_ref) });
    return value.get();
  }

  /** Whether a document (before or after a change) is among a listener query's results. */
  async matches(query: string, params: Record<string, unknown>, docs: readonly Doc[]): Promise<boolean> {
    if (docs.length === 0) return false;
    const value = await evaluate(parse(withoutTextQuery(query), { params }), { dataset: [...docs], params });
    const result = await value.get();
    return Array.isArray(result) ? result.length > 0 : Boolean(result);
  }

  /** `POST /data/mutate`: create, createOrReplace, createIfNotExists, delete and patch, in one transaction. */
  mutate(mutations: readonly Mut[], transactionId = randomUUID()): { transactionId: string; results: object[] } {
    const changes = new Map<string, Mut[]>();
    for (const mutation of mutations) {
      const [kind, body] = Object.entries(mutation)[0] ?? [];
      const id = kind === 'delete' || kind === 'patch' ? body?.id : body?._id;
      if (typeof id !== 'string') throw new ContentLakeError(400, `Mutation without a document id: ${kind}`);
      changes.set(id, [...(changes.get(id) ?? []), mutation]);
    }
    const results = [...changes.keys()].map((id) => ({ id, operation: 'update' }));
    this.commit(
      transactionId,
      [...changes].map(([id, muts]) => ({ id, next: new Mutation({ mutations: muts }).apply(this.copy(id)), muts })),
    );
    return { transactionId, results };
  }

  /** `POST /data/actions`: the document actions the Studio sends for editing and publishing. */
  act(actions: readonly Mut[], transactionId = randomUUID()): { transactionId: string } {
    const changes: { id: string; next: Doc | null; muts: Mut[] }[] = [];
    const pending = new Map<string, Doc | null>();
    const current = (id: string) => (pending.has(id) ? pending.get(id)! : this.copy(id));
    const put = (id: string, next: Doc | null, muts: Mut[]) => {
      pending.set(id, next);
      changes.push({ id, next, muts });
    };
    for (const action of actions) {
      switch (action.actionType) {
        case 'sanity.action.document.create': {
          const id = action.attributes?._id ?? `drafts.${action.publishedId}`;
          if (current(id) && action.ifExists === 'fail') throw new ContentLakeError(409, `Document ${id} exists`);
          put(id, { ...action.attributes, _id: id }, [{ create: action.attributes }]);
          break;
        }
        case 'sanity.action.document.edit': {
          // Editing a published document without a draft starts the draft from it; the event says so with a
          // createIfNotExists first, or the Studio's mutator could not apply it to the missing draft.
          const draft = current(action.draftId);
          const base = draft ?? this.asDraft(current(action.publishedId), action.draftId);
          if (!base) throw new ContentLakeError(409, `Neither ${action.draftId} nor ${action.publishedId} exists`);
          const patch = { ...action.patch, id: action.draftId };
          const muts = draft ? [{ patch }] : [{ createIfNotExists: withoutRev(base) }, { patch }];
          put(action.draftId, new Mutation({ mutations: [{ patch }] }).apply(structuredClone(base)), muts);
          break;
        }
        case 'sanity.action.document.publish': {
          const draft = current(action.draftId);
          if (!draft) throw new ContentLakeError(409, `Cannot publish: ${action.draftId} does not exist`);
          const published = current(action.publishedId);
          if (action.ifPublishedRevisionId && published?._rev !== action.ifPublishedRevisionId)
            throw new ContentLakeError(
              409,
              `${action.publishedId} has changed since revision ${action.ifPublishedRevisionId}`,
            );
          const next = { ...draft, _id: action.publishedId };
          put(action.publishedId, next, [{ createOrReplace: next }]);
          put(action.draftId, null, [{ delete: { id: action.draftId } }]);
          break;
        }
        case 'sanity.action.document.version.discard':
        case 'sanity.action.document.discard': {
          const id = action.versionId ?? action.draftId;
          put(id, null, [{ delete: { id } }]);
          break;
        }
        default:
          throw new ContentLakeError(400, `Action ${action.actionType} is not supported by this test Content Lake`);
      }
    }
    this.commit(transactionId, changes);
    return { transactionId };
  }

  private view(perspective: string): Doc[] {
    const all = [...this.documents.values()];
    if (perspective === 'raw') return all;
    const published = all.filter((doc) => !isDraft(doc._id) && !isVersion(doc._id));
    if (!perspective.split(',').some((name) => name === 'drafts' || name === 'previewDrafts')) return published;
    const drafts = new Map(all.filter((doc) => isDraft(doc._id)).map((doc) => [publishedIdOf(doc._id), doc]));
    const overlaid = published.map((doc) => drafts.get(doc._id) ?? doc);
    const draftOnly = [...drafts].filter(([id]) => !this.documents.has(id)).map(([, doc]) => doc);
    return [...overlaid, ...draftOnly].map((doc) =>
      isDraft(doc._id) ? { ...doc, _id: publishedIdOf(doc._id), _originalId: doc._id } : doc,
    );
  }

  private copy(id: string): Doc | null {
    const doc = this.documents.get(id);
    return doc ? structuredClone(doc) : null;
  }

  private asDraft(published: Doc | null, draftId: string): Doc | null {
    return published ? { ...structuredClone(published), _id: draftId } : null;
  }

  /** Stores each document's new state under the transaction's revision and tells every subscriber. */
  private commit(transactionId: string, changes: readonly { id: string; next: Doc | null; muts: Mut[] }[]) {
    const timestamp = new Date().toISOString();
    const last = new Map<string, (typeof changes)[number]>();
    for (const change of changes) last.set(change.id, change);
    const events = [...last.values()].map(({ id, next }, index, all): MutationEvent => {
      const before = this.documents.get(id) ?? null;
      const after = next ? { ...next, _id: id, _rev: transactionId, _updatedAt: timestamp } : null;
      if (after) this.documents.set(id, after);
      else this.documents.delete(id);
      return {
        type: 'mutation',
        eventId: `${transactionId}#${id}`,
        documentId: id,
        transactionId,
        transition: !before ? 'appear' : !after ? 'disappear' : 'update',
        identity: 'p-offline-editor',
        mutations: changes.filter((change) => change.id === id).flatMap((change) => change.muts),
        previousRev: before?._rev,
        resultRev: transactionId,
        timestamp,
        visibility: 'query',
        effects: { apply: [0, withoutRev(after)], revert: [0, withoutRev(before)] },
        transactionTotalEvents: all.length,
        transactionCurrentEvent: index + 1,
        before,
        after,
      };
    });
    for (const subscriber of this.subscribers) subscriber(events);
  }
}

/**
 * groq-js has no `text::query` (the Studio's list search). An empty or `*` search matches everything; any
 * other term becomes a plain `match` over `_id`, `name` and `title` (the fields these tests search).
 */
export function withoutTextQuery(query: string): string {
  return query.replace(/\[@, _id\] match text::query\((\$\w+)\)/g, '($1 in ["", "*"] || [_id, name, title] match $1)');
}
