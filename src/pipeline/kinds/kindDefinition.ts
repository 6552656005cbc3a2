import type { Theme } from '../../data/eventSchema.ts';
import type { Detection } from '../pipelineTypes.ts';
import type { EventKind } from './allKinds.ts';

/** What a title may say about an event, worked out once from its draft. */
export interface TitleContext {
  /** The two sides ("Trump and Xi", "US and China"), or the subject alone. */
  pair: string;
  parties: string[];
  /** Two parties act: "reach", not "reaches". */
  plural: boolean;
  /** Who acted, in its short form ("US", "Xi"). */
  subject: string;
  /** The other side of a bilateral measure: "US" when China acts, else "China". */
  other: string;
  place: string | undefined;
  tags: Set<string>;
  /** A readable topic from the tags ("rare earths", "chips"). */
  topic: string | undefined;
  planned: boolean;
  /** The verb family the detections read ("raise", "lift"), or ''. */
  action: string;
  /** The action's verb in the third person and in the base form ("raises", "raise"). */
  present: string;
  base: string;
  /** "trade " when any mention is on the trade beat, else ''. */
  trade: string;
  /** " in Geneva" or ''. */
  at: string;
  /** The verb for `pair`: "to hold" when planned, "hold" for two parties, "holds" for one. */
  verb: (present: string, base: string, pluralForm?: string) => string;
  primary: Detection;
  /** The primary detection's trigger words ("signed the measure into law"). */
  trigger: string;
  actors: string[];
  /** Every mention of the event, in text order (the primary one among them). */
  detections: Detection[];
}

export interface KindTitle {
  title: string;
  /** The id stem's words: never the date or the status, so links survive edits. */
  slugParts: string[];
}

/** One kind of event: how sentences announce it, what it is about, how it merges, its title. */
export interface KindDefinition {
  id: EventKind;
  /** A cheap test: a sentence without any of these words cannot hold this kind. */
  cue: RegExp;
  themes: Theme[];
  tag: string;
  /** Patterns that carry an action ("imposed tariffs", "will visit Beijing"). */
  verbal: RegExp[];
  /**
   * Patterns that only name the event ("the call", "talks in Geneva"): they become events when
   * dated, matched to a known event, or pointing back at an event told earlier.
   */
  nominal: RegExp[];
  /** The subject matter comes from the words around it ("talks on trade"), not the kind. */
  themesFromContext: boolean;
  /** Told in neutral words, the event takes the article's beat and is at least diplomacy. */
  neutralTakesArticleThemes: boolean;
  /** Talks about security are not trade talks. */
  securityDropsTrade: boolean;
  /** A measure one side takes: tightening and relaxing acts of it never merge. */
  measure: boolean;
  /** Told by two sides at once: within one article, one date means one event. */
  bilateral: boolean;
  /** Only an event when dated: an undated "wrote on Truth Social" is colour. */
  datedOnly: boolean;
  /** Kinds that, told in the same sentence, are parts of this event. */
  contains: EventKind[];
  /** The parts fold in from anywhere in the sentence, not only the same clause. */
  containsAcrossClauses: boolean;
  /**
   * A catch-all for acts no other kind knows: it yields to any other kind told in the same
   * sentence, and gives an event only when one of the two sides is the one acting.
   */
  fallback: boolean;
  /**
   * Triggers that tell words only ("condemned", "hit back"): told beside another kind's act in
   * one sentence ("denounced the move and said it had filed a complaint"), the act is the news.
   */
  wordsOnly: RegExp | null;
  /**
   * The step of a longer process the trigger tells, when its steps are events of their own: "the
   * House passed the bill" and "the president signed it" are two, though one bill and one month.
   * Detections of different steps never merge. Null when the kind has no such steps.
   */
  stepOf: ((trigger: string) => string) | null;
  /**
   * A side every event of the kind involves, whoever the sentence names: giant pandas on loan
   * are always China's, so "the bears arrived from Chengdu" and "two pandas landed at the zoo"
   * share an actor. Empty for kinds whose sides the sentence tells.
   */
  impliedActors: string[];
  title: (context: TitleContext) => KindTitle;
  /** Sentences (our own words) that must and must not give an event of this kind. */
  examples: { detects: string[]; ignores: string[] };
}

/** The traits most kinds leave off: no nominal patterns, no parts, every flag false. */
const KIND_DEFAULTS = {
  nominal: [],
  themesFromContext: false,
  neutralTakesArticleThemes: false,
  securityDropsTrade: false,
  measure: false,
  bilateral: false,
  datedOnly: false,
  contains: [],
  containsAcrossClauses: false,
  fallback: false,
  wordsOnly: null,
  stepOf: null,
  impliedActors: [],
} satisfies Partial<KindDefinition>;

/** A kind as its file writes it: only the traits that differ from the defaults. */
export type KindSpec = Omit<KindDefinition, keyof typeof KIND_DEFAULTS> &
  Partial<Pick<KindDefinition, keyof typeof KIND_DEFAULTS>>;

/** A kind file states what makes its kind different; everything else takes the defaults. */
export function defineKind(spec: KindSpec): KindDefinition {
  return { ...KIND_DEFAULTS, ...spec };
}
