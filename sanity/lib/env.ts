/**
 * Project and dataset for the Studio and the CLI. The placeholder project id lets the Studio build, validate
 * and run offline; set SANITY_STUDIO_PROJECT_ID to talk to a real Content Lake.
 */
export const projectId = process.env.SANITY_STUDIO_PROJECT_ID || 'demo1234';
export const dataset = process.env.SANITY_STUDIO_DATASET || 'production';

/**
 * The draft preview server (`npm run preview:drafts`) that Presentation frames. Locally it may carry the preview
 * secret (`http://localhost:4322/?secret=…`): the first request sets the preview cookie. The value lands in the
 * Studio's public bundle, so a hosted Studio uses a URL without a secret (see sanity/README.md).
 */
export const previewUrl = process.env.SANITY_STUDIO_PREVIEW_URL || 'http://localhost:4322';
