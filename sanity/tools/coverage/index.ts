import { ThLargeIcon } from '@sanity/icons/ThLarge';
import type { Tool } from 'sanity';
import { route } from 'sanity/router';
import { CoverageTool } from './CoverageTool.tsx';

/** The "Coverage" tool: which location offers which program, and which lists it as not offered. */
export const coverageTool: Tool = {
  name: 'coverage',
  title: 'Coverage',
  icon: ThLargeIcon,
  component: CoverageTool,
  // The state filter lives in the URL (/coverage/WA), so it survives a reload, a remount and a shared link.
  router: route.create('/', [route.create('/:usState')]),
};
