import { ThLargeIcon } from '@sanity/icons/ThLarge';
import type { Tool } from 'sanity';
import { CoverageTool } from './CoverageTool.tsx';

/** The "Coverage" tool: which location offers which program, and which lists it as not offered. */
export const coverageTool: Tool = {
  name: 'coverage',
  title: 'Coverage',
  icon: ThLargeIcon,
  component: CoverageTool,
};
