import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { writeDataset } from '../content-source/helpers.ts';
import { tempDir } from '../support/temp-dir.ts';

type Node = DefaultTreeAdapterMap['node'];
export type Element = DefaultTreeAdapterMap['element'];
type TextNode = DefaultTreeAdapterMap['textNode'];

const ROOT = resolve(import.meta.dirname, '../..');

/** Runs `astro build` into a fresh temporary folder with `documents` as the dataset; returns that folder. */
export function buildWith(documents: readonly unknown[]): string {
  const outDir = join(tempDir('hardening-build-'), 'dist');
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('SANITY_')));
  // process.execPath is the Node running Vitest (24), whatever `node` is first on PATH.
  const run = spawnSync(
    process.execPath,
    [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir],
    {
      cwd: ROOT,
      env: { ...env, DIRECTORY_DATASET: writeDataset(documents), ASTRO_TELEMETRY_DISABLED: '1' },
      encoding: 'utf8',
      timeout: 180_000,
    },
  );
  if (run.status !== 0) throw new Error(`astro build failed (${run.status}):\n${run.stdout}\n${run.stderr}`);
  return outDir;
}

export interface Page {
  /** The URL path, e.g. `/locations/downtown/`. */
  path: string;
  elements: Element[];
  /** Text nodes outside script, style and template elements, decoded as a visitor reads them. */
  texts: TextNode[];
}

/** Every HTML page of a build, parsed. */
export function readPages(outDir: string): Page[] {
  const files = readdirSync(outDir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
  return files.map((file) => {
    const path = `/${relative(outDir, join(outDir, file)).split(sep).join('/')}`.replace(/(^|\/)index\.html$/, '$1');
    const elements: Element[] = [];
    const texts: TextNode[] = [];
    // Scripting off: <noscript> content is parsed as the elements it holds, so it is checked too.
    walk(parse(readFileSync(join(outDir, file), 'utf8'), { scriptingEnabled: false }), elements, texts);
    return { path, elements, texts };
  });
}

function walk(node: Node, elements: Element[], texts: TextNode[]) {
  if (node.nodeName === '#text') {
    texts.push(node as TextNode);
    return;
  }
  if ('tagName' in node) {
    elements.push(node);
    if (['script', 'style', 'template'].includes(node.tagName)) return;
  }
  if ('childNodes' in node) for (const child of node.childNodes) walk(child, elements, texts);
  if (node.nodeName === 'template') walk((node as DefaultTreeAdapterMap['template']).content, elements, texts);
}

export const attr = (element: Element, name: string) => element.attrs.find((a) => a.name === name)?.value;

/** The nearest `<a>` around a node, if any. */
export function enclosingLink(node: TextNode | Element): Element | undefined {
  for (let parent = node.parentNode; parent && 'tagName' in parent; parent = parent.parentNode)
    if (parent.tagName === 'a') return parent;
  return undefined;
}

/** The inline text of a script element. */
export const scriptText = (script: Element) =>
  script.childNodes.map((child) => (child.nodeName === '#text' ? (child as TextNode).value : '')).join('');

/** The scheme a browser would see: leading spaces and controls dropped, tabs and newlines removed, lower case. */
export const schemeOf = (url: string) =>
  /^([a-z][a-z0-9+.-]*):/.exec(
    url
      // eslint-disable-next-line no-control-regex
      .replace(/^[\u0000-\u0020]+/, '')
      .replace(/[\t\n\r]/g, '')
      .toLowerCase(),
  )?.[1];
