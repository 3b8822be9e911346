import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, test } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const SANITY = join(ROOT, 'sanity');

/** The sanity CLI in `cwd`, under the Node running Vitest (24). */
function sanity(cwd: string, ...args: string[]) {
  const run = spawnSync(process.execPath, [join(ROOT, 'node_modules/@sanity/cli/bin/run.js'), ...args], {
    cwd,
    env: { ...process.env, SANITY_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
  });
  if (run.status !== 0)
    throw new Error(`sanity ${args.join(' ')} failed (${run.status}):\n${run.stdout}\n${run.stderr}`);
}
// Only the header comment naming the queries file depends on where TypeGen runs from.
const withoutSource = (types: string) => types.replaceAll(/^\/\/ Source: .*$/gm, '// Source: …');

test('the committed schema.json and sanity.types.ts are what `npm run typegen` makes of the schema and queries', () => {
  // The CLI reads its settings from sanity.cli.ts in the folder it runs in, so a scratch folder beside the Studio
  // re-exports the Studio's config and the real CLI config with only the output paths changed.
  const scratch = join(SANITY, `.typegen-check-${process.pid}`);
  mkdirSync(scratch);
  try {
    writeFileSync(join(scratch, 'sanity.config.ts'), `export { default } from '../sanity.config.ts';\n`);
    writeFileSync(
      join(scratch, 'sanity.cli.ts'),
      `import config from '../sanity.cli.ts';
// The query files, one folder further away (TypeGen takes one path or a list).
const path = [config.typegen?.path ?? []].flat().map((p) => \`../\${p}\`);
export default {
  ...config,
  schemaExtraction: { ...config.schemaExtraction, path: './schema.json' },
  typegen: { ...config.typegen, path, schema: './schema.json', generates: './sanity.types.ts' },
};
`,
    );
    // The same commands as `npm run typegen`, into the scratch folder.
    sanity(scratch, 'schemas', 'extract', '--enforce-required-fields');
    sanity(scratch, 'typegen', 'generate');
    const committed = (path: string) => readFileSync(join(ROOT, path), 'utf8');
    const fresh = (name: string) => readFileSync(join(scratch, name), 'utf8');
    expect(fresh('schema.json'), 'sanity/schema.json is stale: run npm run typegen').toBe(
      committed('sanity/schema.json'),
    );
    expect(
      withoutSource(fresh('sanity.types.ts')),
      'src/content-source/sanity.types.ts is stale: run npm run typegen',
    ).toBe(withoutSource(committed('src/content-source/sanity.types.ts')));
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}, 300_000);
