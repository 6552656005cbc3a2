import { z } from 'zod';
import { curationEditSchema, curationMergeSchema } from '../pipeline/curationSchema.ts';

/**
 * What the page may ask the dev server to record: one edit, one merge, or both. Strict, so a
 * typo in a field name is refused instead of silently saving nothing.
 */
export const curationRequestSchema = z
  .strictObject({
    edit: z.strictObject(curationEditSchema.shape).optional(),
    merge: z.strictObject(curationMergeSchema.shape).optional(),
  })
  .refine((r) => r.edit !== undefined || r.merge !== undefined, {
    message: 'expected an edit or a merge',
  })
  .refine((r) => r.merge === undefined || !r.merge.from.includes(r.merge.into), {
    message: 'an event cannot be merged into itself',
  });
export type CurationRequest = z.infer<typeof curationRequestSchema>;
