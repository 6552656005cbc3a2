import type { EventDate } from '../data/eventSchema.ts';
import { SIDE_OF } from './gazetteer.ts';
import type { Detection } from './pipelineTypes.ts';

/**
 * "China imposed tariffs on Tuesday. It also tightened export controls on tungsten." A
 * wire story lists one day's measures one per sentence and dates only the first; a sentence
 * that says "also", "further" or "meanwhile" continues that day.
 */
const CONTINUES =
  /\b(?:also|further|meanwhile|simultaneously|additionally|separately|at\s+the\s+same\s+time|in\s+addition)\b/i;
/** Past perfect is background told out of order: "had slapped sanctions days earlier". */
const BACKGROUND = /\b(?:had|has|have)\s+(?:\w+\s+)?\w+ed\b|\b(?:had|has|have)\s+been\b/i;
/** "It also tightened ...": a pronoun subject carries on the last actor. */
const PRONOUN_LEAD = /^\W*(?:it|they|he|she)\s/i;
/** How far, in paragraphs, a continuation may reach back for its day. */
const REACH = 2;
/**
 * When nothing else was dated since, a continuation reaches further: a page puts a quote, a
 * "Related Articles" line and a comparison between the day's acts and "In addition to tariffs,
 * Beijing expanded its countermeasures."
 */
const QUIET_REACH = 4;
/** Counted in paragraphs that tell events: captions, adverts and quotes in between do not. */
const QUIET_REACH_RAW = 12;

type Told = { date: EventDate; paragraph: number; side?: string; seq: number; told: number };

/**
 * The article's detections (in text order), with an undated act that continues a dated act
 * told just before it given that act's date.
 */
export function inheritDates(detections: readonly Detection[]): Detection[] {
  // The last dated act of each side, and of anyone (for a pronoun subject).
  const last = new Map<string, Told>();
  let seq = 0;
  // Paragraphs that told an event so far, and the last of them.
  let told = 0;
  let lastParagraph = -1;
  // The paragraph and day of the last act that continued a list: "In addition, Beijing
  // expanded its countermeasures. It placed two firms on its unreliable entity list."
  let chain: { paragraph: number; date: EventDate; actor: string | undefined } | undefined;
  return detections.map((d) => {
    const side = sideOf(d);
    if (d.segment.paragraph !== lastParagraph) {
      told++;
      lastParagraph = d.segment.paragraph;
    }
    if (d.date !== null) {
      seq++;
      if (d.verbal && d.status === 'occurred') {
        remember(last, { date: d.date, paragraph: d.segment.paragraph, seq, told }, side);
      }
      return d;
    }
    const lead = d.segment.text.slice(0, d.triggerStart);
    if (!d.verbal || d.status !== 'occurred' || d.hypothetical) {
      // "In addition to the export controls, Beijing stepped up its countermeasures." names
      // the day's measure without a verb for it, yet the list goes on into the next sentence.
      const told = d.status === 'occurred' && CONTINUES.test(lead) ? continued(d, side) : undefined;
      if (told !== undefined) {
        chain = { paragraph: d.segment.paragraph, date: told.date, actor: d.actors[0] };
      }
      return d;
    }
    if (BACKGROUND.test(d.segment.text.slice(0, d.triggerEnd))) return d;
    if (!CONTINUES.test(lead)) {
      if (chain === undefined || chain.paragraph !== d.segment.paragraph) return d;
      if (!PRONOUN_LEAD.test(lead)) return d;
      // "It placed …": "it" is whoever the list was about.
      const actors = d.actors.length === 0 && chain.actor !== undefined ? [chain.actor] : d.actors;
      return { ...d, date: chain.date, dateSource: 'text', actors };
    }
    const before = continued(d, side);
    if (before === undefined) return d;
    // A list runs on: the next "further" continues from this one.
    remember(last, { ...before, paragraph: d.segment.paragraph, told }, side);
    chain = { paragraph: d.segment.paragraph, date: before.date, actor: d.actors[0] };
    return { ...d, date: before.date, dateSource: 'text' };
  });

  /** The dated act an undated "also …" of this side continues, if it is near enough. */
  function continued(d: Detection, side: string | undefined): Told | undefined {
    // The same side carries on ("China also ..."), or a pronoun does; "The guidance also ..."
    // may be anyone's.
    if (side === undefined && !PRONOUN_LEAD.test(d.segment.text.slice(0, d.triggerStart))) {
      return undefined;
    }
    // An act by a body the gazetteer does not know ("the market regulator confirmed on
    // Tuesday ...") may be followed by its own side's "Simultaneously, China's ...".
    const anyone = last.get(ANYONE);
    const before =
      side === undefined
        ? anyone
        : (last.get(side) ?? (anyone?.side === undefined ? anyone : undefined));
    if (before === undefined) return undefined;
    const far = d.segment.paragraph - before.paragraph;
    const near =
      far <= REACH ||
      (before.seq === seq && told - before.told <= QUIET_REACH && far <= QUIET_REACH_RAW);
    return near ? before : undefined;
  }
}

const ANYONE = '';

function remember(last: Map<string, Told>, told: Told, side: string | undefined): void {
  last.set(ANYONE, side === undefined ? told : { ...told, side });
  if (side !== undefined) last.set(side, told);
}

function sideOf(d: Detection): string | undefined {
  const subject = d.actors[0];
  return subject === undefined ? undefined : SIDE_OF.get(subject);
}
