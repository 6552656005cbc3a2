import type { Detection } from './pipelineTypes.ts';
import { PERSON_NAME } from './shortName.ts';

/**
 * "it said it would restrict antimony", "They also barred two more firms": a pronoun standing for
 * the clause's subject, with no name before the trigger.
 */
const PRONOUN_SUBJECT =
  /\b(?:it|they)\s+(?:(?:also|then|later|soon|first)\s+)?(?:[a-z]+(?:ed|s)|said|told|made|put|set|cut|would|will|had|has|have|was|were|is|are|did|does|do|can|could)\b[^,;]*$/i;
/**
 * "He is due to travel to Beijing on Thursday and to hold talks with the foreign minister": a
 * person's pronoun opens the clause and no name stands between it and the trigger, so the names
 * the sentence gives after the trigger are whom the act is with, not who acts.
 */
const PERSON_PRONOUN_SUBJECT = /(?:^|[,;:]\s+|\band\s+)(?:[Hh]e|[Ss]he)\s+(?:[a-z’'-]+\s+){0,6}$/;
/**
 * "It has seldom been invoked since the league adopted its charter in 1990": a clause opened by
 * "since", "after" or "when" with a subject of its own between it and the act; the pronoun is
 * the subject of the outer clause, and the act is that third party's, not the antecedent's.
 */
const OWN_SUBJECT_CLAUSE =
  /\b(?:since|after|before|when|because|while|until|once|although|though|whereas)\s+(?:(?!(?:it|they|he|she)\b)[\w'’.-]+\s+){1,6}$/i;
/** How far back, in paragraphs, the pronoun's antecedent may be told. */
const REACH = 1;

/**
 * The article's detections (in text order), with an act whose subject is only a pronoun given
 * the subject of the last act told before it, in its paragraph or the one before: "In July,
 * Beijing said exporters of the metal would need licences. In August it said it would restrict
 * antimony." Without this the act has no actor, and its title would name a side by default.
 */
export function pronounSubjects(detections: readonly Detection[]): Detection[] {
  let last: Detection | undefined;
  return detections.map((d) => {
    if (d.actors.length > 0) {
      const person = personBefore(d, last);
      last = person === undefined ? d : { ...d, actors: [person, ...d.actors] };
      return last;
    }
    if (
      last === undefined ||
      !withinReach(d, last) ||
      (!PRONOUN_SUBJECT.test(d.segment.text.slice(0, d.triggerStart)) && !sameRound(d, last)) ||
      OWN_SUBJECT_CLAUSE.test(d.segment.text.slice(0, d.triggerStart))
    ) {
      return d;
    }
    const subject = last.actors[0];
    return subject === undefined ? d : { ...d, actors: [subject] };
  });
}

/** Whether `last` was told close enough before `d`, in another sentence, to be what it points at. */
function withinReach(d: Detection, last: Detection): boolean {
  return (
    d.segment.paragraph - last.segment.paragraph <= REACH && last.segment.start !== d.segment.start
  );
}

/** The person told as the subject of the act before, when `d`'s own subject is "he" or "she". */
function personBefore(d: Detection, last: Detection | undefined): string | undefined {
  if (last === undefined || !withinReach(d, last)) return undefined;
  const subject = last.actors[0];
  if (subject === undefined || !PERSON_NAME.test(subject) || d.actors.includes(subject)) {
    return undefined;
  }
  return PERSON_PRONOUN_SUBJECT.test(d.segment.text.slice(0, d.triggerStart)) ? subject : undefined;
}

/**
 * "Ottawa announced duties on US goods on Monday. For pork growers, what matters is an extra 10
 * percent that applies from October 1": a rate told with no side at all, right after a side's
 * tariff act in the same paragraph, is a part of that side's round.
 */
function sameRound(d: Detection, last: Detection): boolean {
  return (
    d.kind === 'tariffs' &&
    last.kind === 'tariffs' &&
    d.verbal &&
    d.segment.paragraph === last.segment.paragraph
  );
}
