import { isFree } from './classifyDetection.ts';
import { findNames, type NameHit } from './findNames.ts';
import { STATE_OF_BODY } from './gazetteer.ts';

/** A name (or a description resolved to one) told as the subject of a clause, and where. */
export interface SubjectMention {
  /** Absent for a subject no name gives ("The announcement did two things"). */
  name?: string;
  /** Offset in the sentence. */
  at: number;
}

/**
 * What follows a clause's subject: a finite verb, after an owner's body ("Beijing's commerce
 * ministry issued"), a day ("Washington on Tuesday widened") or a parenthesis ("Ottawa, in a
 * notice, said"). "China's share of the market" and "US assets" are no subjects: a noun follows.
 */
const VERB_AFTER = new RegExp(
  [
    "^(?:[’']s\\s+(?:[a-z-]+\\s+){0,2}(?:ministry|department|government|military|regulator|agency|embassy|side|spokes(?:man|woman|person)|office|administration|navy|army|mission|authorities)\\b)?",
    '(?:\\s*,[^,.;]{1,40},|\\s+(?:on|last|this|late|early|in)\\s+[A-Za-z]+(?:\\s+\\d{1,2})?)?',
    '\\s+(?:also\\s+|then\\s+|later\\s+|soon\\s+|first\\s+|again\\s+|quickly\\s+|swiftly\\s+|has\\s+|have\\s+|had\\s+|is\\s+|was\\s+|will\\s+|would\\s+)?',
    '(?:[a-z]{2,}ed|said|says|told|put|set|cut|made|took|began|hit|won|will|would|could|can|may|has|have|had|is|was|announces|imposes|plans|warns|bans|bars|adds|wants|requires|restricts)\\b',
  ].join(''),
);

/**
 * "The agency said on Friday", "the ministry had warned": a body told by what it is, standing
 * for the last body of that kind the article named.
 */
const DESCRIPTION =
  /\b(?:[Tt]he|[Ii]ts)\s+(ministry|department|agency|regulator|watchdog|commission|exchange)(?![\w-])/g;

/** Which named bodies each description may stand for, by the alias or the canonical name. */
const HEADS: Record<string, (hit: NameHit, alias: string) => boolean> = {
  ministry: (hit, alias) => /ministry|MOFCOM/i.test(`${alias} ${hit.name}`),
  department: (hit, alias) => /department/i.test(`${alias} ${hit.name}`),
  commission: (hit, alias) => /commission/i.test(`${alias} ${hit.name}`),
  // "the exchange reversed itself": the stock exchange the article named.
  exchange: (hit, alias) => /exchange|NYSE|Nasdaq/i.test(`${alias} ${hit.name}`),
  agency: isAgency,
  regulator: isAgency,
  watchdog: isAgency,
};

/** Courts, legislatures and parties are bodies, but no one calls them "the agency". */
function isAgency(hit: NameHit, alias: string): boolean {
  return (
    STATE_OF_BODY.has(hit.name) && !/congress|party|court|council/i.test(`${alias} ${hit.name}`)
  );
}

/**
 * The names the sentence tells as subjects of its clauses, in order, with each description
 * ("the ministry said") given the body `resolve` finds for its head word.
 */
export function subjectMentions(
  text: string,
  resolve: (head: string, before: number) => string | undefined,
): SubjectMention[] {
  const names = findNames(text);
  const out: SubjectMention[] = names.actors
    .filter((a) => isFree(a, text) && VERB_AFTER.test(text.slice(a.end, a.end + 80)))
    .map((a) => ({ name: a.name, at: a.start }));
  DESCRIPTION.lastIndex = 0;
  for (let m = DESCRIPTION.exec(text); m !== null; m = DESCRIPTION.exec(text)) {
    const end = m.index + m[0].length;
    const hit = { name: '', start: m.index, end };
    if (!isFree(hit, text) || !VERB_AFTER.test(text.slice(end, end + 80))) continue;
    // "the Commerce Department said": a description inside a name is the name's.
    if (names.actors.some((a) => a.start <= m.index + 4 && a.end >= end)) continue;
    const name = resolve((m[1] ?? '').toLowerCase(), m.index);
    if (name !== undefined) out.push({ name, at: m.index });
  }
  const opening = commonSubject(text, names.actors);
  if (opening !== undefined) out.push({ at: opening });
  return out.sort((a, b) => a.at - b.at);
}

/**
 * "The Friday announcement did two things. First, it barred app stores from …": a sentence
 * whose subject is a common noun, not a name, a description or a pronoun, tells what a pronoun
 * after it stands for, and that is no side. The offset of that subject, if the sentence has one.
 */
const FIRST_VERB =
  /\b(?:[a-z]{2,}ed|said|says|told|is|are|was|were|has|have|had|will|would|can|could|did|does|rose|fell|took|made|gave|came|went|began|set|put|cut|hit|won|sent|saw)\b/;
const PRONOUN_OR_DESCRIPTION =
  /\b(?:it|they|he|she|we|the\s+(?:ministry|department|agency|regulator|watchdog|commission|exchange))\b/i;

function commonSubject(text: string, actors: NameHit[]): number | undefined {
  const verb = FIRST_VERB.exec(text);
  if (verb === null) return undefined;
  const comma = text.lastIndexOf(', ', verb.index);
  const start = comma >= 0 ? comma + 2 : 0;
  const subject = text.slice(start, verb.index);
  if (!/[a-z]/i.test(subject) || PRONOUN_OR_DESCRIPTION.test(subject)) return undefined;
  if (actors.some((a) => a.start < verb.index && a.end > start)) return undefined;
  return start;
}

/** The last body named in `text` before `before` that a description's head word may stand for. */
export function lastBodyOf(head: string, text: string, before = text.length): string | undefined {
  const fits = HEADS[head];
  if (fits === undefined) return undefined;
  return findNames(text)
    .actors.filter((a) => a.end <= before && fits(a, text.slice(a.start, a.end)))
    .at(-1)?.name;
}

/**
 * A word between a subject and its verb: "the department formally designated", "it quickly
 * revoked". Any "-ly" word but the verbs and nouns that end so ("supply", "reply", "rally").
 */
export const SUBJECT_ADVERB =
  '(?:also|then|later|first|again|soon|(?!(?:supply|apply|reply|rely|fly|ally|rally|tally|belly)\\b)[a-z]{2,}ly)';

/** The head word of a description that is the subject of the lead's last clause, if any. */
export function descriptionSubject(lead: string): { head: string; at: number } | undefined {
  const m = DESCRIPTION_LEAD.exec(lead);
  if (m === null) return undefined;
  return { head: (m[1] ?? '').toLowerCase(), at: m.index };
}

/**
 * "The ministry said applications would be reviewed", "and the agency added two firms": a
 * description opening the trigger's clause, followed by its verb, with no comma before the act.
 */
const DESCRIPTION_LEAD = new RegExp(
  `(?<=^\\s*|[,;:]\\s|\\b(?:and|but|while|that)\\s|^\\s*[A-Z][\\w-]*\\s+(?:[\\w-]+\\s+){0,3}?)\\b(?:[Tt]he|[Ii]ts)\\s+(ministry|department|agency|regulator|watchdog|commission|exchange)(?:\\s+(?:${SUBJECT_ADVERB}|has|have|had|is|was|will|would)){0,2}\\s+(?:[a-z]{2,}ed|said|says|told|put|set|cut|made|took|began|will|would|could|can|may|has|have|had|is|was|[a-z]{3,}s)\\b[^,;]*$`,
);
