import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { DistStats } from './host-limits.ts';

/** Counts and sizes a built site's files, walking the folder once. */
export function distStats(distDir: string): DistStats {
  const stats: DistStats = {
    files: 0,
    totalBytes: 0,
    largest: { path: '', bytes: 0 },
    fullestFolder: { path: '.', entries: 0 },
  };
  const folders = [distDir];
  while (folders.length > 0) {
    const folder = folders.pop()!;
    const entries = readdirSync(folder, { withFileTypes: true });
    if (entries.length > stats.fullestFolder.entries)
      stats.fullestFolder = { path: relative(distDir, folder) || '.', entries: entries.length };
    for (const entry of entries) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) folders.push(path);
      else if (entry.isFile()) {
        const bytes = statSync(path).size;
        stats.files++;
        stats.totalBytes += bytes;
        if (bytes > stats.largest.bytes) stats.largest = { path: relative(distDir, path), bytes };
      }
    }
  }
  return stats;
}
