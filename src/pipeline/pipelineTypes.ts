import type { EventDate, EventStatus, Theme } from '../data/eventSchema.ts';
import type { Curation } from './curationSchema.ts';
import type { DateRole } from './dates/dateParser.ts';
import type { KnownEvent } from './knownEventSchema.ts';
import type { EventKind } from './kinds/allKinds.ts';
import type { SeedMeta } from './seedMetaSchema.ts';

/** One article as the pipeline receives it: text already decoded and normalised. */
export interface SeedInput {
  /** Path relative to the seeds folder, e.g. "000_d959d892d1677ce9.txt". */
  file: string;
  text: string;
  meta?: SeedMeta;
}

export interface PipelineConfig {
  knownEvents: KnownEvent[];
  curation: Curation;
}

export type SegmentKind = 'body' | 'heading' | 'dateline' | 'credit' | 'furniture';

/** A sentence or a furniture line, with UTF-16 offsets into the source text (end-exclusive). */
export interface Segment {
  kind: SegmentKind;
  start: number;
  end: number;
  text: string;
  /** Index of the line (paragraph) the segment belongs to. */
  paragraph: number;
  /**
   * The sentence as printed, where `text` is a reading of it in sentence case (a line set in
   * capitals, see readCapitals): quotes give this, the rules read `text`.
   */
  printed?: string;
  /** The speaker a transcript's label names for this line ("Lin Qiao: We oppose …"). */
  speaker?: string;
}

/** A date expression found in a sentence, resolved to a calendar date. */
export interface DateMention {
  /** Offsets relative to the sentence text. */
  start: number;
  end: number;
  text: string;
  date: EventDate;
  /** The expression sits in a clause that says what did not happen ("would have taken effect"). */
  counterfactual: boolean;
  /** Absent when the date tells when something happened; see DateRole for the others. */
  role?: DateRole;
}

export type { EventKind } from './kinds/allKinds.ts';

/** One event-like statement found in one sentence. */
export interface Detection {
  kind: EventKind;
  sourceId: string;
  segment: Segment;
  /** Offsets of the trigger phrase, relative to the sentence. */
  triggerStart: number;
  triggerEnd: number;
  /** True when a verb carries the event ("imposed tariffs"), false for a bare noun ("the call"). */
  verbal: boolean;
  /** A definite noun phrase pointing back at an event told earlier ("the call", "these restrictions"). */
  anaphoric: boolean;
  /** Wanted, urged or invited, not done: "invited him to visit China". */
  hypothetical: boolean;
  status: EventStatus;
  date: EventDate | null;
  actors: string[];
  places: string[];
  themes: Theme[];
  tags: string[];
  /** The verb family of the action, used for titles ("raises", "cuts", "pauses"). */
  action: string;
  attributedTo?: string;
  knownEventId?: string;
  /**
   * Other kinds the sentence told as parts of this event and folded into it: "a framework was
   * reached after two days of talks in Madrid" is an agreement with the talks as a part.
   */
  parts?: EventKind[];
  /** Whether the date was read in the text or taken from the known-events registry. */
  dateSource: 'text' | 'registry' | null;
  notes: string[];
}
