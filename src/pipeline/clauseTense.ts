import { execAll } from './execAll.ts';

export type Tense = 'past' | 'future' | 'none';

/**
 * Where one clause ends and the next begins, roughly: enough to keep tense and status local.
 * "held talks in Hanoi on Friday, a day after the two presidents met in Lima": a time clause
 * counted from another act is a clause of its own; after an opening phrase it is not ("In
 * January, a week after the vote, a bomb killed a guard" is one clause). The test of "at least 25
 * characters before the comma" stands after the comma: first, it read the whole sentence back
 * to its start at every offset, and a fifth of a sentence's regex time went on it.
 */
const BOUNDARY =
  /;|:\s|\s[—–]\s|,\s+(?:while|but|whereas|which|where|although|though|saying|adding|as|when|and|after|before|even as)\b|\s(?:but|and that|while)\s|\s+and\s+(?=(?:has|have|had|will|would|is|are|was|were|also|then|later)\b)|,\s*(?:according to)\b|,(?<=^[^]{26,})\s+(?:(?:just|only|barely|a|an|one|two|three|four|five|six|several|few|\d+)\s+){1,2}(?:hours?|days?|weeks?|months?)\s+after\b/g;

/** The [start, end) offsets of the clause around `index` in `sentence`. */
export function clauseBounds(sentence: string, index: number): { start: number; end: number } {
  let start = 0;
  let end = sentence.length;
  for (const [from, to] of analyse(sentence).boundaries) {
    if (to <= index) start = to;
    else if (from >= index) {
      end = from;
      break;
    }
  }
  return { start, end };
}

interface Cue {
  index: number;
  tense: Tense;
}

interface Analysis {
  sentence: string;
  boundaries: [number, number][];
  /** Found on first use: clause bounds are wanted far more often than tense. */
  cues: Cue[] | null;
}

let memo: Analysis = { sentence: '', boundaries: [], cues: [] };

/** Boundaries (and, lazily, tense cues) of a sentence, computed once: every date and trigger asks. */
function analyse(sentence: string): Analysis {
  if (memo.sentence === sentence) return memo;
  const boundaries: [number, number][] = [];
  for (const m of execAll(BOUNDARY, sentence)) boundaries.push([m.index, m.index + m[0].length]);
  memo = { sentence, boundaries, cues: null };
  return memo;
}

function tenseCues(sentence: string): Cue[] {
  const analysis = analyse(sentence);
  if (analysis.cues !== null) return analysis.cues;
  const blanked = blankAdjectival(sentence);
  const cues: Cue[] = [];
  for (const m of execAll(FUTURE_CUE, blanked)) cues.push({ index: m.index, tense: 'future' });
  for (const m of execAll(PAST_CUE, blanked)) {
    if (NOT_PAST.test(m[0]) || AFTER_BE.test(blanked.slice(Math.max(0, m.index - 16), m.index)))
      continue;
    cues.push({ index: m.index, tense: 'past' });
  }
  analysis.cues = cues;
  return cues;
}

/**
 * `sentence.replace(ADJECTIVAL, blank)`, with the pattern run only from where a match can start:
 * the word before the spaces before one of its modifiers. Tried at every offset, the pattern
 * (its possessive branch reads every word twice) cost more than the cues it hides.
 */
function blankAdjectival(sentence: string): string {
  let out = '';
  let copied = 0;
  MODIFIER.lastIndex = 0;
  for (let w = MODIFIER.exec(sentence); w !== null; w = MODIFIER.exec(sentence)) {
    let wordEnd = w.index;
    while (wordEnd > copied && SPACE.test(sentence.charAt(wordEnd - 1))) wordEnd--;
    if (wordEnd === w.index) continue;
    let wordStart = wordEnd;
    while (wordStart > copied && WORD_CHAR.test(sentence.charAt(wordStart - 1))) wordStart--;
    // No match starts before this word (each needs a modifier after its first word), and
    // none is left after `copied`, the end of the last one, when the pattern finds none here.
    ADJECTIVAL.lastIndex = wordStart;
    const m = ADJECTIVAL.exec(sentence);
    if (m === null) break;
    out += sentence.slice(copied, m.index) + ' '.repeat(m[0].length);
    copied = m.index + m[0].length;
    if (MODIFIER.lastIndex < copied) MODIFIER.lastIndex = copied;
  }
  return copied === 0 ? sentence : out + sentence.slice(copied);
}

/**
 * A schedule told in the present points ahead: "the ban takes effect on Sunday", "the ports start
 * charging the fee on Tuesday". "Plan" after
 * an article or a compound is a noun ("closed the summit with a 100-day plan on trade"): no plan
 * of the clause's act.
 */
const FUTURE_CUE =
  /\b(?:will|won['’]t|'ll|shall|would(?!\s+have)|should(?!\s+have)|(?<!\b(?:a|an|the|its|their|his|her|this|that|our|action|trade|peace)\s|-\w+\s)plans?|planning|intends?|intending|expects?\s+to|(?:is|are|was|were)\s+expected\s+(?:to|in|on|next|later|by)|(?:is|are)\s+set\s+to|(?:is|are)\s+due\s+to|(?:is|are|was|were)\s+scheduled|slated|upcoming|going\s+to|(?:is|are)\s+to|aims?\s+to|hopes?\s+to|prepares?\s+to|poised\s+to|next|tomorrow|threaten(?:s|ed)?\s+to|considering|weighing|proposed\s+to|(?:could|might)(?!\s+have)|(?:scheduled|slated)\s+(?:for|to)|set\s+for|due\s+(?:on|in|to)|takes\s+effect|goes\s+into\s+effect|kicks\s+in|expires|(?:start|starts|begin|begins)\s+(?:collecting|charging|levying))\b/gi;
/** Past forms, the irregular ones by name: "the court upheld the law on Friday" happened. */
const PAST_CUE =
  /\b(?:was|were|had|did|has\s+\w+ed|have\s+\w+ed|ago|last|earlier|previously|already|yesterday|took|met|held|spoke|began|came|went|made|gave|said|told|announced|imposed|upheld|struck|sought|won|fought|brought|bought|sold|sent|built|kept|paid|rose|fell|broke|chose|drew|flew|grew|threw|wrote|froze|stood|withdrew|shot|caught|spent|became|ran|saw|knew|sued|heard|\w{3,}ed|(?:set|put|cut|hit|laid)\s+by)\b/gi;
/** "-ed" words that point forward or are adjectives, not past actions. */
const NOT_PAST =
  /^(?:planned|expected|scheduled|proposed|intended|anticipated|slated|reported|alleged|related|based|limited|united|advanced|detailed|sophisticated|need|speed|embed|shed|bed|red|led)$/i;
/**
 * "The deal would be signed in the first week of January": a participle after "will be",
 * "would be" or "to be" tells no past ("could not be located Wednesday" may).
 */
const AFTER_BE = /\b(?:will|would|shall|['’]ll|to)\s+(?:(?:not|still|also|then)\s+)?be\s+$/i;
/** A modifier like "the planned visit" describes that noun, not the tense of the clause. */
const ADJECTIVAL =
  /\b(?:the|a|an|his|her|its|their|this|that|[\w’']+['’]s)\s+(?:planned|upcoming|proposed|expected|next)\s+\w+/gi;
/** ADJECTIVAL's modifiers, and the characters of its first word and of its spaces. */
const MODIFIER = /planned|upcoming|proposed|expected|next/gi;
const WORD_CHAR = /[\w’']/;
const SPACE = /\s/;

/**
 * The tense that governs a date or trigger at `index`: the tense cue nearest to it inside its
 * clause. Modal and scheduling words mean future; past forms mean past.
 */
export function tenseAt(sentence: string, index: number): Tense {
  const { start, end } = clauseBounds(sentence, index);
  return nearestCue(sentence, index, start, end);
}

/** tenseAt, for a caller that has already found the clause around `index` (clauseBounds). */
export function tenseInClause(
  sentence: string,
  index: number,
  clause: { start: number; end: number },
): Tense {
  return nearestCue(sentence, index, clause.start, clause.end);
}

/** Like tenseAt, with the cues limited to [from, to): the words that govern one trigger. */
export function tenseWithin(sentence: string, index: number, from: number, to: number): Tense {
  const clause = clauseBounds(sentence, index);
  return nearestCue(sentence, index, Math.max(from, clause.start), Math.min(to, clause.end));
}

/**
 * "the meeting with the minister on Monday, along with a group that will meet next year": a
 * verb after a "that", "which" or "who" past the date is a relative clause's, or a reported
 * clause's ("said on Monday that it will"), and tells nothing of the date's own tense.
 */
const RELATIVE_AFTER = /\s(?:that|which|who)\s/;

function nearestCue(sentence: string, index: number, start: number, end: number): Tense {
  let bestDistance = Infinity;
  let tense: Tense = 'none';
  const relative = RELATIVE_AFTER.exec(sentence.slice(index, end));
  const limit = relative === null ? end : index + relative.index;
  for (const cue of tenseCues(sentence)) {
    if (cue.index < start || cue.index >= limit) continue;
    const distance = cue.index <= index ? index - cue.index : cue.index - index + 4;
    // Future cues are listed first, so on a tie the plan wins, as before.
    if (distance < bestDistance) {
      bestDistance = distance;
      tense = cue.tense;
    }
  }
  return tense;
}

/**
 * "would have until March 3 to divest" gives time ahead: "have" is the verb, not the perfect of a
 * thing that did not happen.
 */
const COUNTERFACTUAL_BEFORE =
  /\b(?:(?:would|could|might|should)\s+have(?!\s+until\b)|(?:was|were)\s+(?:supposed|meant)\s+to|had\s+been\s+(?:due|scheduled|set|expected|planned)\s+to|(?:instead\s+of|rather\s+than)\s+[a-z]+ing)\b[^,;]*$/i;

/**
 * True when the verb group just before `index` tells of something that did not happen
 * ("a rule that would have taken effect on May 15", "the duty stays at 10 percent instead of
 * rising to 25 percent on Jan. 1").
 */
export function isCounterfactualAt(sentence: string, index: number): boolean {
  return COUNTERFACTUAL_BEFORE.test(sentence.slice(Math.max(0, index - 60), index));
}
