import type * as en from './en/index.ts';

/** The shape every locale's dictionary has: English's groups and keys, with any wording. */
export type Dictionary = typeof en;
