import { z } from 'zod';
import { eventDateSchema, statusSchema, themeSchema } from '../data/eventSchema';

/** Edits an editor applies to one event, by id, without touching code. */
export const curationEditSchema = z.object({
  id: z.string().min(1),
  title: z.string().trim().min(1).optional(),
  summary: z.string().optional(),
  date: eventDateSchema.optional(),
  themes: z.array(themeSchema).min(1).optional(),
  status: statusSchema.optional(),
  addNotes: z.array(z.string().min(1)).optional(),
  hide: z.boolean().optional(),
  /** A landmark the timeline always draws as a titled item, whatever else is told more often. */
  pin: z.boolean().optional(),
});
export type CurationEdit = z.infer<typeof curationEditSchema>;

/** Folds the events listed in `from` into `into`: their mentions, tags, actors and notes. */
export const curationMergeSchema = z.object({
  into: z.string().min(1),
  from: z.array(z.string().min(1)).min(1),
});
export type CurationMerge = z.infer<typeof curationMergeSchema>;

export const curationSchema = z.object({
  merges: z.array(curationMergeSchema).default([]),
  edits: z.array(curationEditSchema).default([]),
});
export type Curation = z.infer<typeof curationSchema>;
