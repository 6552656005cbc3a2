import { clauseBounds, tenseInClause, type Tense } from '../clauseTense.ts';

/**
 * Words a few words before a date that make it a date to come, whatever the clause's other
 * verbs say: "The dividend is payable Jan. 2", "effective Feb. 1", "set to resume Monday",
 * "planned to leave Nairobi on Thursday", "as soon as trading opened Monday", "the duties it
 * had lined up for Sunday". A start told in the present is one to come too: "The new port fees,
 * which take effect March 3, cover bulk carriers" ("took effect" looks back).
 */
const FUTURE_CUE_BEFORE =
  /\b(?:payable|effective|due|expir(?:e|es|ing)|takes?\s+effect|comes?\s+into\s+(?:force|effect)|kicks?\s+in|go(?:es)?\s+into\s+(?:force|effect)|set\s+to|plan(?:s|ned|ning)?(?:\s+to)?|scheduled|slated|lined\s+up|as\s+soon\s+as|will|to\s+be|from\s+now|between\s+now\s+and|of\s+record|extend(?:s|ed|ing)?|postpone[sd]?|postponing|delay(?:s|ed|ing)?)\b(?:\s+[\w'’,.-]+){0,6}\s+(?:on\s+|in\s+|for\s+|by\s+|around\s+|until\s+|to\s+|the\s+)?$/iy;
const FUTURE_WORDS =
  /\b(?:payable|effective|due|expir|takes?\s+effect|comes?\s+into|kicks?\s+in|go(?:es)?\s+into|set\s+to|plan|schedul|slated|lined\s+up|as\s+soon|will|to\s+be|from\s+now|between\s+now|of\s+record|extend|postpon|delay)/gi;
const PAST_WORDS = /\b(?:since|ago)\b/gi;
/** "since shortly after the Oct. 23 slaying": what a date is counted from lies behind. */
const PAST_CUE_BEFORE = /\b(?:since|ago)\b(?:\s+[\w'’.-]+){0,9}\s+$/iy;
/**
 * "will suspend its rule announced on September 29", "the duties imposed in April", "to review
 * the truce both sides reached in May": a participle naming a measure or a deal by when it was
 * made looks back, whatever modal or aim governs the clause. After "be" it is a plan ("will be
 * announced on Friday", "is to be signed in March").
 */
const MADE_BEFORE =
  /(?<!\b(?:be|being)\s+)\b(?:announced|imposed|introduced|unveiled|issued|adopted|published|levied|launched|reached|signed|struck|sealed|concluded)\s+(?:on\s+(?:[\w.$%-]+\s+){1,4}?)?(?:on|in)\s+$|\b(?:was|were)\s+published\s+in\s+the\s+(?:Federal\s+Register|official\s+gazette)\s+(?:on\s+|in\s+)?$/i;
/**
 * "The truce, which cut duties from a peak of 60% in March, is due to expire": a level told as
 * the peak it reached lies behind, whatever the main clause's tense. "is set to peak at 60% in
 * March" is a forecast.
 */
const PEAK_BEFORE =
  /(?<!\b(?:to|will|would|could|may|might)\s+)\b(?:peak(?:ed)?|high)\s+(?:of|at)\s+[\d.]+\s*(?:%|percent|per\s+cent)\s+(?:in|on)\s+$/i;
/** "until Tuesday", "by May": a limit lies ahead of the telling, unless told in the pluperfect. */
const LIMIT_BEFORE =
  /\b(?:until|till|by)\s+(?:\d{1,2}(?::\d\d)?\s*[ap]\.m\.\s*(?:[A-Z]{2,4}\s+)?)?$/i;
const PLUPERFECT = /\bhad\b/i;
/**
 * "to acquire the bank in January", "invited them to a ceremony on March 12": an aim or an
 * invitation points ahead of the verb that carries it, and so does the day an aim starts from
 * ("threatened to put a 60% duty on steel from June 1", "vowed last week to add a 50% duty on
 * steel from March 3"). A count or a penalty after "to" is no aim: "sentenced him to ten years in
 * prison on May 20" happened on May 20, and "rose to more than 5% in May" in May; "last met face
 * to face on Oct. 30" met then.
 */
const AIM_BEFORE =
  /\b(?<!(?:according|due|next|prior|close|up|thanks|compared|similar|back|ahead|face)\s)to\s+(?!(?:the|a|an|his|her|its|their|this|that|be|have|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|more|less|about|around|nearly|almost|over|under|life|death|prison|jail)\b)[a-z]+(?:(?:\s+[\w$'’.-]+){0,6}\s+(?:on|in|by|for)|(?:\s+[\w$%'’.-]+){0,6}\s+from)\s+$/y;
const AIM_WORD = /\bto\s/g;
/**
 * "threatened an additional 100% tariff on Chinese goods from November 1": the day a threatened
 * measure would start from is ahead of the threat, whatever its tense.
 */
const THREAT_FROM_BEFORE =
  /\b(?:threaten(?:ed|s|ing)?|warned\s+of)\s+(?:[\w$%'’.-]+\s+){0,9}(?:from|starting|beginning|effective)\s+(?:on\s+)?$/i;
/**
 * "agreed to come during a phone call in March": a date after "during" an occasion is that
 * occasion's, told in the clause's own tense, not the aim's.
 */
const DURING_BEFORE =
  /\bduring\s+(?:a|an|the|their|his|her|its)\s+(?:[\w-]+\s+){0,3}(?:on|in)\s+$/i;
/** "will be named commander … for a mission in December": the modal governs its whole clause. */
const MODAL = /(?:\b(?:will|shall)\b|['’]ll\b)[^"“”'‘’]*$/i;
/** … unless the date belongs to the telling: "'… we will focus on our core business,' he said Friday." */
const TELLING = /["“”'‘’]|\b(?:said|says|told)\b/;
/**
 * … or to a clause of its own told in the past: "The rate will not rise after the two leaders
 * agreed over dinner on Saturday to a truce": the modal governs the main clause, and the
 * subordinate clause's verb dates its own Saturday.
 */
const SUBORDINATE_PAST =
  /\b(?:after|because|since|when|once)\s+(?:[\w'’.-]+\s+){0,8}?(?:had\s+)?(?:agreed|met|held|spoke|took|made|gave|came|went|signed|struck|reached|announced|[a-z]{3,}ed)\b/i;
/**
 * "have floated a summit later this year, possibly … at the end of October": the clause already
 * placed its time ahead, so its month is the coming one.
 */
const LATER_IN_CLAUSE = /\blater\s+(?:this|in\s+the)\s+(?:year|month)\b/i;
/**
 * "The truce, which cut duties from a peak of 145% in April, expires in November": a clause
 * opened by "which" and a past verb (one of the forms the same in the present too, or "-ed")
 * tells its own past, whatever the main clause after it plans.
 */
const WHICH_BEFORE = /\bwhich\s*$/i;
const PAST_VERB_FIRST = /^\s*(?:had\s+)?(?:cut|set|put|hit|let|shut|[a-z]{3,}ed)\b/i;
/**
 * "Ottawa said it would restore its suspended duty on US trucks from November 1": the day a
 * measure starts from, in a clause that says what a side would do, lies ahead of the telling,
 * however far back the verb stands and whatever its past participles ("suspended") say.
 */
const WOULD = /\bwould\b(?!\s+have\b)/i;
/** "from November 1", "starting Nov. 1", "effective March 4": the words before the day a measure starts. */
export const STARTS_FROM_BEFORE = /\b(?:from|starting|beginning|effective|as\s+of)\s+(?:on\s+)?$/i;
/** A sentence about a payout tells its record date as a future date too ("… of record Dec. 15"). */
const PAYOUT = /\bpayable\b/i;
/** Asked first: it reads a few words, PAYOUT the whole sentence. */
const RECORD_BEFORE = /\brecord\s+$/i;

/** A bullet's day and its colon: "- Tuesday: ", "Also Sunday: ", "Nov 1: ". */
const LINE_HEAD =
  /^\s*(?:[-–•*]\s*)?(?:(?:also|then|and)\s+)?(?:[A-Z][a-z]+\.?)(?:\s+\d{1,2})?\s*:\s+/i;

/** The tense that decides the year of "Dec. 15" or the week of "Monday" at `index`. */
/**
 * "agreed to work jointly so that the meeting at the summit in July yields results": what a
 * purpose clause hopes for is ahead, whatever the tense of the verb it serves.
 */
const PURPOSE_BEFORE =
  /\b(?:so\s+that|in\s+order\s+that)\b(?![^.;]*\b(?:was|were|had|did)\b)[^.;]*$/i;

/**
 * "China will retaliate, the ministry warned on Sunday": a day right after a verb of telling in
 * the past is the telling's, whatever the quoted clause before it plans.
 */
const TOLD_ON_BEFORE =
  /\b(?:said|warned|told\s+(?:reporters|journalists)|added|stressed|insisted|noted|cautioned|vowed|declared|stated|wrote|tweeted|posted)\s+(?:late\s+|early\s+)?(?:on\s+)?$/i;

/**
 * "called off its planned purchase of US soybeans on Monday": a plan called off is told by the
 * day it was dropped, though "planned" alone looks ahead.
 */
const CALLED_OFF_PLAN_BEFORE =
  /\b(?:called\s+off|cancell?ed|scrapped|abandoned|dropped|shelved)\s+(?:its|the|their|a|his|her)\s+planned\s+(?:[\w$.,%'’-]+\s+){0,7}(?:on\s+|in\s+)?$/i;

export function dateTense(sentence: string, index: number): Tense {
  const before = sentence.slice(Math.max(0, index - 64), index);
  if (PURPOSE_BEFORE.test(sentence.slice(Math.max(0, index - 120), index))) return 'future';
  if (TOLD_ON_BEFORE.test(before.slice(-40))) return 'past';
  if (CALLED_OFF_PLAN_BEFORE.test(before)) return 'past';
  if (fromLastCue(before, PAST_WORDS, PAST_CUE_BEFORE)) return 'past';
  if (MADE_BEFORE.test(before.slice(-56))) return 'past';
  if (PEAK_BEFORE.test(before.slice(-40))) return 'past';
  if (
    fromLastCue(before, FUTURE_WORDS, FUTURE_CUE_BEFORE) &&
    !extendedOn(before, sentence, index)
  ) {
    return 'future';
  }
  if (LIMIT_BEFORE.test(before.slice(-28)) && !PLUPERFECT.test(sentence)) return 'future';
  if (RECORD_BEFORE.test(before) && PAYOUT.test(sentence)) return 'future';
  if (aimBefore(before) && !DURING_BEFORE.test(before)) return 'future';
  if (THREAT_FROM_BEFORE.test(before)) return 'future';
  // "- Tuesday: both ports start charging the fee": a day heading a line of a calendar takes the
  // tense of the line it heads.
  const head = LINE_HEAD.exec(sentence);
  if (head !== null && index < head[0].length) {
    const told = head[0].length;
    return tenseInClause(sentence, told, clauseBounds(sentence, told));
  }
  const clause = clauseBounds(sentence, index);
  const lead = sentence.slice(clause.start, index);
  if (
    PAST_VERB_FIRST.test(lead) &&
    WHICH_BEFORE.test(sentence.slice(Math.max(0, clause.start - 8), clause.start)) &&
    !MODAL.test(lead)
  ) {
    return 'past';
  }
  if (MODAL.test(lead)) {
    const governed = lead.slice(lead.search(MODAL));
    if (!TELLING.test(governed) && !SUBORDINATE_PAST.test(governed)) return 'future';
  }
  if (LATER_IN_CLAUSE.test(lead)) return 'future';
  if (WOULD.test(lead) && STARTS_FROM_BEFORE.test(before.slice(-24))) return 'future';
  return tenseInClause(sentence, index, clause);
}

/**
 * Tries a cue pattern only where its cue word last occurs, the occurrence nearest the date:
 * tried at every offset of the window instead, the patterns were most of the stage's cost.
 */
/**
 * The last "to" before the date, read as an aim; "to" with a place after it is where the aim
 * goes, so the "to" before that is the aim's: "had accepted an invitation to travel to Beijing in
 * April" looks ahead to April.
 */
function aimBefore(before: string): boolean {
  const cues: number[] = [];
  AIM_WORD.lastIndex = 0;
  for (let m = AIM_WORD.exec(before); m !== null; m = AIM_WORD.exec(before)) cues.push(m.index);
  for (let i = cues.length - 1; i >= 0; i--) {
    const at = cues[i] ?? 0;
    AIM_BEFORE.lastIndex = at;
    if (AIM_BEFORE.test(before)) return true;
    if (!/^to\s+[A-Z]/.test(before.slice(at, at + 6))) return false;
  }
  return false;
}

/**
 * "signed a protocol extending the pact on Friday": the day after "on" is when the extending
 * was done; the limit an extension runs to is told with "until", "to" or "through".
 */
const EXTENDED_BEFORE = /\bextend(?:ed|ing)\b(?:\s+[\w'’,.-]+){0,6}\s+$/i;
const ON_DAY = /^on\s/i;
function extendedOn(before: string, sentence: string, index: number): boolean {
  return ON_DAY.test(sentence.slice(index, index + 3)) && EXTENDED_BEFORE.test(before);
}

function fromLastCue(before: string, cue: RegExp, pattern: RegExp): boolean {
  let last = -1;
  cue.lastIndex = 0;
  for (let m = cue.exec(before); m !== null; m = cue.exec(before)) last = m.index;
  if (last === -1) return false;
  pattern.lastIndex = last;
  return pattern.test(before);
}
