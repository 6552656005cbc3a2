import { existsSync, readFileSync } from 'node:fs';
import { z } from 'zod';
import { curationEditSchema, curationMergeSchema } from '../pipeline/curationSchema.ts';
import type { CurationDocument } from './applyCurationRequest.ts';

// The pipeline's schema, but keeping unknown fields: a hand-written extra must survive a save.
const documentSchema = z.looseObject({
  merges: z.array(z.looseObject(curationMergeSchema.shape)).default([]),
  edits: z.array(z.looseObject(curationEditSchema.shape)).default([]),
});

export type ReadCuration = { ok: true; doc: CurationDocument } | { ok: false; error: string };

/** The curation file as it is now; a missing file is an empty one, a broken one an error. */
export function readCurationDocument(path: string): ReadCuration {
  if (!existsSync(path)) return { ok: true, doc: { merges: [], edits: [] } };
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return { ok: false, error: 'curation.json is not valid JSON; fix it by hand first' };
  }
  const parsed = documentSchema.safeParse(raw);
  if (!parsed.success) {
    return { ok: false, error: 'curation.json does not match its schema; fix it by hand first' };
  }
  return { ok: true, doc: parsed.data };
}
