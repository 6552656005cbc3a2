import { defineKind } from './kindDefinition.ts';
import { GAP, re } from './patternParts.ts';

/** Two sides in one room: "Biden met Xi on the sidelines of the summit." */
export const meeting = defineKind({
  id: 'meeting',
  cue: /meet|met\b|summit|face-to-face|sit|sat\b|host|receiv|brief|dinner/i,
  themes: ['diplomacy'],
  tag: 'summit',
  verbal: [
    re(
      // "hoped the US side would meet China halfway" is a concession, not an encounter. "met a
      // delegation of US business leaders": a side's delegation is that side.
      `\\b(?:met|meet|meets|meeting)\\s+(?:(?<=met\\s+)(?:again|briefly|privately|separately|later)\\s+)?(?:with\\s+)?(?:his\\s+|her\\s+|their\\s+)?(?=[A-Z]|visiting\\s+[A-Z]|counterpart|(?:a|an)\\s+(?:[\\w-]+\\s+)?(?:delegation|group)\\s+of\\s+(?:visiting\\s+)?(?:[\\w-]+\\s+)?(?:US|U\\.S\\.|American|Chinese)\\s|in\\s+[A-Z]|in\\s+person|on\\s+the\\s+sidelines|face|(?<=\\b(?:to|will|would)\\s+meet\\s+)(?:when\\s|during\\s))(?![\\w.-]+(?:\\s+[A-Z][\\w.-]*){0,2}\\s+halfway\\b)`,
    ),
    re(`\\b(?:held|hold|holds)\\s+(?:a\\s+)?${GAP(2)}(?:summit|meeting|bilateral)\\b`),
    // "The two envoys met for nine hours in Vienna": the sides told before the verb met each
    // other, told by how long, how, or how often.
    re(
      '\\b(?:met|meet)\\s+(?=for\\s+(?:more\\s+than\\s+|nearly\\s+|almost\\s+|about\\s+|over\\s+)?(?:\\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several)\\s+(?:hours?|days?|minutes?)\\b|behind\\s+closed\\s+doors|privately\\b|face\\s+to\\s+face\\b|twice\\b|over\\s+(?:dinner|lunch|breakfast|two\\s+days)\\b)',
    ),
    // "The two met on Wednesday at the presidential library": the pair the sentence before named.
    re(
      '(?<=\\b(?:[Tt]he|[Tt]hose)\\s+(?:two|pair)\\s+(?:leaders\\s+|men\\s+|women\\s+|officials\\s+)?)met\\b(?=\\s+(?:on|in|at|for|last|this|earlier|yesterday|today|privately|briefly|again)\\b)',
    ),
    // "Biden and Xi met again last week in Lima": the sides told before the verb,
    // the place after when; "the two envoys met this morning on the margins of a regional summit".
    re(
      '\\bmet\\s+(?:again\\s+|briefly\\s+|privately\\s+|separately\\s+)?(?:(?:earlier|later)\\s+(?:this|that|last)\\s+(?:week|month|year)|last\\s+(?:week|month|year)|yesterday|(?:earlier\\s+)?(?:today|tonight)|this\\s+(?:morning|afternoon|evening)|(?:on\\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|in\\s+(?:early\\s+|mid-?|late\\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December))\\s*,?\\s+(?=in\\s+[A-Z]|at\\s+(?:the\\s+)?[A-Z]|on\\s+the\\s+(?:sidelines|margins)\\b)',
    ),
    // "On Tuesday he met the defence minister, Li Shangfu": an official named by office first.
    re(
      '\\b(?:met|meets)\\s+(?:with\\s+)?the\\s+(?:[\\w-]+\\s+){0,2}?(?:minister|president|premier|vice-premier|secretary|chancellor|foreign\\s+minister|defen[cs]e\\s+minister|envoy|ambassador)\\b(?=,?\\s+[A-Z])',
    ),
    // "Xi and Trump first met at the president's resort in Florida in April": the sides told
    // before the verb, the place after "at".
    re(
      "\\b(?:first|last|previously|briefly|finally)\\s+met\\s+(?=at\\s+(?:the\\s+|a\\s+)?(?:[a-z]+['’]s\\s+)?[A-Z]|in\\s+[A-Z])",
    ),
    // "the envoys will sit down with each other next month": a meeting to come
    re('\\b(?:sat|sit|sits|sitting)\\s+down\\s+with\\b'),
    // "The chancellor hosted the Japanese premier at her country house", "received Vice Premier
    // Jane Doe in the Oval Office", "received U.S. Commerce Secretary Jane Doe at the guesthouse":
    // a leader received by another is their meeting. A named
    // guest only: "hosted the Olympics" or "hosted a dinner" is no encounter, nor is a month or
    // a weekday ("hosted Monday's round").
    re(
      `\\b(?:hosted|hosts|hosting|will\\s+host|received|receives|receiving|will\\s+receive)\\s+(?:(?:his\\s+|her\\s+|their\\s+|the\\s+)?(?:[A-Z][a-z]+\\s+)?(?:counterpart|leader|president|premier|chancellor|prime\\s+minister)\\b|(?:visiting\\s+)?(?:(?:U\\.S\\.|US|American|Chinese)\\s+)?(?:Mr|Mrs|Ms|Dr|(?:Vice\\s+)?President|(?:Vice\\s+)?Premier|Prime\\s+Minister|Chancellor|Secretary\\s+of\\s+State|(?:[A-Z][a-z]+\\s+)?Secretary|(?:Foreign|Defen[cs]e)\\s+Minister|State\\s+Councill?or|Senator|Speaker)\\.?\\s+(?=[A-Z])|(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b)(?=[A-Z][a-z]+(?:\\s+[A-Z][a-z]+)?(?:\\s*[,.;]|\\s+(?:at|in|on|for|during)\\b)))`,
    ),
    // "The envoy will brief the president on Thursday": a report made in person is a meeting of
    // the two. "a brief Chinese statement" and "briefed reporters" tell none.
    re(
      '(?<!\\b(?:a|an|the|his|her|its|their|this|that|in)\\s+)\\bbrief(?:s|ed|ing)?\\s+(?:the\\s+(?=president|premier|chancellor|prime\\s+minister)|(?=[A-Z]))(?!(?:Press|Room|Reuters)\\b)',
    ),
    // "On Friday, the premier met with her at the Great Hall": the visitor of the sentence before,
    // named by a pronoun; "meet them halfway" and "met her demands" say something else.
    re(
      `\\b(?:met|meet|meets|meeting)\\s+(?:with\\s+)?(?:him|her|them)(?=\\s*(?:[,.;]|$)|\\s+(?:in|at|on|during|for|after|before|again|briefly|separately|privately|later|yesterday|today|last|this|twice)\\b)`,
    ),
  ],
  nominal: [
    re('\\b(?:[Ss]ummit|meeting|face-to-face|sit-down)\\b'),
    // "at their dinner in Buenos Aires on Dec. 1": the leaders' meal is their meeting.
    // "the December 1 dinner between the two presidents", the same with whom it was between.
    re(
      "(?<=\\b(?:their|the\\s+(?:two\\s+)?(?:leaders|presidents)['’])\\s+(?:working\\s+)?)dinner\\b|\\bdinner(?=\\s+between\\s+the\\s+(?:two\\s+)?(?:leaders|presidents)\\b)",
    ),
  ],
  themesFromContext: true,
  bilateral: true,
  title: ({ pair, parties, place, at, verb }) => {
    return {
      title: `${pair} ${verb('meets', 'meet')}${at}`,
      slugParts: [...parties.slice(0, 2), 'meeting', place ?? ''],
    };
  },
  examples: {
    detects: [
      'On Friday the president received Vice Premier Jane Doe in the Oval Office.',
      'The president received U.S. Commerce Secretary Jane Doe at the guesthouse on Sunday.',
      'The premier met with visiting Treasury Secretary John Roe on Monday.',
      'The premier met a delegation of US business leaders in Beijing on Wednesday.',
      'The two leaders set the clock ticking at their dinner in Lima on May 3.',
      'Biden met Xi on the sidelines of the gathering in Bali.',
      "The two leaders first met at the president's Florida resort in April.",
      'On Tuesday he met the defence minister, Li Wen.',
      'The two leaders met again last week in Lima.',
      'The two envoys met this morning on the margins of a regional summit.',
      'The two met on Wednesday at a presidential library in California.',
      // A meeting awaited, told by when it will happen rather than where.
      'The two leaders are expected to meet when the bloc gathers in Lima late this month.',
      'In March 2019 the president hosted Mr. Abe at his golf resort in Florida.',
      'The chancellor hosted her counterpart at the lakeside villa on Sunday.',
      'Xi hosted Biden in Beijing on Tuesday.',
      'The premier hosted the German chancellor in the Great Hall.',
      'The envoy said she would brief the president on Thursday.',
      'The two envoys will sit down with each other in Vienna next month.',
      'In Vienna on Monday and Tuesday, the two envoys met for nine hours over two days.',
      'The foreign ministers met behind closed doors on Sunday.',
      'On Tuesday a delegation of officials sat down with their Chinese counterparts in Beijing.',
    ],
    ignores: [
      'The firm received China’s approval in May.',
      'Quarterly sales met expectations.',
      'The ministry put out a brief Chinese-language statement.',
      'Officials briefed reporters after the session.',
      'The minister hoped that Washington would meet Beijing halfway on tariffs.',
      'Beijing hosted the Winter Olympics in February.',
      'The embassy hosted a reception for exporters.',
      'Paris hosted Monday’s round of climate talks.',
      'Qatar hosted World Cup matches in December.',
      'The club met for its annual dinner in May.',
      'Quarterly sales met forecasts for the third time.',
    ],
  },
});
