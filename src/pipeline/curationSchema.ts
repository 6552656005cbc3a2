import { z } from 'zod';
import { SLUG, eventDateSchema, statusSchema, themeSchema } from '../data/eventSchema.ts';

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
  /** An editor looked at the event and found it right: its review reasons no longer apply. */
  checked: z.boolean().optional(),
  /** Overrides the tone table for this event (−10 conflict … +10 cooperation). */
  tone: z.number().min(-10).max(10).optional(),
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

/**
 * Adds, trims, names or removes a thread. A new id with `add` creates a thread; `remove` takes
 * events out; `hide` drops the thread the pipeline linked.
 */
export const curationThreadSchema = z.object({
  id: z.string().regex(SLUG, 'thread id must be a kebab-case slug'),
  title: z.string().trim().min(1).optional(),
  add: z.array(z.string().min(1)).optional(),
  remove: z.array(z.string().min(1)).optional(),
  hide: z.boolean().optional(),
});
export type CurationThread = z.infer<typeof curationThreadSchema>;

export const curationSchema = z.object({
  merges: z.array(curationMergeSchema).default([]),
  edits: z.array(curationEditSchema).default([]),
  threads: z.array(curationThreadSchema).optional(),
});
export type Curation = z.infer<typeof curationSchema>;
