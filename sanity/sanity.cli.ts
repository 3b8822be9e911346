import { defineCliConfig } from 'sanity/cli';
import { dataset, projectId } from './lib/env.ts';

export default defineCliConfig({
  api: { projectId, dataset },
  deployment: { autoUpdates: false },
  // `npm run typegen`: paths are relative to this folder.
  schemaExtraction: {
    path: './schema.json',
    // Required fields come out non-optional in the generated types.
    enforceRequiredFields: true,
  },
  typegen: {
    // The site's queries and the editor tools' queries.
    path: ['../src/content-source/queries.ts', './lib/editor-queries.ts'],
    schema: './schema.json',
    generates: '../src/content-source/sanity.types.ts',
  },
});
