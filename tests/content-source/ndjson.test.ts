import { describe, expect, test } from 'vitest';
import { parseNdjson } from '../../src/content-source/ndjson.ts';

const EXPORT = [
  '{"_id":"a","_type":"location","name":"Clínica Año Nuevo"}',
  '',
  'not json',
  '{"_id":"b","_type":"service","title":"日本語 support"}\r',
  '[1]',
  '{"_type":"service"}',
  '{"_id":"c","_type":"program","title":"Emoji 🙂 group"}',
  '',
].join('\n');

describe('parsing a Sanity NDJSON export', () => {
  test('bytes (read line by line) give exactly what the whole text gives, multi-byte characters included', () => {
    const fromText = parseNdjson(EXPORT);
    expect(parseNdjson(new TextEncoder().encode(EXPORT))).toEqual(fromText);
    expect(parseNdjson(Buffer.from(EXPORT))).toEqual(fromText);
    expect(fromText.documents.map((d) => d._id)).toEqual(['a', 'b', 'c']);
    expect(fromText.documents[0]).toMatchObject({ name: 'Clínica Año Nuevo' });
    expect(fromText.documents[2]).toMatchObject({ title: 'Emoji 🙂 group' });
  });

  test('each bad line is reported by its line number and the rest still parse', () => {
    const { problems } = parseNdjson(Buffer.from(EXPORT));
    expect(problems.map((p) => `${p.id} ${p.field}`.trim())).toEqual(['line 3', 'line 5', 'line 6 _id']);
  });

  test('a bytes view into a larger buffer reads only its own bytes', () => {
    const padded = Buffer.from(`xxxx${EXPORT}yyyy`);
    const view = padded.subarray(4, padded.length - 4);
    expect(parseNdjson(view)).toEqual(parseNdjson(EXPORT));
  });
});
