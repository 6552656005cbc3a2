import { presentOfPast } from '../pastTense.ts';
import { defineKind } from './kindDefinition.ts';
import { NO_QUESTION, SUBJECT_BEFORE, re, titleObject } from './patternParts.ts';

/** The verbs of a side's public word, with the present a title tells it in. */
const VERBS: Readonly<Record<string, string>> = {
  said: 'says',
  told: 'says',
  stated: 'states',
  stressed: 'stresses',
  insisted: 'insists',
  reiterated: 'reiterates',
  urged: 'urges',
  criticized: 'criticizes',
  criticised: 'criticises',
  accused: 'accuses',
  denied: 'denies',
  dismissed: 'dismisses',
  welcomed: 'welcomes',
  praised: 'praises',
  hailed: 'hails',
  condemned: 'condemns',
  denounced: 'denounces',
  slammed: 'slams',
  blasted: 'blasts',
  replied: 'replies',
  responded: 'responds',
  answered: 'answers',
  argued: 'argues',
  claimed: 'claims',
  confirmed: 'confirms',
  acknowledged: 'acknowledges',
  defended: 'defends',
  promised: 'promises',
  demanded: 'demands',
  expressed: 'expresses',
  voiced: 'voices',
  questioned: 'questions',
  called: 'calls',
  // "Trump complained on Twitter that China had done little to help."
  complained: 'complains',
  lamented: 'laments',
  tweeted: 'tweets',
  rebuked: 'rebukes',
};
const VERB = Object.keys(VERBS).join('|');
/** A trigger that is a verb of a side's word ("condemned", "dismissed"), whichever kind took it. */
export const WORD_VERB = new RegExp(`\\b(?:${VERB})$`, 'i');
const MONTH =
  '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)';
const WEEKDAY = '(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day';
/** The day of the saying, told right beside its verb: "on Tuesday", "yesterday", "on May 3". */
const DAY = `(?:(?:late|early|earlier|later)\\s+)?(?:on\\s+)?(?:${WEEKDAY}(?:\\s+(?:morning|afternoon|evening|night))?|${MONTH}\\s+\\d{1,2}\\b)|yesterday|today|tonight|last\\s+(?:night|week)|earlier\\s+(?:today|this\\s+week)|this\\s+(?:morning|afternoon|evening|week)`;
/**
 * What the word is about names a side ("said on Tuesday the US duties broke trade rules"), or
 * blames ("said on Friday the accusations were baseless"): a ministry's word on its own paperwork
 * ("said it had received the application") or on the weather is no news between the two.
 */
const SIDE_NAME =
  '(?:China|Chinese|Beijing|Washington|US|U\\.S\\.|United\\s+States|American|America|Sino-US|US-China)\\b';
const BLAME =
  '(?:baseless|groundless|smear|bull(?:y|ies|ying)|interfer|oppos|condemn|violat|unacceptable|irresponsible|provocat|hegemon|coerc|retaliat|countermeasure|(?:all\\s+)?necessary\\s+measures|legitimate\\s+rights)\\w*';
const ABOUT_A_SIDE = `(?=(?:[^.;?!]|(?<=\\b[A-Z])\\.){0,160}?\\b${SIDE_NAME}|(?:[^.;?!]|(?<=\\b[A-Z])\\.){0,160}?\\b${BLAME})`;
/**
 * The words quoted first, then their speaker: '"We will not be bullied by the US," the ministry
 * said on Monday'. What the quote is about stands before the verb, so it is looked for there.
 */
const QUOTED_BEFORE = `(?<=[“"][^“”"]{0,300}?\\b(?:${SIDE_NAME}|${BLAME})[^“”"]{0,300}?[,?!][”"]\\s+[^“”"]{0,120})`;
/** What an appositive before the verb may end with: "Mao Ning, a foreign ministry spokeswoman, said". */
const SPEAKER_NOUN =
  'spokes(?:man|woman|person)|minister|secretary|ambassador|official|envoy|representative|ministry|department|adviser|advisor|negotiator|diplomat|chief|head|director|commissioner|lawmaker|senator|governor|commander|chair(?:man|woman)?|premier|president|counsell?or|consul|delegation|embassy|mission|regulator';
/**
 * Where the word was given, between the verb and its day: "said in a statement on Friday",
 * "wrote on social media on Friday", "told a forum in Washington on Tuesday".
 */
const SETTING =
  '(?:(?:reporters|journalists|lawmakers|(?:the\\s+)?(?:media|press))\\s+|(?:an?|the)\\s+(?:[\\w-]+\\s+){0,2}?(?:forum|conference|summit|audience|gathering|seminar|symposium|panel|event)(?:\\s+(?:in|at|hosted\\s+by)\\s+(?:the\\s+)?[A-Z][\\w.-]*(?:\\s+[A-Z][\\w.-]*){0,3})?\\s+|(?:in|at|during)\\s+an?\\s+(?:[\\w-]+\\s+){0,3}?(?:statement|briefing|conference|interview|speech|post|meeting|hearing|press\\s+release)\\s+|(?:to|with)\\s+(?:reporters|journalists)\\s+|on\\s+(?:Twitter|X|Truth\\s+Social|Weibo|social\\s+media)\\s+)?';

/** The quote a speaker's verb follows, and its words: '"We will not be bullied," the ministry said'. */
/** A quote's first word a title takes in lower case: "China says we will not be bullied". */
const QUOTE_OPENER =
  /^(?:We|The|It|This|That|These|Those|Our|They|There|Such|An?|Any|No|All|Its|Their|You|Your)\b/;
const QUOTE_THEN_SPEAKER = /[“"]([^“”"]{3,300}?)[,?!]?[”"]\s+[^“”"]{0,120}$/;

/**
 * A side's public word on a day no other kind knows: "The Chinese embassy said late on Friday
 * that the accusations were baseless", "the trade representative told reporters on Wednesday
 * that China must buy more".
 * A catch-all like official-act: it yields to another kind told in its clause (or anywhere in the
 * sentence when its clause has no day of its own), needs one of the two sides as the subject of
 * its own clause, and gives an event only when its day is told beside the verb (or opens the
 * sentence), so the day is the saying's, not the reported act's.
 */
export const saying = defineKind({
  id: 'saying',
  cue: new RegExp(VERB, 'i'),
  themes: ['diplomacy'],
  tag: 'statement',
  verbal: [
    // "the ministry said on Tuesday", "the envoy told reporters yesterday", "said in a statement
    // on Friday".
    re(
      `\\b(?=${VERB})${SUBJECT_BEFORE}(?:${VERB})\\b(?=\\s+${SETTING}(?:${DAY})\\b)${ABOUT_A_SIDE}${NO_QUESTION}`,
    ),
    // '"The move harms both sides," the ministry said on Monday', '"We will not be bullied by
    // the US," He Lin, a spokeswoman for the ministry, said on Monday'.
    re(
      `\\b(?=${VERB})${QUOTED_BEFORE}(?:${SUBJECT_BEFORE}|(?<=\\b(?:[A-Z][\\w.-]*|${SPEAKER_NOUN}),\\s+))(?:${VERB})\\b(?=\\s+${SETTING}(?:${DAY})\\b)${NO_QUESTION}`,
    ),
    // '"We will not be bullied by the US," said He Lin, a spokeswoman for the ministry, on
    // Monday': the speaker after the verb, the day after the speaker.
    re(
      `${QUOTED_BEFORE}(?<=[,?!][”"]\\s+)(?:said|says)\\b(?=\\s+(?:[\\w.&’'-]+,?\\s+){1,12}?(?:${DAY})\\b)${NO_QUESTION}`,
    ),
    // "Mao Ning, a foreign ministry spokeswoman, said on Monday": the appositive's comma.
    re(
      `\\b(?=${VERB})(?<=\\b(?:[A-Z][\\w.-]*|${SPEAKER_NOUN}),\\s+)(?:${VERB})\\b(?=\\s+${SETTING}(?:${DAY})\\b)${ABOUT_A_SIDE}${NO_QUESTION}`,
    ),
    // "Beijing on Friday denounced the move as bullying": the day between the subject and the verb.
    re(
      `\\b(?=${VERB})(?<=\\b(?:on|late|early|last|this|yesterday|today)\\s+(?:[A-Z][a-z]+|morning|afternoon|evening|night|week)(?:\\s+\\d{1,2})?,?\\s+)(?<!\\b(?:it|which|that)\\s+)\\b(?:${VERB})\\b(?=\\s+[\\w“"'‘])${ABOUT_A_SIDE}${NO_QUESTION}`,
    ),
    // "On Tuesday, the foreign ministry's spokesman said …": a day opening the sentence, with
    // what it was the eve of beside it ("On Friday, the night before the talks, Trump said …"),
    // or the place ("Last month in Tokyo, the president said …"). A month opening the sentence
    // is the saying's too ("In May, the president said …").
    re(
      `\\b(?=${VERB})(?<=^(?:(?:(?:late|early|earlier|later)\\s+)?(?:on\\s+)?(?:${WEEKDAY}|${MONTH}\\s+\\d{1,2}|yesterday|today|last\\s+week|this\\s+(?:morning|week))(?:\\s+(?:morning|afternoon|evening|night))?|last\\s+month|earlier\\s+this\\s+month|in\\s+(?:early\\s+|mid-|late\\s+)?${MONTH}(?:\\s+\\d{4})?)(?:\\s+(?:in|at)\\s+[A-Z][\\w-]*(?:\\s+[A-Z][\\w-]*)?)?(?:,\\s+(?:[\\w-]+\\s+){1,4}?(?:before|after|ahead\\s+of)\\s+[^,;.]{1,60},)?,?\\s+(?:[\\w.&’'-]+\\s+){1,8}?)(?:${VERB})\\b${ABOUT_A_SIDE}${NO_QUESTION}`,
    ),
  ],
  themesFromContext: true,
  neutralTakesArticleThemes: true,
  datedOnly: true,
  fallback: true,
  wordsOnly: new RegExp(`\\b(?:${VERB})\\b`),
  title: ({ subject, primary }) => {
    const text = primary.segment.text;
    const verb = /\S+$/.exec(text.slice(primary.triggerStart, primary.triggerEnd))?.[0] ?? '';
    const present = VERBS[verb.toLowerCase()] ?? presentOfPast(verb.toLowerCase());
    // Quoted first, the words said are the quote, not what follows the verb (the speaker).
    const quoted = QUOTE_THEN_SPEAKER.exec(text.slice(0, primary.triggerStart))?.[1];
    const rest = text
      .slice(primary.triggerEnd)
      .replace(new RegExp(`^\\s+${SETTING}(?:(?:${DAY})\\b,?)?`), '')
      .replace(/^\s*(?:that\s+)?/, '');
    const object =
      quoted !== undefined
        ? titleObject(quoted, 8).replace(QUOTE_OPENER, (word) => word.toLowerCase())
        : titleObject(/^[^,;:.?!()\u2014\u2013]*/.exec(rest)?.[0] ?? '', 8);
    return {
      title: `${subject} ${present}${object ? ` ${object}` : ''}`,
      slugParts: [subject, present, ...object.split(' ').slice(0, 3)],
    };
  },
  examples: {
    detects: [
      'US Trade Representative Dana Holt told reporters on Wednesday that China must buy more.',
      'The Chinese embassy said late on Friday that the accusations were baseless.',
      'On Friday, the night before the talks, the president complained that China had done little.',
      '"We will not be bullied by the US," the ministry said on Monday.',
      '"China must buy more," said the trade representative, Dana Holt, on Monday.',
      'Last month in Tokyo, the president said the United States would defend Taiwan.',
    ],
    ignores: [
      'The ministry said the deal was signed in 2019.',
      'Beijing said on Friday it would respond.',
      "China's commerce ministry said on Monday it had received the firm's application.",
      'Who said that on Monday?',
      '"The weather held," the ministry said on Monday.',
    ],
  },
});
