import { defineKind } from './kindDefinition.ts';
import { re } from './patternParts.ts';

/** The body a witness faces: "the House Energy and Commerce Committee", "senators", "Congress". */
const PANEL =
  '(?:the\\s+|a\\s+)?(?:US\\s+|U\\.S\\.\\s+)?(?:House|Senate|Congress|congressional|lawmakers|senators|[A-Z][\\w-]*(?:\\s+(?:and\\s+)?[A-Z][\\w-]*){0,5}\\s+(?:Committee|Subcommittee|Commission)|(?:[\\w-]+\\s+){0,3}(?:committee|subcommittee|panel))\\b';

/**
 * A witness before Congress: "The app's chief executive testified before the House Energy and
 * Commerce Committee on Thursday", "spent five hours before a Senate panel". The hearing is the
 * event, whatever the witness said at it.
 */
export const hearing = defineKind({
  id: 'hearing',
  cue: /testif|appear|before|grilled|questioned|hearing/i,
  themes: [],
  tag: 'hearing',
  verbal: [
    re(
      `\\b(?:testified|testifies|testify|testifying)\\s+(?:(?:yesterday|today|again|publicly|for\\s+the\\s+first\\s+time|on\\s+[A-Z][a-z]+day)\\s+)?before\\s+${PANEL}`,
    ),
    re(
      `\\b(?:appeared|appears|appear|appearing|spent\\s+(?:about\\s+|nearly\\s+|almost\\s+|more\\s+than\\s+|some\\s+|roughly\\s+)?(?:\\d+|two|three|four|five|six|seven|eight|several)\\s+hours)\\s+before\\s+${PANEL}`,
    ),
    re(
      '\\b(?:grilled|questioned|pressed)\\s+by\\s+(?:US\\s+|U\\.S\\.\\s+|American\\s+)?(?:lawmakers|senators|congressmen|members\\s+of\\s+Congress|(?:the\\s+)?(?:House|Senate)\\s+(?:committee|panel))\\b',
    ),
  ],
  nominal: [
    // "hearing it from executives", "were hearing that": the verb, not a session.
    re(
      "(?<!\\b(?:is|are|was|were|been|be|am|keep|kept|started|began|stop|stopped)\\s+)(?<!(?:[Ii][’']m|[Ww]e[’']re|[Tt]hey[’']re|[Yy]ou[’']re)\\s+)\\b(?:(?:congressional|House|Senate|committee|subcommittee)\\s+)?hearings?\\b(?!\\s+(?:that|it|from|about)\\b)(?!\\s+(?:before|in)\\s+(?:a\\s+|the\\s+)?(?:[\\w-]+\\s+)?(?:court|judge))",
    ),
  ],
  themesFromContext: true,
  neutralTakesArticleThemes: true,
  impliedActors: ['United States'],
  title: ({ subject, topic: told, planned, trigger }) => {
    // "TikTok testifies before Congress", not "… on TikTok".
    const topic = told?.toLowerCase() === subject.toLowerCase() ? undefined : told;
    const on = topic ? ` on ${topic}` : '';
    if (/^(?:testif|appear|spent|grilled|questioned|pressed)/i.test(trigger)) {
      return {
        title: `${subject} ${planned ? 'to testify' : 'testifies'} before Congress${on}`,
        slugParts: [subject, 'testifies', topic ?? ''],
      };
    }
    return {
      title: `Congress ${planned ? 'to hold' : 'holds'} hearing${on}`,
      slugParts: ['congress', 'hearing', topic ?? ''],
    };
  },
  examples: {
    detects: [
      "The app's chief executive testified before the House Energy and Commerce Committee on Thursday.",
      'The founder spent about five hours before a Senate panel on Tuesday.',
      'On Wednesday the chipmaker’s boss was grilled by lawmakers over its ties to Beijing.',
      'Senators held a hearing on the export rules on Tuesday.',
    ],
    ignores: [
      'She said she was hearing the word more and more from executives.',
      'At a hearing before a federal court on Friday the executive pleaded not guilty.',
      'The singer appeared before a sold-out crowd.',
    ],
  },
});
