import { join } from 'node:path';
import { makeFreshCopy, removeCopy } from './startDevServer.ts';

export interface ProjectCopy {
  root: string;
  seedsDir: string;
  remove(): void;
}

/**
 * The project as a fresh clone has it, in a temporary folder, so a test may let the dev server
 * rewrite curation.json and events.json without touching the repository.
 */
export function copyProjectForDev(): ProjectCopy {
  const root = makeFreshCopy();
  return { root, seedsDir: join(root, 'seeds'), remove: () => removeCopy(root) };
}
