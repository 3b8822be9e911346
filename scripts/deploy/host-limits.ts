/**
 * What a static host accepts, as its own documentation states it (checked 2026-11), and how a built site
 * measures against it. Only limits a host documents are listed; an absent field means "no documented limit".
 */

export const HOSTS = ['netlify', 'cloudflare-pages-free', 'cloudflare-pages-paid', 'github-pages'] as const;
export type Host = (typeof HOSTS)[number];

const MiB = 1024 * 1024;
const GB = 1000 * 1000 * 1000;

export interface HostLimits {
  name: string;
  /** Files in one deployment. */
  files?: number;
  /** Bytes of the largest single file. */
  fileBytes?: number;
  /** Bytes of the whole published site. */
  totalBytes?: number;
  /** Entries (files and folders) directly inside any one folder. */
  entriesPerFolder?: number;
  /** Where the figures come from. */
  source: string;
  /** Said whatever the numbers: what the host does not do that the site relies on. */
  warning?: string;
}

export const HOST_LIMITS: Record<Host, HostLimits> = {
  // Netlify documents no limit on files per deploy or on total size, but fails a deploy with more than
  // 54,000 files in one directory.
  netlify: {
    name: 'Netlify',
    entriesPerFolder: 54_000,
    source: 'docs.netlify.com/site-deploys/overview ("Files per directory limit")',
  },
  'cloudflare-pages-free': {
    name: 'Cloudflare Pages (free plan)',
    files: 20_000,
    fileBytes: 25 * MiB,
    source: 'developers.cloudflare.com/pages/platform/limits ("Files", "File size")',
  },
  'cloudflare-pages-paid': {
    name: 'Cloudflare Pages (paid plans)',
    files: 100_000,
    fileBytes: 25 * MiB,
    source: 'developers.cloudflare.com/pages/platform/limits ("Files", "File size")',
  },
  'github-pages': {
    name: 'GitHub Pages',
    totalBytes: 1 * GB,
    source:
      'docs.github.com/pages/getting-started-with-github-pages/github-pages-limits ("published sites may be no larger than 1 GB")',
    warning:
      'GitHub Pages ignores public/_headers: the site would ship without its Content-Security-Policy, HSTS and frame-ancestors. Prefer a host that reads _headers.',
  },
};

/** What the preflight measures of a built site. */
export interface DistStats {
  files: number;
  totalBytes: number;
  largest: { path: string; bytes: number };
  /** The folder with the most direct entries. */
  fullestFolder: { path: string; entries: number };
}

export interface LimitCheck {
  check: string;
  measured: number;
  limit: number | undefined;
  /** How to print a number of this check. */
  unit: 'count' | 'bytes';
  detail?: string;
}

/** Every check the preflight makes for one host; `limit` undefined where the host documents none. */
export function limitChecks(stats: DistStats, limits: HostLimits): LimitCheck[] {
  return [
    { check: 'files', measured: stats.files, limit: limits.files, unit: 'count' },
    {
      check: 'largest file',
      measured: stats.largest.bytes,
      limit: limits.fileBytes,
      unit: 'bytes',
      detail: stats.largest.path,
    },
    { check: 'total size', measured: stats.totalBytes, limit: limits.totalBytes, unit: 'bytes' },
    {
      check: 'entries in one folder',
      measured: stats.fullestFolder.entries,
      limit: limits.entriesPerFolder,
      unit: 'count',
      detail: stats.fullestFolder.path,
    },
  ];
}

export const isOver = (c: LimitCheck) => c.limit !== undefined && c.measured > c.limit;
