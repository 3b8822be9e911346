/**
 * Project and dataset for the Studio and the CLI. The placeholder project id lets the Studio build, validate
 * and run offline; set SANITY_STUDIO_PROJECT_ID to talk to a real Content Lake.
 */
export const projectId = process.env.SANITY_STUDIO_PROJECT_ID || 'demo1234';
export const dataset = process.env.SANITY_STUDIO_DATASET || 'production';
