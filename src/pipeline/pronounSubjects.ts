import {
  SUBJECT_ADVERB,
  descriptionSubject,
  lastBodyOf,
  subjectMentions,
  type SubjectMention,
} from './clauseSubjects.ts';
import { findNames } from './findNames.ts';
import { SIDE_OF } from './gazetteer.ts';
import { KIND_TABLE } from './kinds/kindTable.ts';
import type { Detection, Segment } from './pipelineTypes.ts';
import { PERSON_NAME } from './shortName.ts';
import { surnameSubject, titledSurnames } from './titledPersons.ts';

/**
 * "it said it would restrict antimony", "They also barred two more firms": a pronoun standing for
 * the clause's subject, with no name before the trigger.
 */
const PRONOUN_SUBJECT = new RegExp(
  `\\b(?:it|they)\\s+(?:${SUBJECT_ADVERB}\\s+)?(?:[a-z]+(?:ed|s)|said|told|made|put|set|cut|would|will|had|has|have|was|were|is|are|did|does|do|can|could)\\b[^,;]*$`,
  'i',
);
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
/** "… it sanctioned", "… they had barred": the pronoun right before a verb trigger is its subject. */
const PRONOUN_RIGHT_BEFORE = new RegExp(
  `\\b(?:it|they)\\s+(?:(?:${SUBJECT_ADVERB}|had|has|have)\\s+)?$`,
  'i',
);
const SPOKESPERSON = /\bspokes(?:man|woman|person)\b/i;
/** How far back, in paragraphs, the pronoun's antecedent may be told. */
const REACH = 1;

/**
 * The article's detections (in text order), with an act whose subject is only a pronoun given
 * the subject of the last act told before it, in its paragraph or the one before: "In July,
 * Beijing said exporters of the metal would need licences. In August it said it would restrict
 * antimony." Without this the act has no actor, and its title would name a side by default.
 * With the article's sentences (`segments`), the pronoun may also stand for a side told as a
 * clause's subject in a sentence that tells no act ("It is the third time this year Ottawa has
 * reached for quotas. In May it capped steel imports."), and a description ("the ministry") for
 * the last body of its kind the article named.
 */
export function pronounSubjects(
  detections: readonly Detection[],
  segments: readonly Segment[] = [],
): Detection[] {
  const article = new ArticleSubjects(segments);
  let last: Detection | undefined;
  const podium = new PodiumSide(segments);
  return detections.flatMap((raw) => {
    const d = spokenBySpeaker(raw, podium);
    if (d === null) return [];
    if (d.actors.length > 0) {
      const person = personBefore(d, last);
      last = person === undefined ? d : { ...d, actors: [person, ...d.actors] };
      return last;
    }
    const lead = d.segment.text.slice(0, d.triggerStart);
    // "China's defence ministry also reacted on Saturday. Spokesman Wu Qian expressed …": a
    // spokesperson the gazetteer does not know speaks for the side the sentence before told.
    if (d.kind === 'statement' && SPOKESPERSON.test(lead)) {
      const told = article.subjectBefore(d.segment, 0)?.name;
      if (told !== undefined) return { ...d, actors: [told] };
    }
    if (OWN_SUBJECT_CLAUSE.test(lead)) return d;
    // The article's sentences are read only for the catch-all kind's act, which without a
    // side of its own leaves the timeline; the other kinds keep their act either way, and a
    // subject given late would join it to acts it is not ("the department scrapped the rule"
    // and "the department is expected to publish a replacement").
    const catchAll = KIND_TABLE[d.kind].fallback;
    const titled = catchAll ? article.titledBody(d.segment, lead) : undefined;
    if (titled !== undefined) return { ...d, actors: [titled] };
    const described = catchAll
      ? descriptionSubject(d.segment.text.slice(0, d.triggerEnd))
      : undefined;
    if (described !== undefined) {
      const body = article.bodyBefore(described.head, d.segment, described.at);
      return body === undefined ? d : { ...d, actors: [body] };
    }
    // "In May it capped steel imports", "A month earlier it sanctioned the party chief": the
    // verb may be the trigger itself.
    const pronoun = PRONOUN_SUBJECT.exec(
      d.segment.text.slice(
        0,
        catchAll || PRONOUN_RIGHT_BEFORE.test(lead) ? d.triggerEnd : d.triggerStart,
      ),
    );
    const round = last !== undefined && withinReach(d, last) && sameRound(d, last);
    if (pronoun === null && !round) return d;
    // After a clause of its own sentence, the pronoun is read only as it was before the
    // article's sentences were: the last act's subject, when the pronoun comes before the
    // trigger with its verb ("Both said they hoped to meet").
    const own = pronoun !== null && ownSentenceSubject(d.segment.text.slice(0, pronoun.index));
    if (own && !PRONOUN_SUBJECT.test(lead)) return d;
    // "Its postal service halted parcels and said it would stop airmail from May 2": the
    // catch-all's pronoun after its own sentence's subject stands for that subject, which no
    // name gives (a named one the clause gave the act already), so no side acts.
    if (own && catchAll) return d;
    const told =
      pronoun === null || own || !catchAll
        ? undefined
        : article.subjectBefore(d.segment, pronoun.index);
    const fromAct = last !== undefined && withinReach(d, last) ? last : undefined;
    // A subject told after the last act, a name or a noun no side is, is what the pronoun
    // stands for.
    // "He also cautioned that …" after an act of two countries and their envoy: "he" is the
    // envoy, never a country.
    const personal = pronoun === null && PERSON_PRONOUN_SUBJECT.test(lead);
    const subject =
      told !== undefined && (fromAct === undefined || told.position > positionOf(fromAct))
        ? told.name
        : personal
          ? fromAct?.actors.find((a) => PERSON_NAME.test(a))
          : fromAct?.actors[0];
    return subject === undefined ? d : { ...d, actors: [subject] };
  });
}

/**
 * "Lin Qiao: We firmly oppose the US decision": in a transcript, "we" or "I" opening the line is
 * the speaker its label names (and the side they speak for), not the side the words are about.
 */
const SPEAKER_PRONOUN = /^["“]?(?:We|I)\s/;
function spokenBySpeaker(d: Detection, podium: PodiumSide): Detection | null {
  const speaker = d.segment.speaker;
  if (speaker === undefined || !SPEAKER_PRONOUN.test(d.segment.text)) return d;
  if (/[,;]/.test(d.segment.text.slice(0, d.triggerStart))) return d;
  const named =
    findNames(speaker).actors[0]?.name ??
    (GENERIC_SPEAKER.test(speaker) ? podium.body() : undefined);
  // "Reporter: We firmly oppose the US side's move": "we" is no one the text names, and never
  // the side the words are about; the answer is left out rather than given to it.
  if (named === undefined) return d.kind === 'statement' && d.triggerStart === 0 ? null : d;
  return { ...d, actors: [named, ...d.actors.filter((a) => a !== named)] };
}

/** "SPOKESPERSON:", "Spokeswoman:": a label that names the office's voice, not a person. */
const GENERIC_SPEAKER = /^spokes(?:man|woman|person)$/i;
/** How many lines at the top of a transcript may name whose briefing it is. */
const MASTHEAD_LINES = 4;

/**
 * "FOREIGN MINISTRY REGULAR PRESS CONFERENCE" over a transcript whose answers are labelled only
 * "SPOKESPERSON:": the body the top lines name (a side's ministry or department) is who speaks.
 */
class PodiumSide {
  private found: string | null | undefined;
  constructor(private readonly segments: readonly Segment[]) {}

  body(): string | undefined {
    if (this.found === undefined) {
      this.found = null;
      for (const s of this.segments.slice(0, MASTHEAD_LINES)) {
        const side = findNames(s.text).actors.find((a) => SIDE_OF.has(a.name));
        if (side !== undefined) {
          this.found = side.name;
          break;
        }
      }
    }
    return this.found ?? undefined;
  }
}

/**
 * "Futures rallied as soon as they opened for the week": a pronoun after a clause with a subject
 * and a verb of its own stands for that subject, here a noun no side is. A side named there
 * ("Ottawa said on Monday that it would cap imports") the clause itself already gave the act.
 */
const FINITE_VERB =
  /\b(?:[a-z]{2,}ed|rose|fell|said|says|told|is|are|was|were|has|have|had|will|would|can|could)\b/;

function ownSentenceSubject(before: string): boolean {
  return FINITE_VERB.test(
    before.slice(Math.max(before.lastIndexOf(';'), before.lastIndexOf(':')) + 1),
  );
}

/** Where an act's subject stands in the article: its sentence's offset and the trigger's. */
function positionOf(d: Detection): number {
  return d.segment.start + d.triggerStart;
}

/** The article's sentences, read for the subjects of their clauses when an act asks. */
class ArticleSubjects {
  private readonly body: readonly Segment[];
  private readonly mentions = new Map<Segment, SubjectMention[]>();

  constructor(segments: readonly Segment[]) {
    this.body = segments.filter((s) => s.kind === 'body');
  }

  /**
   * The last side or third party told as a clause's subject before offset `at` of `segment`,
   * in its paragraph or the one before, with its position in the article.
   */
  subjectBefore(segment: Segment, at: number): { name?: string; position: number } | undefined {
    for (let i = this.indexOf(segment); i >= 0; i--) {
      const s = this.body[i];
      if (s === undefined || segment.paragraph - s.paragraph > REACH) break;
      const before = s === segment ? at : s.text.length;
      const m = this.mentionsOf(s, i)
        .filter((x) => x.at < before)
        .at(-1);
      if (m !== undefined) return { ...m, position: s.start + m.at };
    }
    return undefined;
  }

  /** The last body of the kind `head` names ("ministry") the article told before `at`. */
  bodyBefore(head: string, segment: Segment, at: number): string | undefined {
    for (let i = this.indexOf(segment); i >= 0; i--) {
      const s = this.body[i];
      if (s === undefined) continue;
      const name = lastBodyOf(head, s.text, s === segment ? at : s.text.length);
      if (name !== undefined) return name;
    }
    return undefined;
  }

  /**
   * The department of the person the act's clause opens with, when a US title introduced that
   * person earlier in the article or in the sentence ("Attorney General Jane Roe … Roe had").
   */
  titledBody(segment: Segment, lead: string): string | undefined {
    const surname = surnameSubject(lead);
    if (surname === undefined) return undefined;
    for (let i = this.indexOf(segment); i >= 0; i--) {
      const s = this.body[i];
      if (s === undefined) continue;
      const body = titledSurnames(s.text, s === segment ? lead.length : s.text.length).get(surname);
      if (body !== undefined) return body;
    }
    return undefined;
  }

  private indexOf(segment: Segment): number {
    const i = this.body.findIndex((s) => s.start === segment.start);
    return i >= 0 ? i : -1;
  }

  private mentionsOf(s: Segment, i: number): SubjectMention[] {
    let found = this.mentions.get(s);
    if (found === undefined) {
      found = subjectMentions(s.text, (head, before) => {
        const here = lastBodyOf(head, s.text, before);
        return here ?? (i > 0 ? this.bodyBeforeIndex(head, i - 1) : undefined);
      });
      this.mentions.set(s, found);
    }
    return found;
  }

  private bodyBeforeIndex(head: string, from: number): string | undefined {
    for (let i = from; i >= 0; i--) {
      const s = this.body[i];
      const name = s === undefined ? undefined : lastBodyOf(head, s.text);
      if (name !== undefined) return name;
    }
    return undefined;
  }
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
