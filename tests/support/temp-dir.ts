import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';

/**
 * One temporary folder per test file, removed after the file's tests: Vitest evaluates this module once per
 * file (each file has its own module graph), so the hook below belongs to the file that imported it. Test runs
 * used to leave their folders behind: 43,000 in one machine's /tmp, whole builds among them.
 */
const root = mkdtempSync(join(tmpdir(), 'directory-tests-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** A fresh empty folder (`<prefix>XXXXXX`) inside this file's temporary folder. */
export const tempDir = (prefix: string) => mkdtempSync(join(root, prefix));
