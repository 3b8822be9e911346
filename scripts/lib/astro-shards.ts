/**
 * `astro build` once per locale, side by side: Astro renders pages on one thread, and a two-language national
 * build spent ~100 s there with the second core mostly idle (two processes: ~67 s, measured in the same run).
 * Each process loads and validates the whole content (so each stops on bad content, before any page) and
 * renders its locale's pages (BUILD_LOCALE, read by src/lib/routes.ts); the default locale's also writes the
 * files of no locale. Each writes into its own folder inside the project: Astro keeps its prerender bundle
 * beside an output folder only when that folder is inside the working directory, and elsewhere in one shared
 * `.astro/.prerender/` that two processes would overwrite and delete under each other.
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { DEFAULT_LOCALE, LOCALES, type Locale } from '../../src/i18n/index.ts';

/** One locale's Astro process. */
export interface Shard {
  locale: Locale;
  /** Where this process writes its pages. */
  out: string;
  /** Where it hands over the content problems it found (src/integrations/load-content.ts). */
  problemsFile: string;
}

export const shardsFor = (root: string, id: string): Shard[] =>
  LOCALES.map((locale) => ({
    locale,
    out: join(root, `.build-${id}-${locale}`),
    problemsFile: join(root, `.build-${id}-${locale}.problems.json`),
  }));

/**
 * Runs every shard at once, each line of its output prefixed with its locale (`[es] …`). When one fails the
 * others are stopped: the build is refused either way. Resolves with the first failure, if any.
 */
export async function buildShards(
  shards: readonly Shard[],
  command: readonly string[],
  env: NodeJS.ProcessEnv,
): Promise<{ failed?: Shard }> {
  const children = shards.map((shard) =>
    spawn(command[0]!, [...command.slice(1), '--outDir', shard.out], {
      cwd: dirname(shard.out),
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...env, BUILD_LOCALE: shard.locale, BUILD_PROBLEMS_FILE: shard.problemsFile },
    }),
  );
  let failed: Shard | undefined;
  await Promise.all(
    children.map(
      (child, i) =>
        new Promise<void>((resolve) => {
          const shard = shards[i]!;
          createInterface({ input: child.stdout! }).on('line', (line) => console.log(`[${shard.locale}] ${line}`));
          createInterface({ input: child.stderr! }).on('line', (line) => console.error(`[${shard.locale}] ${line}`));
          child.on('close', (code) => {
            if (code !== 0 && !failed) {
              failed = shard;
              for (const other of children) if (other !== child) other.kill();
            }
            resolve();
          });
        }),
    ),
  );
  return failed ? { failed } : {};
}

/**
 * Puts the shards' pages together in `into`: the default locale's whole output, then each other locale's own
 * folder (`es/`) from its shard. Throws when the shards' bundled assets differ (a page would then load a file
 * that is not there); the caller publishes nothing.
 */
export function assembleShards(shards: readonly Shard[], into: string): void {
  const main = shards.find((shard) => shard.locale === DEFAULT_LOCALE)!;
  const others = shards.filter((shard) => shard !== main);
  const assets = (shard: Shard) => readdirSync(join(shard.out, '_astro')).sort().join('\n');
  for (const shard of others)
    if (assets(shard) !== assets(main))
      throw new Error(`The ${shard.locale} and ${main.locale} builds bundled different assets (_astro/).`);
  move(main.out, into);
  for (const shard of others) {
    rmSync(join(into, shard.locale), { recursive: true, force: true });
    move(join(shard.out, shard.locale), join(into, shard.locale));
    rmSync(shard.out, { recursive: true, force: true });
  }
}

/** Removes every shard's leftovers (after a failure, or after assembling). */
export function removeShards(shards: readonly Shard[]): void {
  for (const shard of shards) {
    rmSync(shard.out, { recursive: true, force: true });
    rmSync(shard.problemsFile, { force: true });
  }
}

/** A rename, or a copy when the two folders are on different file systems. */
function move(from: string, to: string) {
  if (!existsSync(from)) throw new Error(`${from} is missing: the build wrote no pages there.`);
  try {
    renameSync(from, to);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
    cpSync(from, to, { recursive: true });
    rmSync(from, { recursive: true, force: true });
  }
}
