import type { Theme } from '../data/eventSchema.ts';
import { withoutSinceClause } from './backgroundClause.ts';
import { clauseBounds } from './clauseTense.ts';
import { ENCOUNTERS } from './dateOutcomes.ts';
import { findNames, type NameHit } from './findNames.ts';
import { SIDE_OF } from './gazetteer.ts';
import { titledSpeaker } from './titledSpeaker.ts';
import { KIND_TABLE } from './kinds/kindTable.ts';
import type { Detection } from './pipelineTypes.ts';
import { patternCandidates } from './patternScreen.ts';
import { SECURITY_CUE, TECH_CUE, TRADE_CUE } from './themeCues.ts';

/**
 * An actor after one of these is an object or a circumstance, not who acts, with a title between
 * them too: in "the ban starts a week before president-elect Lee takes office", Lee starts nothing.
 */
const PREPOSITION_BEFORE =
  /\b(?:by|to|from|against|on|with|for|of|at|in|between|and|toward|towards|into|over|about|including|produced\s+by|after|before|when|because|since|while)\s+(?:the\s+|Mr\.?\s+|Mrs\.?\s+|Ms\.?\s+|President\s+|(?:the\s+)?(?:incoming\s+|outgoing\s+|former\s+)?president-elect\s+)?$/i;

const TAG_CUES: readonly (readonly [RegExp, string])[] = [
  [/\brare[\s-]earths?\b/i, 'rare-earths'],
  [
    /\b(?:gallium|germanium|graphite|antimony|tungsten|bismuth|indium|tellurium|molybdenum|critical\s+minerals?)\b/i,
    'critical-minerals',
  ],
  [/\b(?:chips?|semiconductors?|chipmaking)\b/i, 'chips'],
  [/\bHuawei\b/, 'huawei'],
  [/\b(?:AI|artificial\s+intelligence)\b/, 'ai'],
  [/\bstudents?\b|\buniversit(?:y|ies)\b|\bacademic\b/i, 'education'],
  [/\bvisas?\b/i, 'visas'],
  [/\bsoybeans?\b/i, 'soybeans'],
  [/\bfentanyl\b/i, 'fentanyl'],
  [/\bTikTok\b/, 'tiktok'],
  [/\bTaiwan\b/, 'taiwan'],
  [/\bAPEC\b/, 'apec'],
  [/\bG20\b/, 'g20'],
  [/\breciprocal\b/i, 'reciprocal-tariffs'],
  [/\bsummit\b/i, 'summit'],
  [/\bunreliable\s+entity\b/i, 'unreliable-entity-list'],
  [/\b(?:antitrust|anti-monopoly)\b/i, 'antitrust'],
  [/\banti-dumping\b/i, 'anti-dumping'],
];
/**
 * Both governments at once: "the two sides had reached a framework". So are a pair of ministers
 * of the two, told as such: "The two defence ministers had held a call in March".
 */
const TWO_SIDES =
  /\b(?:the\s+two\s+(?:sides|countries|governments|nations|powers|economies|delegations|(?:(?:foreign|defen[cs]e|trade|commerce|finance)\s+)?ministers|defen[cs]e\s+chiefs)|both\s+(?:sides|countries|governments)|the\s+world[’']s\s+two\s+largest\s+economies)\b/i;

/**
 * The tag cues, the two-sides test and the theme cues a sentence may match, screened once per
 * sentence (patternCandidates): a cue whose words the sentence lacks cannot match any clause of
 * it. Most clauses carry no tag, and several detections of a sentence ask in a row; a theme cue
 * run on a sentence with none of its words read the whole sentence to find nothing.
 */
const SENTENCE_CUES = [
  ...TAG_CUES.map(([cue]) => cue),
  TWO_SIDES,
  SECURITY_CUE,
  TRADE_CUE,
  TECH_CUE,
];
const TWO_SIDES_INDEX = TAG_CUES.length;
const SECURITY_INDEX = TWO_SIDES_INDEX + 1;
const TRADE_INDEX = SECURITY_INDEX + 1;
const TECH_INDEX = TRADE_INDEX + 1;
const sentenceCandidates = patternCandidates(SENTENCE_CUES, { shared: true });

/** What the sentence says, worked out once for all its detections; the themes when first asked. */
interface SentenceCues {
  sentence: string;
  candidates: number[];
  twoSides: boolean;
  trade: boolean | null;
  tech: boolean | null;
  security: boolean | null;
}

let cuesMemo: SentenceCues | null = null;

function cuesOf(sentence: string): SentenceCues {
  if (cuesMemo?.sentence !== sentence) {
    const candidates = sentenceCandidates(sentence);
    cuesMemo = {
      sentence,
      candidates,
      twoSides: candidates.includes(TWO_SIDES_INDEX),
      trade: null,
      tech: null,
      security: null,
    };
  }
  return cuesMemo;
}

function isTrade(cues: SentenceCues): boolean {
  return (cues.trade ??= cues.candidates.includes(TRADE_INDEX) && TRADE_CUE.test(cues.sentence));
}

function isTech(cues: SentenceCues): boolean {
  return (cues.tech ??= cues.candidates.includes(TECH_INDEX) && TECH_CUE.test(cues.sentence));
}

function isSecurity(cues: SentenceCues): boolean {
  return (cues.security ??=
    cues.candidates.includes(SECURITY_INDEX) && SECURITY_CUE.test(cues.sentence));
}

/**
 * "In Vienna on Monday and Tuesday, the two envoys met for nine hours": a place that opens the
 * clause is where its act happened, however long the names between.
 */
const FRONTED_PLACE = /^\s*(?:In|At)\s+$/;
/**
 * "… met for nine hours, their first session since the leaders held a summit in Geneva": a
 * place told after a "since" or "after" is the background occasion's, not the act's.
 */
const BACKGROUND_BETWEEN = /\b(?:since|after|before|when)\b/i;

/**
 * Fills in who, where, what about and who reported it. Actors come from the clause that
 * holds the trigger, or from the clauses before it when the clause says only "he".
 */
export function classifyDetection(detection: Detection, articleThemes: Theme[] = []): Detection {
  const sentence = detection.segment.text;
  // "Their envoys met on Friday, their first talks since the presidents met in Lima": the names
  // of the "since" clause are another event's.
  const clause = withoutSinceClause(
    sentence,
    clauseBounds(sentence, detection.triggerStart),
    detection.triggerStart,
    detection.triggerEnd,
  );
  const names = findNames(sentence);
  const cues = cuesOf(sentence);
  const inClause = names.actors.filter((a) => a.start >= clause.start && a.end <= clause.end);
  const leading = names.actors.filter((a) => a.end <= detection.triggerStart);
  const chosen = inClause.length > 0 ? inClause : leading.length > 0 ? leading : names.actors;
  const lead = sentence.slice(clause.start, detection.triggerStart);
  const kind = KIND_TABLE[detection.kind];
  // The catch-all kind's act belongs only to a name of its own clause: in "its regulator
  // declared that products of the chipmaker failed", the chipmaker did not declare anything.
  const named = pronounLed(lead)
    ? antecedentOf(names.actors, clause.start, sentence)
    : subjectOf(kind.fallback ? inClause : chosen, detection, sentence);
  const subjectHit = kind.fallback
    ? catchAllSubject(named, names.actors, lead, detection, sentence)
    : (ownerOf(names.actors, detection, sentence) ??
      passiveAgent(names.actors, detection, sentence) ??
      named);
  const acted = sentence.slice(detection.triggerStart, clause.end);
  // "It also placed 10 American companies on its list": with no one named before the act, the
  // side it is done to tells who did it.
  const subject =
    (kind.measure && subjectHit !== undefined && isPeopleHome(subjectHit, sentence)
      ? OTHER_COUNTRY.get(subjectHit.name)
      : kind.measure && subjectHit !== undefined && criticisedMeasure(subjectHit, detection)
        ? otherSide(subjectHit.name)
        : subjectHit?.name) ??
    (!kind.measure
      ? undefined
      : TARGET_US.test(acted)
        ? 'China'
        : TARGET_CHINA.test(acted)
          ? 'United States'
          : undefined);
  // Without actors in its own clause, an action belongs to the subject alone, not to every
  // name said before it.
  // The catch-all's act without a subject of its own is no side's act (or a pronoun's, which
  // pronounSubjects fills from the sentence before).
  const actors =
    kind.fallback && subject === undefined
      ? []
      : unique([
          ...(subject !== undefined ? [subject] : []),
          ...(kind.bilateral &&
          ((cues.twoSides && TWO_SIDES.test(lead)) || leadersAgreed(lead, sentence, detection))
            ? ['United States', 'China']
            : []),
          ...(inClause.length > 0
            ? chosen.filter((a) => !inLaterTimeClause(a, detection, sentence)).map((a) => a.name)
            : []),
          ...kind.impliedActors,
        ]);
  // "the adviser's view that a Biden-Xi summit is likely": the two written into the
  // encounter's name are its parties, whoever owns the words around it.
  const pair = pairNamed(names.actors, detection, sentence);
  const parties =
    pair === undefined ? actors : unique([...pair, ...actors.filter((a) => a !== subject)]);
  const places = unique(
    names.places
      .filter(
        (p) =>
          (p.start >= detection.triggerStart - 40 &&
            p.start >= clause.start &&
            p.end <= clause.end &&
            !BACKGROUND_BETWEEN.test(sentence.slice(detection.triggerEnd, p.start))) ||
          FRONTED_PLACE.test(sentence.slice(clause.start, p.start)),
      )
      .sort(
        (a, b) =>
          Number(b.start < detection.triggerStart) - Number(a.start < detection.triggerStart),
      )
      .map((p) => p.name),
  );
  const clauseText = sentence.slice(clause.start, clause.end);
  const themes = new Set<Theme>(detection.themes);
  if (kind.themesFromContext) {
    const trade = isTrade(cues);
    const tech = isTech(cues);
    if (trade) themes.add('trade');
    if (tech) themes.add('technology');
    if (!trade && !tech) {
      // A rule or a post in neutral words takes the article's beat, and is at least a matter
      // between governments.
      if (kind.neutralTakesArticleThemes) {
        for (const t of articleThemes) themes.add(t);
        themes.add('diplomacy');
      }
    }
    if (kind.securityDropsTrade && !trade && isSecurity(cues)) themes.delete('trade');
    if (themes.size === 0) themes.add('diplomacy');
  }
  const tags = new Set(detection.tags);
  for (const i of cues.candidates) {
    const [cue, tag] = TAG_CUES[i] ?? [];
    if (cue?.test(clauseText) === true && tag !== undefined) tags.add(tag);
  }
  if (detection.kind !== 'tariffs') tags.delete('reciprocal-tariffs');
  const outlet = names.outlets[0];
  return {
    ...detection,
    actors: parties,
    places,
    themes: [...themes].sort(),
    tags: [...tags].sort(),
    ...(outlet ? { attributedTo: outlet.name } : {}),
  };
}

/**
 * "The curbs start on June 2, a week before the new premier takes office": a name in a clause
 * of time after a measure is that clause's subject, not the measure's maker.
 */
const TIME_CLAUSE_BEFORE =
  /\b(?:before|after|when|until|while|as\s+soon\s+as|once)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$/i;
function inLaterTimeClause(a: NameHit, detection: Detection, sentence: string): boolean {
  // A call or a meeting "hours after Xi spoke with ..." still has Xi for a party: only a
  // measure, or the day a measure starts or ends, is one side's act alone.
  return (
    (KIND_TABLE[detection.kind].measure || detection.kind === 'deadline') &&
    a.start >= detection.triggerEnd &&
    TIME_CLAUSE_BEFORE.test(sentence.slice(Math.max(0, a.start - 40), a.start))
  );
}

/**
 * "the two leaders agreed to restore military communication": an agreement the two leaders
 * made is the two governments'. Only with the agreeing verb in the trigger: "the two leaders
 * could meet" names no one the registry could match a meeting on.
 */
const TWO_LEADERS = /\bthe\s+two\s+(?:leaders|presidents|heads\s+of\s+state)\s+(?:[\w-]+\s+)?$/i;
function leadersAgreed(lead: string, sentence: string, detection: Detection): boolean {
  return (
    /^agree/i.test(sentence.slice(detection.triggerStart, detection.triggerEnd)) &&
    TWO_LEADERS.test(lead)
  );
}

/**
 * Who acts: the first free name of the clause before the trigger, the clause's grammatical
 * subject ("China's Commerce Ministry denounced the US move and said it had filed a complaint"
 * is China's act, not the US's). A reporting verb hands the clause to the names after it: in
 * "Trump said Xi agreed to buy soybeans", Xi buys. A name after the trigger is its object
 * ("visited the Taiwan parliament") and acts only when nothing comes before.
 */
function subjectOf(chosen: NameHit[], detection: Detection, sentence: string): NameHit | undefined {
  const before = chosen.filter((a) => a.end <= detection.triggerStart && isFree(a, sentence));
  let first = before[0];
  for (const a of before) {
    if (first === undefined || a === first) continue;
    const gap = sentence.slice(first.end, a.start);
    // "US President Donald Trump", "China's Commerce Ministry": the last name is the head.
    if (isAddressee(gap, a, sentence)) continue;
    if (handsOver(gap) || MODIFIER_GAP.test(gap)) first = a;
  }
  const last = chosen.filter((a) => a.end <= detection.triggerStart).at(-1);
  if (
    first !== undefined &&
    last !== undefined &&
    last.start > first.end &&
    coordinated(sentence.slice(first.end, last.start), last, detection, sentence)
  ) {
    return last;
  }
  if (first !== undefined) return first;
  // A verb's own object never acts: "added 15 US firms to its list" is not the US's act.
  if (detection.verbal) {
    return chosen.find((a) => a.end <= detection.triggerStart && !isFirmHome(a, sentence));
  }
  const own = chosen.filter(
    (a) => !inLaterTimeClause(a, detection, sentence) && !topicOfEncounter(a, detection, sentence),
  );
  return own.find((a) => isFree(a, sentence)) ?? own[0];
}

/** "a Biden-Xi ", "the long-awaited Blinken-Wang ": a pair of names right before the noun. */
const PAIR_BEFORE = /\b[A-Z][a-z]+-[A-Z][a-z]+\s+$/;

function pairNamed(
  names: NameHit[],
  detection: Detection,
  sentence: string,
): [string, string] | undefined {
  if (!ENCOUNTERS.has(detection.kind) || detection.verbal) return undefined;
  const lead = sentence.slice(Math.max(0, detection.triggerStart - 40), detection.triggerStart);
  const m = PAIR_BEFORE.exec(lead);
  if (m === null) return undefined;
  const from = detection.triggerStart - lead.length + m.index;
  const [a, b] = names.filter((n) => n.start >= from && n.end <= detection.triggerStart);
  return a !== undefined && b !== undefined && a.name !== b.name ? [a.name, b.name] : undefined;
}
/** ", which dealt mainly with Taiwan", "talks on Taiwan": what an encounter was about. */
const TOPIC_BEFORE =
  /(?:,\s*(?:which|that)\b[^,;]*|\b(?:over|about|on|regarding|concerning)\s+(?:the\s+)?)$/i;

/**
 * "The ministers last spoke in a phone call on March 3, which dealt mainly with Taiwan":
 * a name told after a call or a meeting as its topic is no party to it.
 */
function topicOfEncounter(a: NameHit, detection: Detection, sentence: string): boolean {
  return (
    ENCOUNTERS.has(detection.kind) &&
    a.start >= detection.triggerEnd &&
    TOPIC_BEFORE.test(sentence.slice(detection.triggerEnd, a.start))
  );
}

/**
 * "Beijing cut the channels in August 2022, when it answered the visit to Taiwan by suspending
 * talks": a clause whose subject is a pronoun acts for the subject of the clause before it; the
 * names after the pronoun ("Taiwan") are its objects.
 */
const PRONOUN_SUBJECT = /^\s*(?:it|he|she|they)\s/i;
/**
 * "A month earlier it barred two more of the council's deputies": a pronoun subject after a
 * fronted time phrase is still the clause's subject, so a name in a later clause of the
 * sentence ("and Ottawa answered by barring three senators") does not act for it.
 */
const FRONTED_PRONOUN_SUBJECT =
  /^\s*(?:(?:[Ii]n|[Oo]n|[Bb]y|[Ww]ithin|[Ll]ast|[Ee]arly|[Ll]ate|[Tt]hen|[Aa]|[Aa]n|[Tt]he|[Tt]wo|[Tt]hree|[Ss]everal|[Dd]ays|[Ww]eeks|[Mm]onths|[Hh]ours)\s+(?:[\w-]+\s+){0,3}?(?:earlier|later|ago|after|before|weeks|days|months|years?|[A-Z][a-z]+|\d{1,4}),?\s+)(?:it|they)\s+(?:also\s+|then\s+|first\s+|later\s+)?(?:[a-z]+ed|said|told|made|put|set|cut|took|began|hit|won)\b/;

function pronounLed(lead: string): boolean {
  return PRONOUN_SUBJECT.test(lead) || FRONTED_PRONOUN_SUBJECT.test(lead);
}

/**
 * What may stand between a name and the verb it is the subject of: "Beijing's commerce ministry
 * issued", "the People's Liberation Army's Eastern Theater Command began". A longer or
 * punctuated gap ("products of the firm, the memory maker, had failed ... and barred") loses
 * the name as the act's subject; a short name in brackets does not ("The agency's licensing
 * bureau (LB) released a rule on Tuesday"). A body reporting its own act keeps it: "The accounting board
 * (PCAOB) said it signed a protocol with Beijing's regulator on Friday". So does a speaker with the
 * occasion of their word between: "Lin Jian, asked about the report on Tuesday, said …", "the
 * embassy in a statement posted on its website on Tuesday said …".
 */
const HEAD_GAP =
  /^(?!(?:['’]s)?\s*(?:(?:[\w.-]+|\([^)]{1,40}\))\s+){0,5}$|,\s+(?:asked|speaking|responding|answering|replying|writing|talking)\b[^,;]{0,80},\s+$|\s+in\s+an?\s+(?:[\w-]+\s+){0,2}(?:statement|post|interview|letter|notice)(?:\s+[\w’'-]+){0,6}\s+$|\)?\s*(?:\([^)]*\)\s*)?(?:said|says|announced|confirmed)\s+(?:that\s+)?(?:it|they)\s+(?:had\s+|has\s+|have\s+)?$)/;
/**
 * Who did the catch-all kind's act: the name after "by" of a passive ("The law was signed by
 * President Biden last April"), else the clause's subject when it stands close before the verb
 * (HEAD_GAP) or is a pronoun that pronounSubjects resolves.
 */
function catchAllSubject(
  named: NameHit | undefined,
  actors: NameHit[],
  lead: string,
  detection: Detection,
  sentence: string,
): NameHit | undefined {
  const { triggerStart } = detection;
  const agent = passiveAgent(actors, detection, sentence);
  if (agent !== undefined) return agent;
  // "The ministry said on Tuesday that the carriers' permits will be revoked from June 1": a
  // passive without its agent is done by the free name of a clause before its own (a "that" or
  // a comma between), never by a name of its own clause, which is what the act is done to.
  if (BARE_PASSIVE.test(sentence.slice(triggerStart, detection.triggerEnd))) {
    return actors.find(
      (a) =>
        a.end <= triggerStart &&
        isFree(a, sentence) &&
        CLAUSE_BREAK.test(sentence.slice(a.end, triggerStart)),
    );
  }
  // '"We will not be bullied," said He Lin, a spokeswoman for China's commerce ministry': after
  // a quote, the speaker follows the verb.
  if (QUOTE_CLOSED_BEFORE.test(sentence.slice(Math.max(0, triggerStart - 4), triggerStart))) {
    return actors.find(
      (a) =>
        a.start >= detection.triggerEnd &&
        a.start - detection.triggerEnd <= 80 &&
        !/[“”"]/.test(sentence.slice(detection.triggerEnd, a.start)),
    );
  }
  if (pronounLed(lead)) return named;
  // "Chinese Vice Commerce Minister Zhang Wen said on Monday": a person no gazetteer knows
  // speaks for the side their title names.
  const own = named === undefined ? undefined : freeSubject(named, triggerStart, sentence);
  return own ?? titledSpeaker(sentence.slice(0, triggerStart), 0, actors);
}

function freeSubject(named: NameHit, triggerStart: number, sentence: string): NameHit | undefined {
  // "Its post office halted parcels to the US and said it would stop airmail": a name a
  // preposition governs is no subject of the catch-all's act.
  if (!isFree(named, sentence)) {
    // "a day after the State Department paused interviews": the name that opens a clause of
    // time right before its verb is that clause's subject, and the act is the clause's.
    const opensClause =
      SUBORDINATOR_BEFORE.test(sentence.slice(Math.max(0, named.start - 24), named.start)) &&
      /^\s+(?:[a-z]+ly\s+)?$/.test(sentence.slice(named.end, triggerStart));
    return opensClause ? named : undefined;
  }
  return HEAD_GAP.test(sentence.slice(named.end, triggerStart)) ? undefined : named;
}

const QUOTE_CLOSED_BEFORE = /[,?!][”"]\s+$/;
const SUBORDINATOR_BEFORE = /\b(?:after|before|when|because|since|while)\s+(?:the\s+)?$/i;
const BARE_PASSIVE = /^(?:was|were|will\s+be|would\s+be|(?:is|are)\s+to\s+be)\s+\w+$/;
const CLAUSE_BREAK = /\bthat\b|,/;

/**
 * The name after "by" of a trigger told in the passive: "The law was signed by President Biden
 * last April", "the ports law, signed by the governor in May".
 */
function passiveAgent(
  actors: NameHit[],
  detection: Detection,
  sentence: string,
): NameHit | undefined {
  const { triggerStart, triggerEnd } = detection;
  if (!/\sby$/.test(sentence.slice(triggerStart, triggerEnd))) return undefined;
  return actors.find((a) => a.start >= triggerEnd && a.start - triggerEnd <= 24);
}

function antecedentOf(
  actors: NameHit[],
  clauseStart: number,
  sentence: string,
): NameHit | undefined {
  if (clauseStart === 0) return undefined;
  const previous = clauseBounds(sentence, Math.max(0, clauseStart - 2));
  return actors.find(
    (a) => a.start >= previous.start && a.end <= clauseStart && isFree(a, sentence),
  );
}

/**
 * Words that hand the action to a later name: reporting ("Trump said Xi agreed") and control
 * verbs ("Washington expected Beijing to relax").
 */
const HANDOVER =
  /\b(?:said|says|told|tells|announced|stated|noted|added|claimed|confirmed|reported|wrote|posted|according\s+to|expected|expects|urged|urges|asked|asks|pressed|presses|called\s+on|wants?|wanted|invited|invites|allowed|forced|pushed)\b/i;
/**
 * "Trump said he would meet Xi in Busan, and threatened new tariffs": a reported clause with a
 * subject of its own ("he") keeps the later name as its object, so the act stays the speaker's.
 */
function handsOver(gap: string): boolean {
  const handed = HANDOVER.exec(gap);
  if (handed === null) return false;
  return !/\b(?:he|she|they|we|it)\s+(?:would|will|could|might|may|had|has|have|[a-z]+ed)\b/i.test(
    gap.slice(handed.index + handed[0].length),
  );
}
/**
 * "a month in which Ottawa curbed its lumber sales and Washington raised duties on steel": a
 * name after "and" that ends a clause of its own (a verb and its words before the "and") is the
 * subject of the act right after it, not a second subject of the first clause ("China and the US
 * agreed" has no such clause between the names).
 */
const AND_BEFORE = /\band\s+(?:the\s+)?(?:[A-Z][\w.-]*\s+){0,2}$/;
const LOWER_WORD = /\b[a-z]{2,}\b/g;
const CLAUSE_WORDS = 4;
const NEAR_TRIGGER = 40;
function coordinated(gap: string, a: NameHit, detection: Detection, sentence: string): boolean {
  if (!AND_BEFORE.test(gap) || (gap.match(LOWER_WORD) ?? []).length < CLAUSE_WORDS) return false;
  const toTrigger = sentence.slice(a.end, detection.triggerStart);
  return toTrigger.length <= NEAR_TRIGGER && !/\band\b|[,;]/.test(toTrigger);
}

/**
 * "The ministry told the carmaker that its exports would need a permit": the name a teller
 * addresses, with the told news after "that", is the act's object; the teller acts. "Trump told
 * reporters that Xi agreed to buy soybeans" still hands the act to Xi, the name after "that".
 */
const TOLD_BEFORE =
  /\b(?:told|tells|informed|informs|notified|notifies|assured|assures|reminded|reminds)\s+(?:the\s+)?$/i;
function isAddressee(gap: string, a: NameHit, sentence: string): boolean {
  return TOLD_BEFORE.test(gap) && /^\s*,?\s*that\b/i.test(sentence.slice(a.end));
}

/** Only titles between two names: the first qualifies the second. */
const MODIFIER_GAP = /^(?:['’]s)?\s+(?:(?:[A-Z][\w.-]*|of|the)\s+){0,4}$/;

/** The act is done to one side's firms or goods: "on American chicken", "Chinese companies". */
const TARGET_US =
  /\b(?:US|U\.S\.|American|United\s+States)\s+(?:[\w-]+\s+){0,2}?(?:firms?|companies|company|exporters?|goods|products|imports|exports|chicken|farm|soybeans|chipmakers?|entities|businesses|contractors|makers|journalists|reporters|correspondents|diplomats|students|media\s+outlets|news\s+outlets)\b/;
const TARGET_CHINA =
  /\bChinese\s+(?:[\w-]+\s+){0,2}?(?:firms?|companies|company|exporters?|goods|products|imports|exports|chipmakers?|entities|businesses|contractors|makers|students|officials|journalists|reporters|correspondents|diplomats|media\s+outlets|news\s+outlets|state\s+media)\b/;

/** "The American carmaker was fined": a country naming a firm's home is not who acts. */
const FIRM_AFTER =
  /^\s+(?:[\w-]+\s+)?(?:chipmakers?|firms?|companies|company|makers?|giants?|groups?|conglomerates?|manufacturers?|exporters?|lenders?|banks?|brands?|startups?|carriers?)\b/i;
const COUNTRIES = new Set(['United States', 'China']);

/**
 * "The envoys' US visas were revoked, and they were told to leave": a name after a common noun's
 * possessive modifies what that noun owns; it is no subject, nor what a later pronoun stands for.
 */
/**
 * "after Trump threatened tariffs, in response to Beijing's sweeping new export controls": a
 * measure named with its owner's possessive is the owner's, whoever else the clause names.
 */
const OWNER_BEFORE = /['’]s\s+(?:[a-z][\w-]*\s+){0,3}$/;

/**
 * "Beijing condemned a US decision on Friday to sanction the navy's procurement department",
 * "Washington's move to ban the app": whose decision it was is who acts, whoever protests it.
 */
const DECIDED_BEFORE =
  /\b(?:a|the)\s+(?:[a-z]+\s+)?(U\.S\.|US|American|Chinese)\s+(?:[a-z]+\s+)?(?:decision|move|plan|order|bid)\s+(?:[\w-]+\s+){0,3}?to\s+$|\b(Washington|Beijing|China|America)['’]s\s+(?:[a-z]+\s+)?(?:decision|move|plan|order|bid)\s+(?:[\w-]+\s+){0,3}?to\s+$/;

function ownerOf(
  actors: readonly NameHit[],
  detection: Detection,
  sentence: string,
): NameHit | undefined {
  if (!KIND_TABLE[detection.kind].measure) return undefined;
  const lead = sentence.slice(Math.max(0, detection.triggerStart - 60), detection.triggerStart);
  const decided = DECIDED_BEFORE.exec(lead);
  if (decided !== null) {
    const who = decided[1] ?? decided[2] ?? '';
    const china = /^(?:Chinese|Beijing|China)$/.test(who);
    const at = detection.triggerStart - lead.length + decided.index;
    return {
      name: china ? 'China' : 'United States',
      start: at,
      end: at + decided[0].length,
    };
  }
  if (detection.verbal) return undefined;
  const before = sentence.slice(Math.max(0, detection.triggerStart - 40), detection.triggerStart);
  const owner = OWNER_BEFORE.exec(before);
  if (owner === null) return undefined;
  const at = detection.triggerStart - before.length + owner.index;
  return actors.find((a) => a.end === at);
}

const POSSESSED_BEFORE = /\b[a-z][\w-]*(?:['’]s|s['’])\s+$/;

/** A name that no preposition governs and that is not a firm's home: a subject candidate. */
export function isFree(a: NameHit, sentence: string): boolean {
  const before = sentence.slice(Math.max(0, a.start - 24), a.start);
  if (PREPOSITION_BEFORE.test(before) || POSSESSED_BEFORE.test(before)) return false;
  return !isFirmHome(a, sentence);
}

function isFirmHome(a: NameHit, sentence: string): boolean {
  return COUNTRIES.has(a.name) && FIRM_AFTER.test(sentence.slice(a.end, a.end + 40));
}

/**
 * "US journalists whose press cards run out have to turn them in", "Chinese students on the
 * scheme lost their visas": a country before the people a measure falls on says whose people
 * they are, so the measure is the other side's.
 */
const PEOPLE_AFTER =
  /^\s+(?:[\w-]+\s+)?(?:journalists|reporters|correspondents|students|researchers|scholars|nationals|citizens|diplomats|news\s+outlets|media\s+outlets|state\s+media|newspapers|dailies|papers|broadcasters)\b/i;
const OTHER_COUNTRY: ReadonlyMap<string, string> = new Map([
  ['United States', 'China'],
  ['China', 'United States'],
]);

/**
 * "China's foreign ministry condemned the sanctions announced on January 26", "China said it
 * firmly opposed the new export controls", "says it has filed a complaint with the WTO over
 * the new tariffs": a measure named as what one side condemns is the other side's.
 */
const CONDEMNED_BEFORE =
  /^\s+(?:[\w’'-]+\s+){0,3}?(?:(?:said|says)\s+(?:(?:late\s+)?(?:on\s+)?[A-Z][a-z]+day\s+|today\s+|yesterday\s+)?(?:that\s+)?(?:it|they)\s+(?:had\s+|has\s+|have\s+)?)?(?:(?:also|again|strongly|firmly|resolutely|sharply)\s+)?(?:(?:condemn|critici[sz]|denounc|oppos|protest|slamm|reject|deplor|lambast|blast)\w*|(?:filed|files|lodged|lodges)\s+(?:a\s+|an\s+)?(?:[\w-]+\s+)?(?:complaint|case|challenge)\s+(?:with\s+the\s+(?:WTO|World\s+Trade\s+Organi[sz]ation)\s+)?(?:(?:on\s+)?[A-Z][a-z]+day\s+)?(?:against|over|about))\s+(?:[\w’'-]+\s+){0,4}$/i;
function criticisedMeasure(subject: NameHit, detection: Detection): boolean {
  return (
    !detection.verbal &&
    SIDE_OF.has(subject.name) &&
    CONDEMNED_BEFORE.test(detection.segment.text.slice(subject.end, detection.triggerStart))
  );
}

function otherSide(name: string): string {
  return SIDE_OF.get(name) === 'us' ? 'China' : 'United States';
}

function isPeopleHome(a: NameHit, sentence: string): boolean {
  return COUNTRIES.has(a.name) && PEOPLE_AFTER.test(sentence.slice(a.end, a.end + 40));
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}
