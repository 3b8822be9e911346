import {
  AGE_GROUP,
  PAYMENT_OPTION,
  PROGRAM_FORMAT,
  US_STATE,
  wordsFor,
  type SearchWords,
  type UsState,
} from '../../domain/vocabulary.ts';
import type { LatLng } from '../../domain/geo.ts';
import type { Locale } from '../../i18n/index.ts';
import { normalize, type SearchTerm } from './terms.ts';

/** A city of the dataset: its name, state and centre (the mean of its locations' coordinates). */
export interface City {
  name: string;
  state: UsState;
  center: LatLng;
}

export type Where =
  | { kind: 'near-me' }
  | { kind: 'zip'; zip: string }
  /** One city, or a bare city name that several states share. */
  | { kind: 'city'; cities: City[] }
  | { kind: 'state'; state: UsState };

/** What a query asks for, read into the parts search filters by; `rest` is searched as text. */
export interface Understood {
  what: SearchTerm[];
  where?: Where;
  /** Facet values (as pages carry them): ages, format, language, payment. */
  ages: string[];
  formats: string[];
  languages: string[];
  payments: string[];
  rest: string;
}

export interface Vocabulary {
  terms: readonly SearchTerm[];
  cities: readonly City[];
  /** The page's language (`<html lang>`): which words for ages, formats, places and filler it reads. */
  locale?: Locale;
}

/** Zero-width, direction and other invisible characters, as pasted from chats and PDFs. */
const INVISIBLE = /[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u206f\ufeff]/gu;

/** The query as typed, without invisible characters and with single spaces. */
export const cleanQuery = (text: string) => text.replace(INVISIBLE, '').replace(/\s+/g, ' ').trim();

interface Token {
  /** The word as typed (for capitals: "OR" names Oregon, "or" does not). */
  text: string;
  word: string;
  afterComma: boolean;
  used: boolean;
}

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const part of cleanQuery(text).split(/(,)|\s+/)) {
    if (part === undefined || part === '') continue;
    if (part === ',') {
      if (tokens.length) tokens.at(-1)!.afterComma = true;
      continue;
    }
    // "Day-Treatment" reads as two words; the comma flag belongs to the word after the comma.
    for (const word of normalize(part).split(' ').filter(Boolean))
      tokens.push({ text: part.replace(/[^\p{L}\p{N}]/gu, ''), word, afterComma: false, used: false });
  }
  // Shift the flags: a token carries whether a comma came right before it.
  for (let i = tokens.length - 1; i >= 0; i--) tokens[i]!.afterComma = i > 0 && tokens[i - 1]!.afterComma;
  return tokens;
}

/** Where the phrase (normalised words) occurs among the unused tokens, as whole words; -1 when it does not. */
function find(tokens: Token[], phrase: string, from = 0): number {
  const words = phrase.split(' ');
  for (let i = from; i + words.length <= tokens.length; i++)
    if (words.every((w, k) => !tokens[i + k]!.used && tokens[i + k]!.word === w)) return i;
  return -1;
}

const use = (tokens: Token[], start: number, length: number) => {
  for (let k = start; k < start + length; k++) tokens[k]!.used = true;
};

/** Phrases longest first, so "young adults" wins over "adults" and "intensive outpatient" over "outpatient". */
const longestFirst = <T extends { phrase: string }>(entries: T[]) =>
  entries.sort((a, b) => b.phrase.split(' ').length - a.phrase.split(' ').length);

/** Finds every phrase of a list among the tokens, consuming them; returns the values found, once each. */
function takeAll<V>(tokens: Token[], entries: { phrase: string; value: V }[]): V[] {
  const found: V[] = [];
  for (const { phrase, value } of longestFirst(entries.filter((e) => e.phrase !== ''))) {
    for (let at = find(tokens, phrase); at >= 0; at = find(tokens, phrase, at)) {
      use(tokens, at, phrase.split(' ').length);
      if (!found.includes(value)) found.push(value);
    }
  }
  return found;
}

const phrases = <K extends string>(map: Readonly<Record<string, K>>) =>
  Object.entries(map).map(([phrase, value]) => ({ phrase: normalize(phrase), value }));

const STATE_NAMES = Object.entries(US_STATE).map(([code, name]) => ({
  phrase: normalize(name),
  value: code as UsState,
}));
/** The English state names, and the page language's own where they differ ("Nuevo México"). */
const stateNames = (words: SearchWords) => [...STATE_NAMES, ...phrases(words.states)];
const isStateCode = (text: string): text is UsState => Object.hasOwn(US_STATE, text);

/** A state named right at token `at`: by name, or by a two-letter code in capitals or after a city or comma. */
function stateAt(
  tokens: Token[],
  at: number,
  afterCity: boolean,
  names: readonly { phrase: string; value: UsState }[],
): { state: UsState; length: number } | undefined {
  const token = tokens[at];
  if (!token || token.used) return undefined;
  const code = token.word.toUpperCase();
  if (token.word.length === 2 && isStateCode(code) && (token.text === code || token.afterComma || afterCity))
    return { state: code, length: 1 };
  for (const { phrase, value } of longestFirst([...names]))
    if (find(tokens, phrase, at) === at) return { state: value, length: phrase.split(' ').length };
  return undefined;
}

function takeNearMe(tokens: Token[], words: SearchWords): Where | undefined {
  return takeAll(
    tokens,
    words.nearMe.map((phrase) => ({ phrase: normalize(phrase), value: 'near-me' as const })),
  ).length > 0
    ? { kind: 'near-me' }
    : undefined;
}

/** A ZIP code, a city of the dataset (with or without its state), or a state. */
function takePlace(tokens: Token[], cities: readonly City[], words: SearchWords): Where | undefined {
  const states = stateNames(words);
  const zip = tokens.findIndex((t) => !t.used && /^\d{5}$/.test(t.word));
  if (zip >= 0) {
    use(tokens, zip, 1);
    return { kind: 'zip', zip: tokens[zip]!.word };
  }
  const cityNames = [...new Set(cities.map((c) => normalize(c.name)))].map((phrase) => ({ phrase, value: phrase }));
  for (const { phrase } of longestFirst(cityNames)) {
    const at = find(tokens, phrase);
    if (at < 0) continue;
    const length = phrase.split(' ').length;
    const state = stateAt(tokens, at + length, true, states);
    const named = cities.filter((c) => normalize(c.name) === phrase && (!state || c.state === state.state));
    if (named.length === 0) continue;
    use(tokens, at, length + (state?.length ?? 0));
    return { kind: 'city', cities: named };
  }
  for (let at = 0; at < tokens.length; at++) {
    const state = stateAt(tokens, at, false, states);
    if (state) {
      use(tokens, at, state.length);
      return { kind: 'state', state: state.state };
    }
  }
  return undefined;
}

/**
 * Reads a query the way a person means it: "teen IOP near 97214 in Spanish" is the Teen IOP program, near ZIP
 * 97214, in Spanish, with nothing left to search as text. Order matters: "near me" first, then the content's
 * program and service names (so "teen IOP" names a program before "teen" names an age group), then the place,
 * then ages, format, language and payment words; filler words go last. Everything matches whole words only.
 * Where the same words name a program and a service, the program wins. A Spanish page reads Spanish words
 * ("adolescentes", "telesalud", "cerca de mí", "en Portland") as well as English ones.
 */
export function understand(query: string, { terms, cities, locale = 'en' }: Vocabulary): Understood {
  const words = wordsFor(locale);
  const tokens = tokenize(query);
  const nearMe = takeNearMe(tokens, words);
  const byKind = [...terms].sort((a, b) => Number(a.kind === 'service') - Number(b.kind === 'service'));
  const what = takeAll(
    tokens,
    byKind.flatMap((term) => [term.title, ...term.aliases].map((name) => ({ phrase: normalize(name), value: term }))),
  );
  const where = nearMe ?? takePlace(tokens, cities, words);
  const ages = takeAll(tokens, phrases(words.ages)).map((k) => AGE_GROUP[k]);
  const formats = takeAll(tokens, phrases(words.formats)).map((k) => PROGRAM_FORMAT[k]);
  const languages = takeAll(tokens, phrases(words.languages));
  const payments = takeAll(tokens, phrases(words.payments)).map((k) => PAYMENT_OPTION[k]);
  const filler = new Set(words.filler.map(normalize));
  const rest = tokens
    .filter((t) => !t.used && !filler.has(t.word))
    .map((t) => t.word)
    .join(' ');
  return { what, ...(where && { where }), ages, formats, languages, payments, rest };
}
