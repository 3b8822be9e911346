/**
 * The scale benchmark's floor: a bare Astro project that renders one trivial page per page the site rendered,
 * at the same paths, so the comparison stays fair as the site gains pages (state and city pages, Spanish twins).
 */
import { mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export interface SitePage {
  /** The page's route without slashes at either end: `locations/x`, `404`, or '' for the home page. */
  route: string;
  /** Whether the site's page is indexed by Pagefind (has `data-pagefind-body`). */
  indexed: boolean;
  /** Its `<html lang>`: Pagefind builds one index per language. */
  lang: string;
}

/** The route that writes `file` (relative to dist/) under Astro's `build.format: 'directory'`. */
export const routeOf = (file: string) =>
  file
    .split(path.sep)
    .join('/')
    .replace(/(^|\/)index\.html$/, '')
    .replace(/\.html$/, '');

/** Every HTML page in a built site, with whether Pagefind indexes it. */
export function sitePages(dist: string): SitePage[] {
  return readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.html'))
    .sort()
    .map((name) => {
      const html = readFileSync(path.join(dist, name), 'utf8');
      return {
        route: routeOf(name),
        indexed: html.includes('data-pagefind-body'),
        lang: /<html lang="([^"]+)"/.exec(html)?.[1] ?? 'en',
      };
    });
}

/**
 * A `node_modules/` in `dir` that links each of the repository's packages but not its caches: Astro keeps its
 * content data store in `node_modules/.astro/` and Vite its cache in `node_modules/.vite/`, and a build in the
 * work tree must neither feed nor overwrite the copy's.
 */
export function linkPackages(root: string, dir: string) {
  const own = path.join(dir, 'node_modules');
  mkdirSync(own);
  for (const name of readdirSync(path.join(root, 'node_modules')))
    if (name !== '.astro' && !name.startsWith('.vite'))
      symlinkSync(path.join(root, 'node_modules', name), path.join(own, name));
}

/**
 * Writes the floor project into `dir`: one page per site page, each showing one location's name, address, phone
 * and services (the locations in turn), indexed by Pagefind where the site's page is, in the site page's language. The data is read directly
 * from the dataset in getStaticPaths: the least any static site of these pages can cost.
 */
export function writeFloorProject(root: string, dir: string, datasetFile: string, pages: readonly SitePage[]) {
  mkdirSync(path.join(dir, 'src/pages'), { recursive: true });
  linkPackages(root, dir);
  const pagesFile = path.join(dir, 'pages.json');
  writeFileSync(pagesFile, JSON.stringify(pages));
  writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'floor', private: true, type: 'module' }));
  writeFileSync(
    path.join(dir, 'astro.config.mjs'),
    `import { defineConfig } from 'astro/config';
// The site's build settings (astro.config.mjs) that are not project code.
export default defineConfig({
  site: 'https://care.example.org',
  compressHTML: true,
  trailingSlash: 'always',
  build: { format: 'directory', concurrency: 4 },
});
`,
  );
  writeFileSync(
    path.join(dir, 'src/pages/[...route].astro'),
    `---
import { readFileSync } from 'node:fs';
export function getStaticPaths() {
  const docs = readFileSync(${JSON.stringify(datasetFile)}, 'utf8').trim().split('\\n').map((line) => JSON.parse(line));
  const titles = new Map(docs.filter((d) => d._type === 'service').map((d) => [d._id, d.title]));
  const locations = docs.filter((d) => d._type === 'location');
  const pages = JSON.parse(readFileSync(${JSON.stringify(pagesFile)}, 'utf8'));
  return pages.map(({ route, indexed, lang }, i) => {
    const d = locations[i % locations.length];
    const services = (d.servicesOffered ?? []).map((r) => titles.get(r._ref));
    return { params: { route: route || undefined }, props: { d, services, indexed, lang } };
  });
}
const { d, services, indexed, lang } = Astro.props;
const phone = d.admissionsPhone ?? d.mainPhone;
---
<html lang={lang}><head><meta charset="utf-8" /><title>{d.name}</title></head>
<body><main data-pagefind-body={indexed ? '' : undefined}>
<h1>{d.name}</h1>
<p>{d.address.street1}, {d.address.city}, {d.address.state} {d.address.zip}</p>
<p><a href={\`tel:\${phone.number}\`}>{phone.number}</a></p>
<ul>{services.map((s) => <li>{s}</li>)}</ul>
</main></body></html>
`,
  );
}
