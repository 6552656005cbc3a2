import { defineKind } from './kindDefinition.ts';
import { GAP, re } from './patternParts.ts';

/** Two sides in one room: "Biden met Xi on the sidelines of the summit." */
export const meeting = defineKind({
  id: 'meeting',
  cue: /meet|met\b|summit|face-to-face|sit/i,
  themes: ['diplomacy'],
  tag: 'summit',
  verbal: [
    re(
      // "hoped the US side would meet China halfway" is a concession, not an encounter.
      `\\b(?:met|meet|meets|meeting)\\s+(?:with\\s+)?(?:his\\s+|her\\s+|their\\s+)?(?=[A-Z]|counterpart|in\\s+[A-Z]|in\\s+person|on\\s+the\\s+sidelines|face)(?![\\w.-]+(?:\\s+[A-Z][\\w.-]*){0,2}\\s+halfway\\b)`,
    ),
    re(`\\b(?:held|hold|holds)\\s+(?:a\\s+)?${GAP(2)}(?:summit|meeting|bilateral)\\b`),
    // "the envoys will sit down with each other next month": a meeting to come
    re('\\b(?:sat|sit|sits|sitting)\\s+down\\s+with\\b'),
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
      'The two envoys will sit down with each other in Vienna next month.',
    ],
    ignores: [
      'Quarterly sales met expectations.',
      'The minister hoped that Washington would meet Beijing halfway on tariffs.',
    ],
  },
});
