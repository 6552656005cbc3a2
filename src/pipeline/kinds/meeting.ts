import { defineKind } from './kindDefinition.ts';
import { GAP, re } from './patternParts.ts';

/** Two sides in one room: "Biden met Xi on the sidelines of the summit." */
export const meeting = defineKind({
  id: 'meeting',
  cue: /meet|met\b|summit|face-to-face|sit|brief/i,
  themes: ['diplomacy'],
  tag: 'summit',
  verbal: [
    re(
      // "hoped the US side would meet China halfway" is a concession, not an encounter.
      `\\b(?:met|meet|meets|meeting)\\s+(?:with\\s+)?(?:his\\s+|her\\s+|their\\s+)?(?=[A-Z]|counterpart|in\\s+[A-Z]|in\\s+person|on\\s+the\\s+sidelines|face)(?![\\w.-]+(?:\\s+[A-Z][\\w.-]*){0,2}\\s+halfway\\b)`,
    ),
    re(`\\b(?:held|hold|holds)\\s+(?:a\\s+)?${GAP(2)}(?:summit|meeting|bilateral)\\b`),
    re('\\bsat\\s+down\\s+with\\b'),
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
  nominal: [re('\\b(?:[Ss]ummit|meeting|face-to-face|sit-down)\\b')],
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
      'Biden met Xi on the sidelines of the gathering in Bali.',
      'The envoy said she would brief the president on Thursday.',
    ],
    ignores: [
      'Quarterly sales met expectations.',
      'The ministry put out a brief Chinese-language statement.',
      'Officials briefed reporters after the session.',
      'The minister hoped that Washington would meet Beijing halfway on tariffs.',
    ],
  },
});
