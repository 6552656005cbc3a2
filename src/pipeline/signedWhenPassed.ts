import type { EventDate } from '../data/eventSchema.ts';
import { tellsWhen } from './dates/firstDayAhead.ts';
import { KIND_TABLE } from './kinds/kindTable.ts';
import type { DateMention, Detection, Segment } from './pipelineTypes.ts';
import { triggerText } from './triggerText.ts';

/** "signed it", "signs it": the bill the clause before passed (legislation's pattern). */
const SIGNED_IT = /^(?:signed|signs)\s+it$/i;
/** The same words in a sentence of their own: "The governor signed it on Friday." */
const SIGNED_IT_IN = /\b(?:signed|signs)\s+it\b/i;

/**
 * "The assembly passed the ports bill in March, and the governor signed it soon after": a bill
 * is signed within days of its passage, so the signing the sentence tells with no date of its
 * own falls in the month the passage is dated to, roughly (or its year, when only that is told).
 */
export function signedWhenPassed(detections: Detection[]): Detection[] {
  return detections.map((d) => {
    if (d.kind !== 'legislation' || d.date !== null || !d.verbal || d.status !== 'occurred') {
      return d;
    }
    if (!SIGNED_IT.test(triggerText(d))) return d;
    const passed = detections.find(
      (p) => p !== d && isPassage(p) && p.triggerEnd <= d.triggerStart && p.date?.start != null,
    )?.date;
    return passed == null ? d : { ...d, date: monthOf(passed), dateSource: 'text' };
  });
}

/** Cheap test, before dates are read: may this sentence sign the bill the one before passed? */
export function maySignIt(sentence: string): boolean {
  return SIGNED_IT_IN.test(sentence);
}

/**
 * "The Senate passed the ports bill on Tuesday. The governor signed it on Friday.": "it" is the
 * bill the sentence before passed (`antecedents`, the same paragraph's), so the sentence tells
 * its signing, on its own date, else roughly in the passage's month. `classify` finds the one
 * who signed as the subject of the clause.
 */
export function signedIt(
  segment: Segment,
  dates: DateMention[],
  antecedents: Detection[],
  published: string | null,
  classify: (d: Detection) => Detection,
): Detection[] {
  const passage = antecedents.find(isPassage);
  const verb = SIGNED_IT_IN.exec(segment.text);
  if (passage === undefined || verb === null) return [];
  const own = dates.find((d) => tellsWhen(d) && d.start >= verb.index)?.date;
  const date = own ?? (passage.date === null ? null : monthOf(passage.date));
  const ahead =
    date?.start != null && published !== null && date.start > published.slice(0, date.start.length);
  const kind = KIND_TABLE.legislation;
  return [
    classify({
      kind: 'legislation',
      sourceId: passage.sourceId,
      segment,
      triggerStart: verb.index,
      triggerEnd: verb.index + verb[0].length,
      verbal: true,
      anaphoric: false,
      hypothetical: false,
      status: ahead ? 'planned' : 'occurred',
      date,
      actors: [],
      places: [],
      themes: [...kind.themes],
      tags: [kind.tag],
      action: 'agree',
      dateSource: date === null ? null : 'text',
      notes: [],
    }),
  ];
}

/** A bill passed on a day the text tells: what "it" is when someone then signs it. */
function isPassage(d: Detection): boolean {
  const stepOf = KIND_TABLE[d.kind].stepOf;
  return (
    d.kind === 'legislation' &&
    d.verbal &&
    d.status === 'occurred' &&
    d.date?.start != null &&
    stepOf?.(triggerText(d)) === 'pass'
  );
}

function monthOf(passed: EventDate): EventDate {
  return passed.precision === 'day' && passed.start !== null
    ? { start: passed.start.slice(0, 7), precision: 'month', approximate: true }
    : { ...passed, approximate: true };
}
