import { z } from 'zod';
import { eventDateSchema, statusSchema, themeSchema, SLUG } from '../data/eventSchema.ts';
import { KIND_IDS, type EventKind } from './kinds/allKinds.ts';

// One list of kinds for the pipeline and the registry (src/pipeline/kinds/allKinds.ts).
const KINDS = KIND_IDS;
export type KnownEventKind = EventKind;

/**
 * A named real-world event with a checked date. Articles often refer to such events without
 * dating them ("a meeting in Busan"); a sentence matching one of the aliases gets this date.
 */
export const knownEventSchema = z.object({
  id: z.string().regex(SLUG),
  kind: z.enum(KINDS),
  title: z.string().min(1),
  date: eventDateSchema,
  status: statusSchema,
  themes: z.array(themeSchema).min(1),
  tags: z.array(z.string()).default([]),
  actors: z.array(z.string()).default([]),
  places: z.array(z.string()).default([]),
  /**
   * The named occasion this entry is one stage of: "the phase one deal" was announced, written
   * and signed on three dates, and the same words name every stage. The article's day tells
   * them apart (matchKnownEvents).
   */
  occasion: z.string().optional(),
  /** Regular expressions (case-insensitive) matched against one sentence. */
  aliases: z.array(z.string().min(1)).min(1),
  /** Verb families a sentence may use and still mean this event ("impose", not "pause"). */
  actions: z.array(z.string()).optional(),
  /** Where the date comes from: a citation an editor can check. */
  source: z.string().min(1),
  notes: z.array(z.string()).default([]),
});
export type KnownEvent = z.infer<typeof knownEventSchema>;

export const knownEventsFileSchema = z.object({ events: z.array(knownEventSchema) });
