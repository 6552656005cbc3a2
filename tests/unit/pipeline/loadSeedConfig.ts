import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { curationSchema } from '../../../src/pipeline/curationSchema.ts';
import { knownEventsFileSchema } from '../../../src/pipeline/knownEventSchema.ts';
import { normaliseText } from '../../../src/pipeline/normaliseText.ts';
import type { PipelineConfig, SeedInput } from '../../../src/pipeline/pipelineTypes.ts';

export const SEEDS_DIR = join(__dirname, '../../../seeds');
export const SEED_FILE = '000_d959d892d1677ce9.txt';

/** The repository's known-events and curation files, as the command reads them. */
export function loadSeedConfig(): PipelineConfig {
  const read = (name: string): unknown => JSON.parse(readFileSync(join(SEEDS_DIR, name), 'utf8'));
  return {
    knownEvents: knownEventsFileSchema.parse(read('known-events.json')).events,
    curation: curationSchema.parse(read('curation.json')),
  };
}

export function loadSeedArticle(): SeedInput {
  return { file: SEED_FILE, text: normaliseText(readFileSync(join(SEEDS_DIR, SEED_FILE), 'utf8')) };
}
