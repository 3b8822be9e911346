import eslint from '@eslint/js';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      '.dist.next-*/',
      '.build-*/',
      '.preview/',
      'sanity/dist/',
      'sanity/dist-e2e/',
      'sanity/.sanity/',
      '.astro/',
      'node_modules/',
      'test-results/',
      'playwright-report/',
      'src/content-source/sanity.types.ts',
    ],
  },
  eslint.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Tests reach into loosely typed fixtures on purpose, to break one field at a time.
    files: ['tests/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off', '@typescript-eslint/no-non-null-assertion': 'off' },
  },
);
