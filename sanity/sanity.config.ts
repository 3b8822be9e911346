import { visionTool } from '@sanity/vision';
import { defineConfig } from 'sanity';
import { presentationTool } from 'sanity/presentation';
import { structureTool } from 'sanity/structure';
import { MarkReviewedAction } from './actions/MarkReviewedAction.ts';
import { dataset, previewUrl, projectId } from './lib/env.ts';
import { isSingletonAction, isSingletonType } from './lib/singletons.ts';
import { API_VERSION } from './lib/validation.ts';
import { locations } from './presentation/locations.ts';
import { mainDocuments } from './presentation/main-documents.ts';
import { schemaTypes } from './schemaTypes/index.ts';
import { structure } from './structure.ts';
import { coverageTool } from './tools/coverage/index.ts';

/**
 * The Studio: desk structure, Coverage, Presentation (drafts on the preview server), GROQ playground (Vision) and
 * the content model of docs/content-model.md.
 */
export default defineConfig({
  name: 'default',
  title: 'Program directory',
  projectId,
  dataset,
  // The browser tests (tests/studio-e2e/) build the Studio against a local stand-in for Sanity's API.
  apiHost: process.env.SANITY_STUDIO_API_HOST || undefined,
  plugins: [
    structureTool({ structure }),
    presentationTool({ previewUrl: { initial: previewUrl }, resolve: { locations, mainDocuments } }),
    visionTool({ defaultApiVersion: API_VERSION }),
  ],
  tools: (tools) => [...tools.slice(0, 1), coverageTool, ...tools.slice(1)],
  schema: {
    types: schemaTypes,
    // Singletons are opened from the desk at their fixed id, never created from a template.
    templates: (templates) => templates.filter(({ schemaType }) => !isSingletonType(schemaType)),
  },
  document: {
    actions: (actions, { schemaType }) => {
      if (isSingletonType(schemaType)) return actions.filter(({ action }) => isSingletonAction(action));
      // Locations also get "Mark reviewed", after the default actions.
      return schemaType === 'location' ? [...actions, MarkReviewedAction] : actions;
    },
    newDocumentOptions: (options) => options.filter(({ templateId }) => !isSingletonType(templateId)),
  },
});
