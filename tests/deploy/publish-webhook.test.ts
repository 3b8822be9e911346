import { readFileSync } from 'node:fs';
import { evaluate, parse } from 'groq-js';
import { describe, expect, it } from 'vitest';
import { readOracleDataset } from '../support/oracles.ts';

const hook = JSON.parse(readFileSync('sanity/webhooks/publish.json', 'utf8')) as {
  url: string;
  httpMethod: string;
  includeDrafts: boolean;
  headers: Record<string, string>;
  rule: { on: string[]; filter: string; projection: string };
};

// The webhook kept as code: its filter and projection run here through Sanity's own GROQ engine over the
// bundled dataset, so a typo that Sanity would reject (or a body GitHub would answer 422 to) fails a test.
describe('the publish webhook (sanity/webhooks/publish.json)', () => {
  const documents = [...readOracleDataset().byId.values()];
  const run = async (query: string) => (await evaluate(parse(query), { dataset: documents })).get();

  it('fires for the five published types the site reads, on publish and delete, never for drafts', async () => {
    expect(hook.includeDrafts).toBe(false);
    expect(hook.rule.on).toEqual(expect.arrayContaining(['create', 'update', 'delete']));
    const matched = (await run(`*[${hook.rule.filter}]._type`)) as string[];
    expect(new Set(matched)).toEqual(new Set(['location', 'program', 'service', 'siteSettings', 'languageAssistance']));
  });

  it("sends the body GitHub's repository_dispatch API requires", async () => {
    expect(hook.httpMethod).toBe('POST');
    expect(hook.url).toMatch(/^https:\/\/api\.github\.com\/repos\/[^/]+\/[^/]+\/dispatches$/);
    const bodies = (await run(`*[${hook.rule.filter}]${hook.rule.projection}`)) as Record<string, any>[];
    for (const body of bodies) {
      expect(body.event_type).toBe('sanity-publish');
      expect(Object.keys(body.client_payload)).toEqual(expect.arrayContaining(['_id', '_type']));
    }
    const location = bodies.find((b) => b.client_payload._type === 'location')!;
    expect(location.client_payload.slug).toEqual(expect.any(String));
  });

  it('keeps the GitHub token out of the repository: only a placeholder', () => {
    expect(hook.headers.Authorization).toMatch(/^Bearer <[^>]+>$/);
  });
});
