import { PRECISION_RANK } from '../data/eventConstants.ts';
import type { EventDate, EventStatus } from '../data/eventSchema.ts';
import { inBackgroundPhrase, isConditionalConsequence, SINCE_CLAUSE } from './backgroundClause.ts';
import { shiftDays } from './dates/calendarMath.ts';
import { countOf } from './dates/calendarWords.ts';
import { STARTS_FROM_BEFORE } from './dates/dateTense.ts';
import { clauseBounds, isCounterfactualAt, tenseWithin } from './clauseTense.ts';
import { datesCompatible } from './datesCompatible.ts';
import { mentionsOf, sayingDay } from './sayingDay.ts';
import { WORD_VERB } from './kinds/saying.ts';
import { execAll } from './execAll.ts';
import { KINDS } from './kinds/kindTable.ts';
import type { DateMention, Detection, EventKind, Segment } from './pipelineTypes.ts';
import { literalAlternatives } from './literalAlternatives.ts';
import { patternMarks } from './patternScreen.ts';

const NEGATED_BEFORE =
  /\b(?:not(?!\s+guilty)|never|n['’]t|no\s+longer|nobody|no\s+one|refused\s+to|declined\s+to|denied|without|rather\s+than|instead\s+of)\s+(?:\w+\s+){0,3}$/i;
/**
 * "advanced a bill that could ban the app", "a proposal which would bar the carriers": what a
 * bill or a proposal would do is its content, not an act of anyone's (the bill's own step is the
 * legislation kind's event).
 */
const BILL_CONTENT_BEFORE =
  /\b(?:bill|law|legislation|measure|proposal|amendment|Act|resolution)\s+(?:that|which)\s+(?:would|could|might|may|seeks\s+to|aims\s+to)\s+(?:also\s+|effectively\s+)?$/;
/**
 * "announced a deal, pulling back from a fresh round of tariffs": what a side steps back from
 * is not done.
 */
const WITHDRAWN_BEFORE =
  /\b(?:pull(?:s|ed|ing)?|back(?:s|ed|ing)?|step(?:s|ped|ping)?)\s+(?:back|away)\s+from\s+(?:[\w-]+\s+){0,5}$/i;
/**
 * "the sides pledged to stop adding duties on one another's goods": a duty the sides stop adding
 * is a truce's term, not a rise. (Stopping purchases is an act of its own: "would stop buying
 * American farm goods".)
 */
const STOPPED_DUTY_BEFORE = /\b(?:stop|stops|stopped|stopping|cease|ceased|ceases)\s+$/i;

/**
 * The status a saying's day gives (sayingDay): a visit or a call told by it is still to come; a
 * measure with no start of its own was announced, done, that day. Else the clause decides.
 */
function saidStatus(
  saying: { planDate: EventDate | null } | null,
  kind: EventKind,
): EventStatus | undefined {
  if (saying === null) return undefined;
  if (ENCOUNTERS.has(kind)) return 'planned';
  return saying.planDate === null ? 'occurred' : undefined;
}
/**
 * "A week ago traders were talking about a truce": a deal talked of, with "a", is an idea, not
 * one that was made ("they talked about the deal they signed" still tells one). Nor is a measure
 * named as what someone was asked about ("nobody asked them about tariffs on Friday"): the day is
 * the asking's. Nor one whose being is in question ("a disagreement over whether memorandums of
 * understanding were binding"), or whose day is still to be found ("any date for a leaders'
 * summit").
 */
const TALKED_OF_BEFORE =
  /\b(?:whether\s+(?:the\s+|a\s+|any\s+)?["“]?(?:[\w-]+\s+){0,3}|(?:any|no)\s+(?:new\s+)?date\s+(?:for|on|of)\s+(?:a|an|the|any)\s+(?:[\w'’-]+\s+){0,2}|(?:talk(?:s|ed|ing)?|speculat\w*|rumou?rs?|chatter)\s+(?:about|of|over)\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}|(?:ask(?:s|ed|ing)?|question(?:s|ed|ing)?)\s+(?:(?:them|him|her|us|me|reporters|officials)\s+)?about\s+(?:the\s+)?)$/i;
/**
 * "and curbs on battery exports are likely to widen next year": a measure named as the subject
 * of a forecast of how it will change is a guess about it, not an act of anyone's.
 */
const FORECAST_AFTER =
  /^[^,;]{0,60}?\b(?:are|is)\s+(?:widely\s+)?(?:expected|likely|tipped|forecast|predicted)\s+to\s+(?:tighten|widen|expand|broaden|grow|rise|increase|harden|loosen|ease|spread)\b/i;
/**
 * "Without the delay, duties on the goods would have gone up to 25 percent next month": a measure
 * named as the subject of what would have happened did not happen.
 */
const COUNTERFACTUAL_AFTER = /^[^,;]{0,80}?\bwould\s+have\s+(?!to\b)[a-z]+(?:ed|en|ne|n)\b/i;
/**
 * "The two sides plan talks on export controls in the spring": a measure named as the subject of
 * talks is what they will talk about, not a measure taken (and its date is the talks').
 */
const TOPIC_OF_TALKS =
  /\b(?:talks|negotiations|consultations|discussions|dialogue)\s+(?:on|about|over)\s+(?:(?:the|their|new|US|American|Chinese)\s+)?$/i;
/** Someone wanting or asking for an action is not the action ("expected Beijing to relax"). */
const IRREALIS_BEFORE =
  /\b(?<!(?:is|are|was|were|be|been)\s+)(?:expected|expects?|expecting|urged|urging|urges|asked|asking|pressed|pressing|called\s+on|wants?|wanted|demanded|demands|pushing|pushed|hoped|hopes|seek|seeks|sought|invited|invite|invites)\s+(?:[^.;\s]+\s+)+?to\s+(?:[\w-]+\s+){0,2}$/i;
/** A wish or an invitation as a noun: "expressed hope for the two sides to reach a deal". */
const IRREALIS_NOUN_BEFORE =
  /\b(?:hopes?|wish|call|calls|invitation|invitations|request|proposal|push|bid|offer)\s+(?:for\s+|to\s+)?(?:[^.;\s]+\s+){0,6}?to\s+(?:[\w-]+\s+){0,2}$/i;
/** A demand on someone is not their act: "Washington must drop the new duties at once". */
const DEMAND_BEFORE = /\b(?:should|must|ought\s+to|needs?\s+to)\s+(?!have\b)(?:[\w'’-]+\s+){0,7}$/i;
/**
 * A power a law or a rule gives is no act: "The statute lets the president raise duties if
 * talks fail" tells what may be done, not what was. Present tense only: "allowed" may tell a
 * permission granted on a day.
 */
const PERMISSION_BEFORE =
  /\b(?:lets|allows|permits|empowers|authori[sz]es|enables|would\s+(?:let|allow|permit|empower|authori[sz]e|enable))\s+(?:[^.;\s]+\s+){1,4}?(?:to\s+)?$/i;
/**
 * A promise to act is a plan, whenever it was made: "Beijing vowed to buy American soybeans".
 * So is one told by a participle after the act it came with: "The envoys met on Friday, agreeing
 * to resume calls between their fleet commanders"; "since agreeing to a truce" names a deal made.
 */
const COMMITMENT_BEFORE =
  /\b(?:(?:agreed|agrees|agree|vowed|vows|pledged|pledges|promised|promises|committed|commits)\s+(?:(?:in|at)\s+[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?\s+)?to|(?:agreeing|vowing|pledging|promising|committing)\s+to(?!\s+(?:a|an|the|this|that|these|those|its|their|his|her)\s))\s+(?:[\w-]+\s+){0,2}$/i;
/**
 * "Trump and Xi agreed to freeze new tariffs while their negotiators tried for a deal": a
 * freeze agreed takes hold as it is agreed, so the promise is no plan, and the measure it names
 * is paused, not imposed.
 */
const PAUSE_AGREED =
  /\b(?:agreed|agrees|agree)\s+to\s+(?:freeze|suspend|pause|halt|postpone|delay|hold\s+off\s+on)\s+(?:the\s+|any\s+|all\s+)?(?:[\w-]+\s+){0,2}$/i;
/** "a standing order" stands; "a long-standing request" is only old. */
const ONGOING_CUE =
  /\b(?:remain(?:s|ed)?\s+in\s+(?:place|effect|force)|still\s+in\s+(?:place|effect|force)|continu(?:e|es|ed|ing)\s+to|ongoing|in\s+effect|have\s+been\s+in\s+place|has\s+been\s+in\s+place|(?<!-)standing)\b/i;
/** A definite noun phrase points back at something already told: "the call", "Trump's visit". */
const DETERMINED = /^(?:the|this|that|these|those|its|their|his|her)\s/i;
const DETERMINED_BEFORE =
  /\b(?:the|this|that|these|those|its|their|his|her|such|[A-Z][\w-]*['’]s)\s+(?:[\w-]+\s+){0,2}$/;
/**
 * A noun of action owned by someone names an act told elsewhere ("the US's imposition of
 * tariffs violates the rules"); after a plain "the" it may be the object that tells it
 * ("announced the addition of 27 firms").
 */
const NOUN_OF_ACT = /^[a-z]{3,}(?:tion|sion|ment|al)\b/;
const POSSESSIVE_BEFORE = /(?:\b(?:its|their|his|her)|\w['’]s?)\s+(?:[\w-]+\s+){0,2}$/;
/** Verbs are normalised to a base form that titles reuse ("raise" → "raises"). */
const ACTIONS: readonly (readonly [RegExp, string])[] = [
  // "held off on the increase": the hike named is what is paused.
  [
    /\b(?:hold(?:s|ing)?\s+off|held\s+off|call(?:s|ed|ing)?\s+off|not\s+(?:to\s+)?(?:go|going|went)\s+ahead)\b/i,
    'pause',
  ],
  // "Ottawa will restore its suspended 20% duty on US trucks": bringing back a paused measure
  // puts it in force again, so the pause it names is not the act.
  [/\b(?:reinstat|restor|re-?impos|bring(?:s|ing)?\s+back|brought\s+back)/i, 'reinstate'],
  [/\b(?:rais|hik|increas|doubl|tripl)/i, 'raise'],
  // "cutting off sales of advanced chips" stops something; "cut tariffs" eases them.
  [/\bcut(?:s|ting)?\s+off\b/i, 'restrict'],
  [/\b(?:cut|lower|reduc|slash|halv|roll\w*\s+back)/i, 'cut'],
  [/\bextend/i, 'extend'],
  [/\b(?:suspend|paus|delay|halt|postpon)/i, 'pause'],
  // "will stop collecting the extra duties", "dropped the retaliatory duties": the levy ends.
  [
    /\b(?:lift|remov|scrap|relax|eas|loosen|cleared|allowed|permitted|granted|delist|stop\w*\s+collect|drop(?:s|ped|ping)?\s+(?:the|its|their|all|those|these)\b|(?:took|taken|take|takes)\s+[^.;]*\boff\s+(?:the|its|their|this|that)\b)/i,
    'lift',
  ],
  [/\bthreaten/i, 'threaten'],
  [/\bexempt/i, 'exempt'],
  [/\bretaliat/i, 'retaliate'],
  [/\b(?:revok|cancel)/i, 'revoke'],
  [/\b(?:tighten|expand|widen|broaden|step\w*\s+up)/i, 'tighten'],
  [/\b(?:limit|restrict|curb)/i, 'restrict'],
  [/\b(?:ban|bar|block|prohibit|blacklist)/i, 'ban'],
  [/\b(?:add|added|placed|put)\b/i, 'blacklist'],
  [/\b(?:sign|reach|struck|strike|clinch|seal|finali|conclud|agree)/i, 'agree'],
  [/\b(?:announc|unveil|introduc|issu|adopt)/i, 'announce'],
  [/\b(?:impos|slap|levy|levie)/i, 'impose'],
];

interface Match {
  kind: EventKind;
  ruleIndex: number;
  start: number;
  end: number;
  verbal: boolean;
}

/**
 * A date that opens the sentence ("In August, ...", "Two days later, ...") governs all of it; so
 * does one with its part of the day ("On Monday morning, the court heard the plea and approved
 * the settlement") and the date heading a line of a chronology ("- June 3, 2021: the president
 * signs an order", "March 9 — the ministry adds four firms to its list").
 */
/** "On Thursday the minister is to sign the deal and visit the port": no comma needed. */
const OPENING_PHRASE = /^(?:on|in)\s/i;
const OPENING_DATE_AFTER = /^(?:\s+(?:morning|afternoon|evening|night))?\s*[,:]|^\s+[—–-]\s/;
/**
 * "Analysts warned that the China fight just got hotter": onlookers' words are commentary, not
 * an act of either side, whatever country the sentence goes on to name.
 */
const ONLOOKER_SUBJECT =
  /(?:^|[\s,])(?:analysts?|experts?|economists?|investors?|critics?|observers?|traders?|commentators?|scholars?|academics?|strategists?)\s+(?:(?:have|had|also|widely|repeatedly|long)\s+)?$/i;
/**
 * "The premier hopes the warring parties will sit down and reach a truce soon": a hope for what
 * someone will do is neither their act nor a plan of theirs; nor is "said to be hoping to visit
 * China in the coming months".
 */
const HOPE_BEFORE =
  /\b(?:hopes?|hoped|hoping|wish(?:es|ed)?)\s+(?:that\s+)?(?:[^.;:\s]+\s+){1,8}?(?:will|would|can|could)\s+(?:[\w'’-]+\s+){0,6}$|\b(?:hoping|wishing|eager|keen)\s+to\s+$/i;
/**
 * "Blinken put off a planned trip to Beijing", "the trip has been postponed": a visit or meeting
 * named as called off did not take place then; the registry's later trip is another event.
 */
const CALLED_OFF =
  /\b(?:put\s+off|puts\s+off|putting\s+off|postpone[ds]?|postponing|cancel(?:l?ed|s|ling)?|called\s+off|calls\s+off|scrapp(?:ed|ing))\b/i;
/** The kinds where two sides are in touch: a visit, a meeting, talks, a call. */
export const ENCOUNTERS: ReadonlySet<string> = new Set(['visit', 'meeting', 'talks', 'phone-call']);
/**
/**
 * Between a date and a trigger, these words mean the date belongs to another event. "Before" a
 * court, a committee or the cameras is a place: "On Tuesday, in a hearing before a federal judge,
 * the firm admitted the charges and settled" tells the settlement on Tuesday.
 */
const TEMPORAL_BARRIER =
  /\b(?:after|before(?!\s+(?:(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?)?(?:court|judge|panel|committee|tribunal|jury|grand\s+jury|Congress|cameras|reporters|lawmakers|audience)\b)|following)\b/i;
/**
 * "In May 2019, after talks collapsed, Washington raised its levy": an "after" phrase set off by
 * commas between an opening date and the main clause is an aside; the date is the main clause's.
 * So is a timeline entry's "Dec. 1, 2022: Four years to the day after the arrest, ...".
 */
const ASIDE_BARRIER =
  /^\s*[,:]\s*(?:(?:[\w-]+\s+){1,5}?(?=after|before|following))?(?:after|before|following)\s[^,;]*,\s*/i;
/**
 * "deferred until May 3, after which the charges are to be dropped": "after which" hangs the act
 * on the date just told, so it is no barrier between them, and a limit so told dates the act.
 */
const AFTER_WHICH = /^\s*,\s+after\s+which\b/i;
/**
 * "The rule applies 60 days after publication, which puts it at May 2": the count of days is
 * read out as the date after it, so its "after" is no barrier between the act and that date.
 */
const COUNT_READ_OUT =
  /\b\d+\s+(?:days|weeks|months)\s+(?:after|following)\s+[^,;]{1,40},\s+which\s+(?:puts\s+it\s+(?:at|on)|falls\s+on|lands\s+on|makes\s+it|means)\s*$/i;
const AFTER_WHICH_CLAUSE = /^\s*,\s+after\s+which\b[^,;]*$/i;
/**
 * "their first meeting since 2019": a "since" date measures the gap before the event, unless
 * the clause tells a standing measure ("in force since March 4").
 */
const SINCE_BEFORE = /\bsince\s+(?:early\s+|late\s+|mid-?)?$/i;
/**
 * ", when the envoy met": a "when" clause, up to the act, with no clause break inside; a list of
 * names is no break (", when Lin, Hua and their cub were flown home"). An aside counted from
 * another day may stand before it ("since November 14, a week after the election, when Xi
 * phoned"), and one after the name ("when Trump, then president-elect, accepted a call").
 */
const WHEN_HUNG =
  /^\s*(?:,\s+[^,;]{1,40}?\b(?:after|before)\b[^,;]{0,40})?,\s+when\s+(?:[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3},\s+(?:(?:then|now|the|a|an)\s+[^,;]{1,30},\s+)?)*[^,;]*$/;
/**
 * "held off on the increase that was scheduled for October 15", "delayed the ban by a week, to
 * September 27": the day the paused step was or is now due is not the day it was paused.
 */
const SCHEDULED_BEFORE =
  /\b(?:(?:scheduled|due|slated|set|planned)\s+(?:to\s+(?:take\s+effect|start|begin|kick\s+in)\s+)?(?:for|on|in|from)?|to|until|till)\s*(?:the\s+)?$/i;
/**
 * "On Friday, the night before the talks, Trump said …": an event named only as the point a
 * time is counted from tells when the sentence's act was, not an act of its own.
 */
const TIME_MARK_BEFORE =
  /\b(?:before|after|following|ahead\s+of)\s+(?:the|their|its|this|that)\s+(?:[\w-]+\s+){0,2}$/i;
function marksTime(o: Match, sentence: string): boolean {
  return !o.verbal && TIME_MARK_BEFORE.test(sentence.slice(Math.max(0, o.start - 40), o.start));
}

/**
 * "China urged Washington on Tuesday to lift the tariffs": a measure asked of the other side is
 * not done, so the word that asks for it is the clause's act.
 */
function demandedMeasure(o: Match, sentence: string): boolean {
  if (!o.verbal || KINDS[o.ruleIndex]?.measure !== true) return false;
  const lead = clauseText(sentence, clauseBounds(sentence, o.start).start, o.start);
  return leadTest(IRREALIS, lead) || leadTest(DEMAND, lead) || NEGATED_BEFORE.test(lead);
}

/** A verb of a side's word, then what it says: "Trump said on Monday (that) ". */
const SAID_BEFORE = /\b(?:said|says|told\s+\w+|argued|insisted|stressed|added)\b[^.;?!“”"]*$/;
const JUST_MADE_BEFORE = /\b(?:new|newest|latest|fresh|additional|expanded)\s+(?:[\w-]+\s+){0,2}$/i;
/** A quote still open before the trigger: '"The tariffs are a mistake,' */
const OPEN_QUOTE = /[“"][^“”"]*$/;

/**
 * "Trump said on Monday the tariffs were a mistake", '"The tariffs are working," he said on
 * Monday': a measure named with its article in what a side says is one already in force, the
 * topic of the words; the day told is the saying's, no day of the measure's.
 */
function spokenOf(
  match: Match,
  sentence: string,
  dates: readonly DateMention[],
  date: EventDate | null,
): boolean {
  if (match.verbal || date === null || KINDS[match.ruleIndex]?.measure !== true) return false;
  const lead = sentence.slice(Math.max(0, match.start - 40), match.start);
  // "said it firmly opposed the new export controls": a measure just made is dated by the
  // answer to it, as near a day as the sentence gives.
  if (
    !DETERMINED_BEFORE.test(lead.replace(/(?<=[“"]\s*)T(?=he\s)/, 't')) ||
    JUST_MADE_BEFORE.test(lead)
  ) {
    return false;
  }
  const told = mentionsOf(dates, date);
  if (told.length === 0) return false;
  const before = sentence.slice(0, match.start);
  const quote = OPEN_QUOTE.exec(before);
  if (quote !== null) {
    const closes = sentence.slice(match.end).search(/[”"]/);
    return closes >= 0 && told.every((d) => d.start > match.end + closes);
  }
  const said = SAID_BEFORE.exec(before);
  return said !== null && told.every((d) => d.end <= match.start);
}

/** A measure named inside "after ..." is background, not what "them" points back to. */
const SUBORDINATE_BEFORE = /\b(?:after|before|when|because|since|while|as)\b/i;
/** "and tightened them": a second action on the measure the sentence just named. */
const PRONOUN_ACTION =
  /\band\s+(?:then\s+)?(tightened|expanded|eased|relaxed|lifted|suspended|extended|raised|cut|paused|widened|scrapped)\s+(?:them|it)\b/g;

/**
 * The event statements in one body sentence: which kind, whether a verb carries it, its
 * status, and the date that belongs to it. Several per sentence when the text has several.
 */
export function detectEvents(
  sourceId: string,
  segment: Segment,
  dates: DateMention[],
  published: string | null,
): Detection[] {
  const sentence = segment.text;
  // Sentence-initial capitals ("Tariffs of 20 percent ...") must not hide a trigger.
  const found = findMatches(
    sentence.charAt(0).toLowerCase() + sentence.slice(1),
    sentence,
    dates.length > 1,
  );
  // "Beijing summoned the envoy and suspended the talks on Friday": the talks kind tells the
  // act, so the catch-all for acts no kind knows stays out of the clause. In a clause of its own,
  // with its own day, the catch-all's act is one of its own: "China condemned the decision on
  // Wednesday, a day after the State Department approved the sale".
  const acts = found.filter(
    (m) =>
      KINDS[m.ruleIndex]?.fallback !== true ||
      !found.some(
        (o) =>
          KINDS[o.ruleIndex]?.fallback !== true &&
          !saysOfAnotherDay(sentence, m, o, dates) &&
          !marksTime(o, sentence) &&
          !demandedMeasure(o, sentence) &&
          (sameClause(sentence, o, m) || !datedInClause(sentence, m, dates)),
      ),
  );
  const told = acts.filter((m) => !topicOfTalks(m, sentence));
  // A catch-all's act in a clause of its own does not outweigh the words told in another.
  const weighs = (m: Match): boolean =>
    m.verbal && KINDS[m.ruleIndex]?.fallback !== true && !demandedMeasure(m, sentence);
  const matches = told.some((m) => weighs(m) && KINDS[m.ruleIndex]?.wordsOnly == null)
    ? told.filter(
        (m) => !wordsOnly(m, sentence) || !told.some((o) => weighs(o) && o.kind !== m.kind),
      )
    : told;
  const detections: Detection[] = [];
  const background: number[] = [];
  let previousEnd = 0;
  for (const match of matches) {
    const clause = clauseBounds(sentence, match.start);
    const windowStart = Math.max(clause.start, previousEnd);
    previousEnd = match.end;
    const before = sentence.slice(Math.max(windowStart, match.start - 60), match.start);
    if (NEGATED_BEFORE.test(before) || WITHDRAWN_BEFORE.test(before)) continue;
    if (match.kind === 'tariffs' && STOPPED_DUTY_BEFORE.test(before)) continue;
    if (!match.verbal && TALKED_OF_BEFORE.test(before)) continue;
    if (isCounterfactualAt(sentence, match.start)) continue;
    if (!match.verbal && FORECAST_AFTER.test(sentence.slice(match.end, clause.end))) continue;
    if (!match.verbal && COUNTERFACTUAL_AFTER.test(sentence.slice(match.end, clause.end))) continue;
    if (!match.verbal && IF_OPENING.test(sentence.slice(clause.start, match.start))) continue;
    if (UNSAID_BEFORE.test(sentence.slice(clause.start, match.start))) continue;
    if (BILL_CONTENT_BEFORE.test(sentence.slice(Math.max(0, match.start - 60), match.start))) {
      continue;
    }
    const lead = clauseText(sentence, clause.start, match.start);
    if (match.verbal && ONLOOKER_SUBJECT.test(lead)) continue;
    if (match.verbal && HOPE_BEFORE.test(lead)) continue;
    if (
      !match.verbal &&
      ENCOUNTERS.has(match.kind) &&
      CALLED_OFF.test(sentence.slice(clause.start, clause.end))
    ) {
      continue;
    }
    const irrealis =
      leadTest(IRREALIS, lead) ||
      leadTest(IRREALIS_NOUN, lead) ||
      leadTest(DEMAND, lead) ||
      leadTest(PERMISSION, lead) ||
      isConditionalConsequence(sentence, lead);
    const near = sentence.slice(Math.max(0, match.start - 40), match.start);
    const determined = DETERMINED_BEFORE.test(near);
    // "his meeting with Xi" and "the US's imposition of tariffs" name an act; "met Xi" tells one.
    const named = /^[a-z]+ing\b|^meeting/.test(sentence.slice(match.start))
      ? determined
      : NOUN_OF_ACT.test(sentence.slice(match.start)) && POSSESSIVE_BEFORE.test(near);
    const deferred = deferredTo(match, dates, sentence, published);
    const picked = endedSpan(
      match,
      sentence,
      deferred ??
        pickDate(match, clause, matches, dates, sentence) ??
        pausedAhead(match, dates, sentence, published) ??
        justDone(match, sentence, published),
    );
    // "China said today it will impose sanctions": today is when the measure was announced,
    // done (a measure with a start of its own, "starting June 1", is told then starts; see
    // measureRoundDays); "said on Friday that Xi would visit" gives the visit no day of its own.
    const saying = deferred === null ? sayingDay(sentence, match.start, picked, dates) : null;
    const date = saying !== null && ENCOUNTERS.has(match.kind) ? saying.planDate : picked;
    const verbal = match.verbal && !irrealis && !named;
    if (date === null && verbal && inBackgroundPhrase(lead)) background.push(detections.length);
    const status =
      deferred !== null || (leadTest(COMMITMENT, lead) && !PAUSE_AGREED.test(lead))
        ? 'planned'
        : (saidStatus(saying, match.kind) ??
          statusOf(date, published, sentence, match, windowStart, clause.end));
    // "On Tuesday China said Washington must lift the tariffs": the day is the demand's; the
    // measure it names was not taken, nor done to, that day. Nor is one named with its article
    // as what is asked for: "urged the US on Monday to revoke the export controls".
    const demanded =
      irrealis &&
      KINDS[match.ruleIndex]?.measure === true &&
      (match.verbal || (determined && !JUST_MADE_BEFORE.test(near)));
    const dated =
      demanded || spokenOf(match, sentence, dates, date)
        ? null
        : (date ??
          (status === 'planned'
            ? comingDate(sentence.slice(windowStart, clause.end), published)
            : null));
    detections.push({
      kind: match.kind,
      sourceId,
      segment,
      triggerStart: match.start,
      triggerEnd: match.end,
      verbal,
      anaphoric:
        !verbal &&
        (irrealis || DETERMINED.test(sentence.slice(match.start, match.end)) || determined),
      hypothetical: match.verbal && irrealis,
      status,
      date: dated,
      actors: [],
      places: [],
      themes: [...(KINDS[match.ruleIndex]?.themes ?? [])],
      tags: [KINDS[match.ruleIndex]?.tag ?? match.kind],
      // A bare noun ("these restrictions") names a measure; only a verb says what was done to it.
      action: verbal
        ? actionOf(sentence.slice(match.start, match.end))
        : PAUSE_AGREED.test(lead)
          ? 'pause'
          : '',
      dateSource: dated === null ? null : 'text',
      notes: [],
    });
    const resumed = verbal ? pausedTo(match, dates, sentence, published) : null;
    const paused = detections.at(-1);
    if (resumed !== null && paused !== undefined) detections.push({ ...paused, ...resumed });
  }
  // Background only beside a dated act: "In August, Beijing had suspended talks after the
  // speaker visited Taiwan". Alone, "retaliated after Trump imposed a tariff" tells the news.
  if (background.length === 0 || !detections.some((d) => d.date !== null)) return detections;
  return detections.map((d, i) =>
    background.includes(i) ? { ...d, verbal: false, anaphoric: true, action: '' } : d,
  );
}

/**
 * "Negotiators wrapped up two days of talks on Tuesday": the talks ran Monday to Tuesday. The
 * day told is the last of the days counted.
 */
const ENDED_DAYS =
  /\b(?:wrapped\s+up|concluded|ended|finished|closed)\s+(two|three|four|five|\d)\s+days\s+of\b/i;

function endedSpan(match: Match, sentence: string, date: EventDate | null): EventDate | null {
  if (
    date?.start == null ||
    date.precision !== 'day' ||
    (date.end != null && date.end !== date.start)
  ) {
    return date;
  }
  const m = ENDED_DAYS.exec(sentence.slice(match.start, match.end));
  if (m === null) return date;
  const days = countOf(m[1]);
  if (!(days > 1 && days < 10)) return date;
  const first = shiftDays(date.start, 1 - days, date.approximate).start;
  return first === null ? date : { ...date, start: first, end: date.start };
}

function topicOfTalks(m: Match, sentence: string): boolean {
  return !m.verbal && TOPIC_OF_TALKS.test(sentence.slice(Math.max(0, m.start - 60), m.start));
}

/**
 * Whether a date is told inside the match's own clause; one that opens the sentence ("In May the
 * department filed charges, and three were arrested") governs all of it, so it is no clause's own.
 */
function datedInClause(sentence: string, m: Match, dates: DateMention[]): boolean {
  const clause = clauseBounds(sentence, m.start);
  return dates.some(
    (d) =>
      d.start >= clause.start &&
      d.end <= clause.end &&
      !/^\W*(?:(?:on|in|late|early)\s+)?$/i.test(sentence.slice(0, d.start)),
  );
}

/**
 * "The defence ministry on Friday dismissed a complaint that its destroyer had aimed a laser at a
 * patrol plane last month", "China said on Monday that the whole class will be controlled from
 * May 1": a saying with its day beside its verb, telling of an act another kind knows on a day of
 * its own. The word is that day's event beside the act, not a trigger the act's kind swallows.
 */
function saysOfAnotherDay(sentence: string, m: Match, o: Match, dates: DateMention[]): boolean {
  if (o.start < m.end) return false;
  if (KINDS[m.ruleIndex]?.id !== 'saying' && !WORD_VERB.test(sentence.slice(m.start, m.end))) {
    return false;
  }
  const own = dates.find((d) => d.end >= m.start - SAYING_DAY_REACH && d.start < o.start);
  const other = dates.find((d) => d.start >= o.start);
  return (
    own !== undefined &&
    other !== undefined &&
    (own.date.start !== other.date.start || own.date.precision !== other.date.precision)
  );
}
/** How far before its verb a saying's day may stand: "the ministry on Friday evening dismissed". */
const SAYING_DAY_REACH = 24;

/** Whether two matches lie in one clause of the sentence. */
function sameClause(sentence: string, a: Match, b: Match): boolean {
  const clause = clauseBounds(sentence, b.start);
  return a.start < clause.end && a.end > clause.start;
}

/** A trigger its kind marks as words only (a ministry's "condemned"), not an act. */
function wordsOnly(m: Match, sentence: string): boolean {
  return KINDS[m.ruleIndex]?.wordsOnly?.test(sentence.slice(m.start, m.end)) === true;
}

function clauseText(sentence: string, clauseStart: number, index: number): string {
  return sentence.slice(Math.max(0, clauseStart - 1, index - 90), index);
}

/**
 * "If the 10% tariff is in the first batch, the warmth will have lasted a weekend": a measure
 * named in a condition is one that may come, not one told. "If no agreement is reached by March"
 * names the deadline of one, and stays.
 */
const IF_OPENING =
  /^\W*(?:if|unless|whether)\s+(?:the|a|an|this|that|its)\s+(?:[\w’'%$.-]+\s+){0,3}$/i;

/**
 * "The White House did not say when the two might meet in person": an act whose time nobody
 * would give is not told as planned, only wondered about.
 */
const UNSAID_BEFORE =
  /\b(?:did|does|do|would|could|will)\s+not\s+(?:say|confirm|disclose)\s+(?:when|whether|if)\b[^.;]*$/i;

/** Cheap screen: false means no rule can fire on this sentence. */
export function mayTellEvent(sentence: string): boolean {
  return cuedRules(sentence).length > 0;
}

let cueMemo: { sentence: string; rules: number[] } = { sentence: '', rules: [] };
/** Never asked: stands in the screen's list for a cue with no words or no rest. */
const NEVER = /(?!)/;
/**
 * Each cue as the words of its literal branches, tested in the screen's scan, and the rest, run
 * only when the screen lets it: "halt|suspend|cut\s+off" is the words "halt" and "suspend" and
 * the regex "cut\s+off". Most cues are words only, and need no regex at all.
 */
const CUE_PARTS = KINDS.map((k) => literalAlternatives(k.cue));
/** The cue's words as one alternation, for the screen: it may match when one word is found. */
const CUE_WORDS = CUE_PARTS.map((c) => wordsPattern(c.words));
const CUE_RESTS = CUE_PARTS.map((c) => c.rest ?? NEVER);
/** Every kind's verbal then nominal patterns, in rule order. */
const PATTERNS = KINDS.flatMap((k) => [...k.verbal, ...k.nominal]);
/** Where each rule's patterns start in PATTERNS. */
const FIRST_PATTERN = KINDS.map((_, i) =>
  KINDS.slice(0, i).reduce((n, k) => n + k.verbal.length + k.nominal.length, 0),
);
const FIRST_REST = CUE_WORDS.length;
const FIRST_RULE_PATTERN = FIRST_REST + CUE_RESTS.length;
const FIRST_LEAD = FIRST_RULE_PATTERN + PATTERNS.length;
/**
 * Then the tests of the words before a trigger, which are words of the sentence: a sentence
 * without "vowed", "pledged" or another such verb tells no promise before any of its triggers.
 */
const LEAD_TESTS = [
  IRREALIS_BEFORE,
  IRREALIS_NOUN_BEFORE,
  DEMAND_BEFORE,
  COMMITMENT_BEFORE,
  PERMISSION_BEFORE,
];
const [IRREALIS, IRREALIS_NOUN, DEMAND, COMMITMENT, PERMISSION] = [0, 1, 2, 3, 4] as const;
/** Then the actions' patterns, tested on a trigger, which is a part of the sentence too. */
const FIRST_ACTION = FIRST_LEAD + LEAD_TESTS.length;
/**
 * The cues' words, the cues' rests, the patterns, the lead tests and the actions, screened in
 * one pass over the sentence (patternMarks): a cue or a pattern whose words the sentence
 * lacks cannot match it, and is not run. For a cue's words the screen's answer is the match.
 */
const markCandidates = patternMarks(
  [...CUE_WORDS, ...CUE_RESTS, ...PATTERNS, ...LEAD_TESTS, ...ACTIONS.map(([pattern]) => pattern)],
  { shared: true },
);
/** mayMark[p] === marks: the screened sentence may match pattern p. */
const mayMark = new Float64Array(FIRST_ACTION + ACTIONS.length);
let marks = 0;
let screened: string | null = null;

/** Screens the sentence, unless it is the one screened last (the detector's call after the cues'). */
function screenOf(sentence: string): void {
  if (screened === sentence) return;
  screened = sentence;
  markCandidates(sentence, mayMark, ++marks);
}

/**
 * LEAD_TESTS[test] on `lead`, a part of the sentence screened last (findMatches screened the
 * sentence, or the same with its first letter lower-cased, which holds the same words).
 */
function leadTest(test: number, lead: string): boolean {
  return may(FIRST_LEAD + test) && LEAD_TESTS[test]?.test(lead) === true;
}

/** Whether the sentence screened last may match pattern p. */
function may(p: number): boolean {
  return mayMark[p] === marks;
}

/**
 * The indices of the rules whose cue words the sentence has. The pipeline screens a sentence
 * with mayTellEvent and then detects in it, so the answer is kept for the next call.
 */
function cuedRules(sentence: string): number[] {
  if (cueMemo.sentence === sentence) return cueMemo.rules;
  const rules: number[] = [];
  screenOf(sentence);
  for (let i = 0; i < CUE_PARTS.length; i++) {
    if (
      (CUE_WORDS[i] !== NEVER && may(i)) ||
      (CUE_RESTS[i] !== NEVER && may(FIRST_REST + i) && CUE_RESTS[i]?.test(sentence) === true)
    )
      rules.push(i);
  }
  cueMemo = { sentence, rules };
  return rules;
}

function wordsPattern(words: string[]): RegExp {
  return words.length === 0
    ? NEVER
    : new RegExp(words.map((w) => w.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&')).join('|'), 'i');
}

/**
 * `sentence` is `original` with its first character lower-cased. The cues ignore case, so they
 * give the same answer for both when that character is ASCII, and the screen's answer for the
 * original is reused; the screen folds ASCII case, so its answer holds for both too.
 */
function findMatches(sentence: string, original: string, dated: boolean): Match[] {
  const all: Match[] = [];
  const text = original.charCodeAt(0) < 128 ? original : sentence;
  const cued = cuedRules(text);
  if (cued.length > 0) screenOf(text);
  for (const ruleIndex of cued) {
    const kind = KINDS[ruleIndex];
    if (kind === undefined) continue;
    // The catch-all yields to any act another kind tells in the sentence, unless it has a clause
    // and a day of its own (detectEvents): in a sentence with fewer than two dates, its patterns,
    // the costliest of all, are not run once another kind's act has been found.
    if (
      !dated &&
      kind.fallback &&
      all.some(
        (m) => m.verbal && KINDS[m.ruleIndex]?.fallback !== true && !demandedMeasure(m, sentence),
      )
    ) {
      continue;
    }
    const first = FIRST_RULE_PATTERN + (FIRST_PATTERN[ruleIndex] ?? 0);
    collectMatches(all, kind.verbal, kind.id, ruleIndex, true, sentence, first);
    collectMatches(
      all,
      kind.nominal,
      kind.id,
      ruleIndex,
      false,
      sentence,
      first + kind.verbal.length,
    );
  }
  for (const m of execAll(PRONOUN_ACTION, sentence)) {
    const antecedent = all
      .filter(
        (a) =>
          a.end <= m.index &&
          a.kind !== 'agreement' &&
          !SUBORDINATE_BEFORE.test(sentence.slice(Math.max(0, a.start - 40), a.start)),
      )
      .sort((a, b) => b.end - a.end)[0];
    if (antecedent === undefined) continue;
    const verbStart = m.index + m[0].indexOf(m[1] ?? '');
    all.push({
      kind: antecedent.kind,
      ruleIndex: antecedent.ruleIndex,
      start: verbStart,
      end: m.index + m[0].length,
      verbal: true,
    });
  }
  // Verbal readings win over bare nouns, then the rule order decides; overlaps are dropped. A
  // measure asked of the other side yields to the asking that holds it: "urged Washington on
  // Tuesday to lift the tariffs" is a demand, and the lifting is not done.
  const overlapping = all.some((m, i) =>
    all.some((o, j) => j > i && m.start < o.end && m.end > o.start),
  );
  const asked = new Set(overlapping ? all.filter((m) => demandedMeasure(m, sentence)) : []);
  all.sort(
    (a, b) =>
      Number(b.verbal) - Number(a.verbal) ||
      Number(asked.has(a)) - Number(asked.has(b)) ||
      a.ruleIndex - b.ruleIndex ||
      a.start - b.start,
  );
  const kept: Match[] = [];
  for (const m of all) {
    if (kept.some((k) => m.start < k.end && m.end > k.start)) continue;
    kept.push(m);
  }
  return kept.sort((a, b) => a.start - b.start);
}

function collectMatches(
  out: Match[],
  patterns: readonly RegExp[],
  kind: EventKind,
  ruleIndex: number,
  verbal: boolean,
  sentence: string,
  first: number,
): void {
  for (let p = 0; p < patterns.length; p++) {
    const pattern = patterns[p];
    // A pattern the sentence lacks the words for has no match in it.
    if (pattern === undefined || !may(first + p)) continue;
    pattern.lastIndex = 0;
    for (let m = pattern.exec(sentence); m !== null; m = pattern.exec(sentence)) {
      if (m[0].length === 0) {
        pattern.lastIndex++;
        continue;
      }
      out.push({ kind, ruleIndex, start: m.index, end: m.index + m[0].trimEnd().length, verbal });
    }
  }
}

/**
 * "approved not going ahead with the increase scheduled for October 15", told before that day:
 * the step was called off before it was due, and a writer tells such news as it breaks, so the
 * pause falls in the month of writing (approximate: the text names no day for it).
 */
function pausedAhead(
  match: Match,
  dates: DateMention[],
  sentence: string,
  published: string | null,
): EventDate | null {
  if (published === null || !isPausing(match, sentence)) return null;
  const ahead = dates.some(
    (d) =>
      d.date.start !== null &&
      d.date.start > published.slice(0, d.date.start.length) &&
      SCHEDULED_BEFORE.test(sentence.slice(Math.max(0, d.start - 40), d.start)),
  );
  return ahead ? { start: published.slice(0, 7), precision: 'month', approximate: true } : null;
}

function isPausing(match: Match, sentence: string): boolean {
  return match.verbal && actionOf(sentence.slice(match.start, match.end)) === 'pause';
}

/**
 * "…, a day after Beijing loosened its own limits": the phrase ends in the word that opens the
 * clause ("after"), so it is that clause's date though the clause's bounds start at its subject.
 */
const HEADS_CLAUSE = /\b(?:after|before)$/i;
function headsClause(d: DateMention, clause: { start: number }, sentence: string): boolean {
  return (
    d.end <= clause.start &&
    HEADS_CLAUSE.test(d.text) &&
    /^\s*$/.test(sentence.slice(d.end, clause.start))
  );
}

/**
 * The date of the event: the nearest date expression in its clause, else a date that opens
 * the sentence, else the only date of a sentence that tells only this event. Dates in
 * counterfactual clauses, and dates cut off by "after"/"before", never count.
 */
function pickDate(
  match: Match,
  clause: { start: number; end: number },
  matches: Match[],
  dates: DateMention[],
  sentence: string,
): EventDate | null {
  const pausing = isPausing(match, sentence);
  // "threatened an extra 100% tariff from November 1": the day the measure would start from is
  // not the day of the threat.
  const threat = match.verbal && actionOf(sentence.slice(match.start, match.end)) === 'threaten';
  const usable = preferTelling(dates, sentence).filter(
    (d) =>
      !d.counterfactual &&
      !(threat && STARTS_FROM_BEFORE.test(sentence.slice(Math.max(0, d.start - 24), d.start))) &&
      !(pausing && SCHEDULED_BEFORE.test(sentence.slice(Math.max(0, d.start - 40), d.start))) &&
      !deliveryWindow(sentence, d) &&
      !namesADocument(d, sentence) &&
      // "Trump said he had spoken with Xi on Friday, three days before he returns": the phrase
      // dates the clause after it, never an act told before it.
      !(d.start >= match.end && HEADS_CLAUSE.test(d.text)) &&
      !TEMPORAL_BARRIER.test(
        between(sentence, d, match)
          .replace(ASIDE_BARRIER, ' ')
          .replace(AFTER_WHICH, ' ')
          .replace(COUNT_READ_OUT, ' '),
      ) &&
      !inSinceClause(sentence, d, match) &&
      !inRelativeAside(sentence, d, match) &&
      !(!match.verbal && inAppositiveAct(sentence, d, match)) &&
      !(match.verbal && inReducedRelative(sentence, d, match)) &&
      !(
        (SINCE_BEFORE.test(sentence.slice(Math.max(0, d.start - 12), d.start)) ||
          /^since\b/i.test(d.text)) &&
        !ONGOING_CUE.test(sentence.slice(clause.start, clause.end)) &&
        !inForceSince(match, d, sentence)
      ),
  );
  const own = ownParticipleDate(match, dates, sentence);
  if (own !== null) return own;
  const made = madeWhenDate(match, dates, sentence);
  if (made !== null) return made;
  const hung = hungWhenDate(match, dates, sentence);
  if (hung !== undefined) return hung.date;
  // "deferred until May 3, after which the charges are to be dropped": the limit the act hangs on.
  const hinge = dates.find(
    (d) =>
      !d.counterfactual &&
      d.end <= match.start &&
      AFTER_WHICH_CLAUSE.test(sentence.slice(d.end, match.start)),
  );
  if (hinge !== undefined) return hinge.date;
  const relative = dates.find((d) => !d.counterfactual && takesPlaceThen(sentence, d, match));
  if (relative !== undefined) return relative.date;
  if (usable.length === 0) return null;
  const closing = reportedOn(usable, sentence);
  if (closing !== undefined && match.kind === 'statement') return closing.date;
  // "China has suspended its talks …, blaming continued weapons sales to Taiwan, its ministry
  // said on Wednesday": the day the closing attribution gives is the act's, the verb's that the
  // report is of, not a measure named on the way.
  const clauseDates = usable.filter(
    (d) => (d.start >= clause.start && d.start < clause.end) || headsClause(d, clause, sentence),
  );
  const toldBy = closing !== undefined && clauseDates.every((d) => d === closing);
  if (toldBy && match.verbal && !matches.some((m) => m.verbal && m.start < match.start)) {
    return closing.date;
  }
  const inClause = toldBy && !match.verbal && matches.some((m) => m.verbal) ? [] : clauseDates;
  const opening = usable.find(
    (d) =>
      (d.start <= 14 && OPENING_DATE_AFTER.test(sentence.slice(d.end))) ||
      (d.start === 0 && OPENING_PHRASE.test(d.text)),
  );
  let best: DateMention | null = null;
  let bestDistance = Infinity;
  // "lodged a WTO case against the October controls earlier this week, on Monday": a month that
  // names a measure ("the October controls") is not when the act was done.
  const plain = inClause.filter((d) => !namesAMeasure(d, sentence));
  for (const d of plain.length > 0 ? plain : inClause) {
    if (!headsClause(d, clause, sentence) && claimedByOther(d, match, matches, sentence, dates)) {
      continue;
    }
    if (distance(match, d) < bestDistance) {
      best = d;
      bestDistance = distance(match, d);
    }
  }
  if (best) return sharpest(ownPhraseDate(best, match, inClause, sentence) ?? best, inClause).date;
  if (opening) return opening.date;
  // A hike called off is called off by saying so: its day is the saying's.
  const said =
    pausing || match.kind === 'tariff-reprieve' ? saidOn(usable, match, sentence) : undefined;
  if (said) return said.date;
  const when = match.verbal ? whenClauseDate(usable, clause.start, sentence) : undefined;
  if (when) return when.date;
  const only = usable[0];
  return usable.length === 1 && matches.length === 1 && only ? only.date : null;
}

/**
 * "China has suspended imports of US poultry since January 2015": a measure told in the perfect,
 * with "since" after it, has stood since that day; the day it began is the act's.
 */
const PERFECT_BEFORE = /\b(?:has|have|had)\s+(?:been\s+)?$/i;
function inForceSince(match: Match, d: DateMention, sentence: string): boolean {
  return (
    KINDS[match.ruleIndex]?.measure === true &&
    match.verbal &&
    d.start > match.end &&
    PERFECT_BEFORE.test(sentence.slice(Math.max(0, match.start - 24), match.start)) &&
    !/[,;]/.test(sentence.slice(match.end, d.start))
  );
}

/**
 * "USTR put numbers behind the March 22 Section 301 report": a day that names a document is the
 * document's, never the day of the act done with it; the act keeps the day its heading or
 * paragraph gives.
 */
const DOCUMENT_AFTER =
  /^\s+(?:(?:[A-Z][\w-]*|\d+)\s+){0,3}(?:report|list|rules?|order|proclamation|memo(?:randum)?|statement|proposal|notice|filing|letter)\b/;
function namesADocument(d: DateMention, sentence: string): boolean {
  return (
    /^[A-Z][a-z]+\.?\s+\d{1,2}$/.test(d.text) &&
    THE_BEFORE.test(sentence.slice(Math.max(0, d.start - 5), d.start)) &&
    DOCUMENT_AFTER.test(sentence.slice(d.end))
  );
}

const THE_BEFORE = /\bthe\s+$/i;
const NOUN_AFTER = /^\s+(?!of\b|to\b|and\b)[a-z]{3,}/;
function namesAMeasure(d: DateMention, sentence: string): boolean {
  return (
    /^[A-Z][a-z]+$/.test(d.text) &&
    THE_BEFORE.test(sentence.slice(Math.max(0, d.start - 5), d.start)) &&
    NOUN_AFTER.test(sentence.slice(d.end))
  );
}

/**
 * "In two posts on Sunday evening, Trump said … and that he would be delaying the increase":
 * the day of the verb of saying whose "would" clause holds the trigger.
 */
const SAID_THEN_WOULD =
  /^[^.;]{0,40}?\b(?:said|says|announced|wrote|tweeted|posted)\b[^.;]*\b(?:would|will)\b[^.;]*$/;
function saidOn(dates: DateMention[], match: Match, sentence: string): DateMention | undefined {
  return dates.findLast(
    (d) => d.end <= match.start && SAID_THEN_WOULD.test(sentence.slice(d.end, match.start)),
  );
}

/**
 * "China lodges solemn representations over the tariffs, the ministry said on Tuesday": the day
 * of the closing attribution is the day of the words it reports, whatever else the sentence
 * names between them.
 */
const REPORT_BEFORE =
  /,\s+(?:[\w'’.-]+\s+){0,8}?(?:said|says|told\s+reporters|announced)\s+(?:on\s+)?$/;
function reportedOn(dates: DateMention[], sentence: string): DateMention | undefined {
  return dates.find(
    (d) =>
      /^\s*[.!"”]?\s*$/.test(sentence.slice(d.end)) &&
      REPORT_BEFORE.test(sentence.slice(Math.max(0, d.start - 80), d.start)),
  );
}

/**
 * "The envoys met for two days, their first session since the two presidents held a summit in
 * Lima last November": a date after the act, inside a "since" clause with a verb of its own,
 * dates that clause's event; "since March 4" right before the date is SINCE_BEFORE's case.
 */
function inSinceClause(
  sentence: string,
  d: DateMention,
  m: { start: number; end: number },
): boolean {
  return d.start >= m.end && SINCE_CLAUSE.test(sentence.slice(m.end, d.start));
}

/**
 * The date a "when" clause holding the act hangs on: "their first talks since May 2023, when
 * the envoy flew to Beijing and met the premier" tells the earlier occasion on that date, though
 * to the main clause the "since" date is only background and the sentence may open with a day
 * of its own ("Saturday's talks were ...").
 */
function hungWhenDate(
  match: Match,
  dates: DateMention[],
  sentence: string,
): DateMention | undefined {
  return dates.find(
    (d) =>
      !d.counterfactual &&
      d.date.start !== null &&
      d.end <= match.start &&
      WHEN_HUNG.test(sentence.slice(d.end, match.start)),
  );
}

/**
 * "booked three cargoes for March-April shipment", "ordered jets for delivery in 2027": the
 * months goods are to move in are the order's terms, not the day it was placed.
 */
const FOR_BEFORE =
  /\bfor\s+(?:(?:shipment|delivery|loading)\s+(?:in|by)\s+|[A-Z][a-z]+\.?\s*[-–/]\s*)?$/;
const DELIVERY_AFTER = /^\s*(?:shipments?|delivery|deliveries|loading|shipping)\b/i;
function deliveryWindow(sentence: string, d: DateMention): boolean {
  const before = sentence.slice(Math.max(0, d.start - 24), d.start);
  if (!FOR_BEFORE.test(before)) return false;
  return (
    DELIVERY_AFTER.test(sentence.slice(d.end, d.end + 16)) ||
    /\b(?:shipment|delivery|loading)\s+(?:in|by)\s+$/i.test(before)
  );
}

/**
 * "The envoy left Tokyo within hours and landed in Manila on May 5": the date before the "and"
 * dates the verb before it; the landing is dated by the day its own phrase gives right after it,
 * a title and a name long ("and to hold talks with Foreign Minister Anwar Hidayat on Tuesday").
 */
const COORDINATED = /\band\b/i;
const OWN_PHRASE_REACH = 40;
function ownPhraseDate(
  nearest: DateMention,
  match: Match,
  inClause: DateMention[],
  sentence: string,
): DateMention | undefined {
  if (nearest.end > match.start || !COORDINATED.test(between(sentence, nearest, match))) {
    return undefined;
  }
  return inClause.find(
    (d) =>
      d.role === undefined &&
      d.start >= match.end &&
      d.start - match.end <= OWN_PHRASE_REACH &&
      !/[,;]/.test(between(sentence, d, match)),
  );
}

/**
 * "Beijing cut the channels in August 2022, when it answered the visit by suspending defence
 * talks": a "when" clause hung on a date tells what was done at that date.
 */
const WHEN_AFTER_DATE = /^\s*,\s+when$/i;
function whenClauseDate(
  usable: DateMention[],
  clauseStart: number,
  sentence: string,
): DateMention | undefined {
  return usable.find(
    (d) => d.end <= clauseStart && WHEN_AFTER_DATE.test(sentence.slice(d.end, clauseStart)),
  );
}

/**
 * "a summit later this year, possibly … at the end of October": two dates of one clause that
 * agree tell one time, and the sharper one says it better.
 */
function sharpest(best: DateMention, inClause: DateMention[]): DateMention {
  let sharp = best;
  for (const d of inClause) {
    if (
      d.role !== undefined ||
      PRECISION_RANK[d.date.precision] <= PRECISION_RANK[sharp.date.precision]
    )
      continue;
    if (datesCompatible(d.date, best.date)) sharp = d;
  }
  return sharp;
}

/**
 * "Washington put off raising the duties until June 1": an act put off until a day still ahead
 * is planned for that day, not done now, and not the day the registry knows it finally came.
 */
const PUT_OFF_BEFORE =
  /\b(?:put(?:s|ting)?\s+off|postpone[ds]?|postponing|delay(?:s|ed|ing)?|defer(?:s|red|ring)?|h(?:o|e)ld(?:s|ing)?\s+off(?:\s+on)?)\s+$/i;
const UNTIL_BEFORE = /\b(?:until|till|to)\s+$/i;
function deferredTo(
  match: Match,
  dates: DateMention[],
  sentence: string,
  published: string | null,
): EventDate | null {
  if (!PUT_OFF_BEFORE.test(sentence.slice(Math.max(0, match.start - 24), match.start))) return null;
  const until = dates.find(
    (d) =>
      d.start >= match.end &&
      !d.counterfactual &&
      UNTIL_BEFORE.test(sentence.slice(Math.max(0, d.start - 8), d.start)),
  );
  const start = until?.date.start;
  if (until === undefined || start == null) return null;
  return published === null || start > published.slice(0, start.length) ? until.date : null;
}

/**
 * "The ministry delayed the ban on the app by a week, to March 9": a measure put off to a day
 * still ahead is a step of its own, planned for that day, beside the delay done now. Its action
 * is the measure's own ("ban"), read from the trigger without the verb that delays it. A called-
 * off tariff increase (its own kind) is left to that kind.
 */
const PAUSE_VERB =
  /^(?:put(?:s|ting)?\s+off|postpone[ds]?|postponing|delay(?:s|ed|ing)?|defer(?:s|red|ring)?)\s+/i;
function pausedTo(
  match: Match,
  dates: DateMention[],
  sentence: string,
  published: string | null,
): Pick<Detection, 'status' | 'date' | 'action' | 'dateSource'> | null {
  const trigger = sentence.slice(match.start, match.end);
  if (published === null || match.kind === 'tariff-reprieve' || !PAUSE_VERB.test(trigger)) {
    return null;
  }
  const clause = clauseBounds(sentence, match.start);
  const to = dates.find(
    (d) =>
      d.start >= match.end &&
      d.start < clause.end + 40 &&
      !d.counterfactual &&
      d.date.start !== null &&
      d.date.start > published.slice(0, d.date.start.length) &&
      UNTIL_BEFORE.test(sentence.slice(Math.max(0, d.start - 8), d.start)),
  );
  if (to === undefined) return null;
  return {
    status: 'planned',
    date: to.date,
    action: actionOf(trigger.replace(PAUSE_VERB, '')),
    dateSource: 'text',
  };
}

/**
 * A limit ("until November 10") never dates an event; a background date ("the first meeting
 * since 2019 … on Thursday") only when the sentence tells no other date.
 */
function preferTelling(dates: DateMention[], sentence: string): DateMention[] {
  const telling = dates.filter((d) => d.role === undefined || doneBy(d, sentence));
  return telling.length > 0 ? telling : dates.filter((d) => d.role === 'background');
}

/**
 * "By July 2020 Washington had ordered the consulate closed": a limit on an act told in the
 * past perfect says when it had been done, at that limit's precision. "must sell by Jan. 14"
 * stays a limit.
 */
const BY_BEFORE = /\bby\s+(?:the\s+(?:end|middle)\s+of\s+)?$/i;
const PAST_PERFECT = /\bhad\s+(?:already\s+|been\s+)?[a-z]+(?:ed|en|wn|ut|ot)\b/i;
function doneBy(d: DateMention, sentence: string): boolean {
  if (d.role !== 'bound') return false;
  const before = sentence.slice(Math.max(0, d.start - 40), d.start);
  return (
    (BY_BEFORE.test(before) && PAST_PERFECT.test(sentence.slice(d.end))) || TOOK_UNTIL.test(before)
  );
}

/**
 * "It took until March 2021 for the two ministers to sign the deal", "it was not until May that
 * they met": the limit a wait ran to is the day the act came, not a limit still ahead.
 */
const TOOK_UNTIL =
  /\b(?:(?:took|had\s+taken)\s+(?:[\w-]+\s+){0,3}?until|not\s+until)\s+(?:the\s+(?:end|middle|start)\s+of\s+)?$/i;

/**
 * True when another trigger of the sentence, nearer to the date and in the date's clause, has a
 * better claim to it. A module function, not a closure: pickDate runs for every trigger. A
 * trigger with a date of its own right after it ("is due to expire on March 3") claims no other.
 */
function claimedByOther(
  d: DateMention,
  match: Match,
  matches: Match[],
  sentence: string,
  dates: DateMention[],
): boolean {
  return matches.some(
    (other) =>
      other !== match &&
      !outcomeOf(match, other, sentence) &&
      ownsOnly(other, d, dates, sentence) &&
      !(
        match.verbal &&
        !other.verbal &&
        (other.kind === match.kind || pointsBack(other, sentence))
      ) &&
      distance(other, d) < distance(match, d) &&
      !closesConjunct(sentence, d, other) &&
      !commaParted(sentence, d, match, other) &&
      !TEMPORAL_BARRIER.test(between(sentence, d, other)) &&
      !inRelativeAside(sentence, d, other) &&
      clauseBounds(sentence, other.start).start === clauseBounds(sentence, d.start).start,
  );
}

/**
 * "The envoys met again in Oslo and came out with what they call a framework": a deal named as
 * what an encounter produced was made when the encounter was held, so it shares its day.
 */
const OUTCOME_BETWEEN =
  /\b(?:came\s+out\s+with|come\s+out\s+with|produced|yielded|ended\s+with|emerged\s+with|resulted\s+in)\b/i;
function outcomeOf(match: Match, other: Match, sentence: string): boolean {
  return (
    !match.verbal &&
    match.kind === 'agreement' &&
    ENCOUNTERS.has(other.kind) &&
    other.end <= match.start &&
    OUTCOME_BETWEEN.test(sentence.slice(other.end, match.start))
  );
}

/**
 * "Beijing required licences for gallium exports in July 2023 and restricted antimony in
 * August": a date just before "and" and the next act closes the act before it.
 */
const AND_NEXT = /^\s*,?\s*and\s+(?:then\s+|later\s+|also\s+)?$/;

function closesConjunct(sentence: string, d: DateMention, next: Match): boolean {
  return next.verbal && d.end <= next.start && AND_NEXT.test(sentence.slice(d.end, next.start));
}

/**
 * "The levy is due to rise to 40% on July 1, under the order the president signed": a date
 * that ends the phrase of the act before it, with a comma after it and none before, is that
 * act's, though the next act's trigger stands nearer.
 */
function commaParted(
  sentence: string,
  d: DateMention,
  match: { start: number; end: number },
  other: { start: number; end: number },
): boolean {
  return (
    match.end <= d.start &&
    other.start >= d.end &&
    !/[,;]/.test(sentence.slice(match.end, d.start)) &&
    /^\s*,/.test(sentence.slice(d.end, other.start))
  );
}

/**
 * "recalled its envoy late Tuesday to protest the Speaker's trip": a named event told
 * elsewhere ("the Speaker's trip", "the talks") does not take the date of the act beside it.
 */
function pointsBack(m: Match, sentence: string): boolean {
  const own = sentence.slice(m.start, m.end);
  return (
    DETERMINED.test(own) ||
    /^[A-Z][\w-]*['’]s\s/.test(own) ||
    DETERMINED_BEFORE.test(sentence.slice(Math.max(0, m.start - 40), m.start))
  );
}

/**
 * "The truce, which cut duties in May, is due to expire on November 10": a date inside a
 * relative clause set off by commas before the act tells what the clause says, not the act.
 */
const RELATIVE_ASIDE = /,\s+(?:which|who)\s+[^,;]*,\s*$/;
function inRelativeAside(
  sentence: string,
  d: DateMention,
  m: { start: number; end: number },
): boolean {
  if (d.end > m.start) return false;
  const aside = RELATIVE_ASIDE.exec(sentence.slice(0, m.start));
  return aside !== null && d.start > aside.index;
}

/**
 * "the envoys agreed to prepare a video call between the two leaders, which aides expect to take
 * place in the autumn": the relative clause right after the event's noun says when
 * that event falls, whatever else the sentence tells.
 */
const TAKES_PLACE_THEN =
  /^[^,;]{0,60},\s+which\s+[^,;]*?\b(?:take\s+place|takes\s+place|took\s+place|be\s+held|is\s+held|was\s+held|happen|happens|happened|occur|occurs|occurred)\s+(?:(?:in|on|at|by)\s+)?$/i;
function takesPlaceThen(sentence: string, d: DateMention, m: Match): boolean {
  return !m.verbal && d.start >= m.end && TAKES_PLACE_THEN.test(sentence.slice(m.end, d.start));
}

/**
 * "Beijing will suspend for a year the duty it imposed on US pork in April", "would soon cut the
 * duties he'd slapped on steel in March": a date after the object's own clause ("it imposed …",
 * no "that") dates the making of the object, not the act done to it now.
 */
const REDUCED_RELATIVE =
  /^\s*(?:that\s+|which\s+)?(?:it|they|he|she|Beijing|Washington|[A-Z][\w.-]+)(?:['’]d|\s+had)?\s+(?:imposed|announced|introduced|unveiled|levied|adopted|issued|signed|slapped)\b[^,;]*$/;
function inReducedRelative(
  sentence: string,
  d: DateMention,
  m: { start: number; end: number },
): boolean {
  return d.start >= m.end && REDUCED_RELATIVE.test(sentence.slice(m.end, d.start));
}

/**
 * "Those curbs followed the farm bill, the relief law Senator Reed drafted in May": a date
 * after an appositive's own subject and verb dates what that phrase tells, not the measure the
 * sentence names before it.
 */
const APPOSITIVE_ACT =
  /,\s+(?:the|a|an|its|their)\s+(?:[\w$.-]+\s+){0,4}?[a-z]+\s+(?:(?:[A-Z][\w.-]*\s+){1,3}|(?:he|she|they|it)\s+)(?:had\s+)?[a-z]+(?:ed|ck|ng|un|ew|ade|ote|ent)\s+(?:on\s+|in\s+)?$/;
function inAppositiveAct(
  sentence: string,
  d: DateMention,
  m: { start: number; end: number },
): boolean {
  return d.start >= m.end && APPOSITIVE_ACT.test(sentence.slice(m.end, d.start));
}

function distance(m: { start: number; end: number }, d: DateMention): number {
  return d.start >= m.end ? d.start - m.end : Math.max(0, m.start - d.end) + 1;
}

function between(sentence: string, d: DateMention, m: { start: number; end: number }): string {
  return d.end <= m.start ? sentence.slice(d.end, m.start) : sentence.slice(m.end, d.start);
}

const DAY_OWNS_BEFORE =
  /\b(?:today|this\s+(?:morning|afternoon)|yesterday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)['’]s\s+(?:[\w-]+\s+)?$/i;

function statusOf(
  date: EventDate | null,
  published: string | null,
  sentence: string,
  match: Match,
  windowStart: number,
  clauseEnd: number,
): EventStatus {
  const clause = sentence.slice(windowStart, clauseEnd);
  if (date?.start != null && published !== null) {
    const refAtPrecision = published.slice(0, date.start.length);
    if (date.start > refAtPrecision) return 'planned';
    if ((date.end ?? date.start) < refAtPrecision) {
      return ONGOING_CUE.test(clause) ? 'ongoing' : 'occurred';
    }
  }
  // "The minister is expected in Seoul in the coming weeks": an arrival awaited lies ahead.
  if (AWAITED.test(sentence.slice(match.start, match.end))) return 'planned';
  // "DEFENCE MINISTER TO SPEAK THIS MORNING": a headline's infinitive of the day is its plan.
  if (date?.start === published && /^to\s/i.test(sentence.slice(match.start, match.end))) {
    return 'planned';
  }
  // "Officials have floated a summit later this year", "a summit at the end of the month is in
  // doubt": the date itself lies ahead, whatever the tense of the verb that reports it.
  if (date !== null && AHEAD.test(clause)) return 'planned';
  // "We will give a readout of this afternoon's meeting": the day owns the noun, and the modal
  // is the readout's; a meeting of the day the text is written has taken place.
  if (!match.verbal && date !== null && DAY_OWNS_BEFORE.test(sentence.slice(0, match.start))) {
    return 'occurred';
  }
  const tense = tenseWithin(sentence, match.start, windowStart, match.end);
  if (tense === 'future') return 'planned';
  if (tense === 'none' && date?.start === published && LATER_TODAY.test(clause)) return 'planned';
  if (ONGOING_CUE.test(clause)) return 'ongoing';
  return 'occurred';
}

/**
 * "That deadline falls at four o'clock this afternoon": a later hour of the day of writing, told
 * with no past verb, is still ahead (a morning bulletin, a live page).
 */
const LATER_TODAY = /\b(?:this\s+(?:afternoon|evening)|tonight|later\s+today)\b/i;

const AWAITED = /^(?:is|are)\s+(?:now\s+|also\s+)?(?:expected|due|scheduled|set)\b/i;

const AHEAD =
  /\b(?:later\s+(?:this|in\s+the)\s+(?:year|month|week)|next\s+(?:week|month|year)|in\s+the\s+coming\s+(?:days|weeks|months)|(?:at|by|before|toward|towards)\s+the\s+end\s+of\s+(?:the|this)\s+(?:year|month|week))\b/i;

/**
 * "The two presidents will speak by phone in the coming weeks": a plan set a span ahead of the
 * day of writing, with no date of its own, falls in the month a fortnight on ("weeks"), or in the
 * year two months on ("months"), approximately. The span is counted from the publication date,
 * the only day the words are told from.
 */
const COMING =
  /\b(?:in|within|over)\s+the\s+(?:coming|next(?:\s+few)?|next\s+couple\s+of)\s+(days|weeks|months)\b/i;
const COMING_SHIFT_DAYS: Readonly<Record<string, number>> = { days: 3, weeks: 14, months: 60 };
function comingDate(clause: string, published: string | null): EventDate | null {
  const span = COMING.exec(clause)?.[1]?.toLowerCase();
  if (span === undefined || published === null || !/^\d{4}-\d\d-\d\d$/.test(published)) {
    return null;
  }
  const day = new Date(`${published}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + (COMING_SHIFT_DAYS[span] ?? 0));
  const iso = day.toISOString();
  return span === 'months'
    ? { start: iso.slice(0, 4), precision: 'year', approximate: true }
    : { start: iso.slice(0, 7), precision: 'month', approximate: true };
}

/** `trigger` is a part of the sentence screened last, as for leadTest. */
function actionOf(trigger: string): string {
  for (let i = 0; i < ACTIONS.length; i++) {
    const [pattern, action] = ACTIONS[i] ?? [NEVER, ''];
    if (may(FIRST_ACTION + i) && pattern.test(trigger)) return action;
  }
  return '';
}

/**
 * "The ministry has just announced new export rules": an act told as just done, with no date of
 * its own, was done the day the text was written (a live page, a breaking story).
 */
const JUST_BEFORE = /\b(?:has|have)\s+just\s+$/i;
function justDone(match: Match, sentence: string, published: string | null): EventDate | null {
  if (!match.verbal || published === null || published.length < 10) return null;
  if (!JUST_BEFORE.test(sentence.slice(Math.max(0, match.start - 16), match.start))) return null;
  return { start: published.slice(0, 10), precision: 'day', approximate: false };
}

/**
 * "will suspend for a year its rule announced on September 29": the date right after a trigger
 * that ends in the participle naming when the thing was made is that thing's date, though to the
 * sentence's news (the suspension) it is background. So is the date right after a lapse: "the
 * pause, which cut duties from a peak of 60% in May, is due to expire on March 3".
 */
const PARTICIPLE_END =
  /(?:announced|issued|published|unveiled|adopted|imposed|levied|introduced|expire|expires|lapse|lapses|run\s+out|runs\s+out)$/;
const ON_OR_IN = /^\s+(?:(?:on|in)\s+)?$/;
/**
 * "Pension funds would have until March 3 to divest", "Unless the owner finds a buyer by March 2",
 * "the owner must sell the app by March 19", a deadline's bare "until" ("keeps the duty at 25% until
 * March 9"), a measure "put off until" ("the curbs were put off until March 9"): a trigger
 * that ends in its limit word is dated by the limit right after it, the day it falls. So are
 * "comments are due by May 2", "with the final list due by June 15", and a promise's "no later
 * than May 2".
 */
const LIMIT_END =
  /^(?:(?:(?:will|would|shall|to)\s+have|has|have|gets?|unless|must)\b.*\b(?:until|by)|until|.*\b(?:put\s+off|postponed|delayed|deferred)\s+(?:until|to))$|^(?:(?:are|were|is|was|will\s+be)\s+)?due\s+(?:by|on)$|^no\s+later\s+than$/i;
const SPACE = /^\s+$/;
/**
 * "to carry out the trade agreement the two countries signed last month", "the truce that both
 * sides reached in May": a deal named, then the clause that says when it was made. That date is
 * the deal's, though it tells the background of the sentence's news.
 */
const MADE_AFTER =
  /^["”’]?\s+(?:that\s+|which\s+)?(?:the\s+|both\s+)?(?:[\w’'-]+\s+){1,3}?(?:had\s+|have\s+|has\s+)?(?:signed|reached|struck|sealed|clinched|concluded)\s+(?:(?:in|on)\s+)?$/i;
const DEAL_NOUN = /(?:agreement|deal|accord|pact|truce|framework)$/i;

function madeWhenDate(match: Match, dates: DateMention[], sentence: string): EventDate | null {
  return madeWhenMention(match, dates, sentence)?.date ?? null;
}

/**
 * "condemned the sanctions announced on January 26", "the curbs that Beijing imposed in May": a
 * measure named, then the clause that says when it was taken.
 */
const TAKEN_AFTER =
  /^["”’]?\s+(?:that\s+|which\s+)?(?:(?:the\s+)?(?:[\w’'-]+\s+){1,3}?)?(?:had\s+|have\s+|has\s+)?(?:imposed|announced|unveiled|issued|introduced|adopted|levied)\s+(?:(?:in|on)\s+)?$/i;

function madeWhenMention(match: Match, dates: DateMention[], sentence: string): DateMention | null {
  if (match.verbal) return null;
  const deal = DEAL_NOUN.test(sentence.slice(match.start, match.end));
  if (!deal && KINDS[match.ruleIndex]?.measure !== true) return null;
  const next = dates.find((d) => d.start >= match.end && !d.counterfactual);
  if (next === undefined) return null;
  return (deal ? MADE_AFTER : TAKEN_AFTER).test(sentence.slice(match.end, next.start))
    ? next
    : null;
}

/**
 * "The levy, which the cabinet approved in May, takes effect on March 3": a trigger that ends in
 * the verb of a measure's start is dated by the day right after it, the day it starts, not by a
 * date told in an aside before it.
 */
const START_END =
  /(?:takes?\s+effect|comes?\s+into\s+(?:force|effect)|kicks?\s+in|go(?:es)?\s+into\s+(?:force|effect)|appl(?:y|ies))$/;
const START_GAP = /^\s+(?:(?:on|from|as\s+of|starting|as\s+early\s+as)\s+)?$/;
function ownParticipleDate(match: Match, dates: DateMention[], sentence: string): EventDate | null {
  return ownParticipleMention(match, dates, sentence)?.date ?? null;
}

function ownParticipleMention(
  match: Match,
  dates: DateMention[],
  sentence: string,
): DateMention | null {
  const trigger = sentence.slice(match.start, match.end);
  const limit = LIMIT_END.test(trigger);
  const starts = !limit && START_END.test(trigger);
  if (!limit && !starts && !PARTICIPLE_END.test(trigger)) return null;
  const next = dates.find((d) => d.start >= match.end && !d.counterfactual);
  if (next === undefined) return null;
  const gap = limit ? SPACE : starts ? START_GAP : ON_OR_IN;
  return gap.test(sentence.slice(match.end, next.start)) ? next : null;
}

/** Whether `other` may claim `d`: a trigger with a date of its own claims that date alone. */
function ownsOnly(other: Match, d: DateMention, dates: DateMention[], sentence: string): boolean {
  const own =
    ownParticipleMention(other, dates, sentence) ?? madeWhenMention(other, dates, sentence);
  return own === null || own === d;
}
