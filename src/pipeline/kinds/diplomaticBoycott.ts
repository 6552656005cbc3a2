import { defineKind } from './kindDefinition.ts';
import { re } from './patternParts.ts';

/** Who stays away: "officials", "a delegation", "representation". */
const ENVOYS =
  '(?:(?:diplomatic|official|government|senior|ministerial)\\s+(?:or\\s+official\\s+)?(?:representation|delegations?|officials|representatives)|officials|diplomats|a\\s+delegation)';
const EVENT =
  '(?:Olympics|Olympic\\s+Games|Paralympics|Games|summit|forum|ceremony|World\\s+Cup|Expo)';

/**
 * A government staying away from the other side's occasion while its athletes or firms still go:
 * "Washington will not send any official delegation to the Games", "announced a diplomatic
 * boycott of the Olympics", "no US officials will attend the opening ceremony".
 */
export const diplomaticBoycott = defineKind({
  id: 'diplomatic-boycott',
  cue: /boycott|\bsend\b|attend/i,
  themes: ['diplomacy'],
  tag: 'diplomatic-boycott',
  verbal: [
    re(
      '\\b(?:announc|declar|launch|stag|join|impos|order)\\w*\\s+(?:a\\s+|an\\s+|its\\s+|the\\s+)?(?:full\\s+)?diplomatic\\s+boycott\\b',
    ),
    re(
      `\\b(?:boycott|boycotts|boycotted|boycotting)\\s+(?:the\\s+)?(?:[\\w-]+\\s+){0,3}?${EVENT}\\b`,
    ),
    // The refusal is the act: "will not send", "won't send" is no negated event.
    re(
      `\\b(?:will|would|did)\\s+not\\s+send\\s+(?:any\\s+)?${ENVOYS}\\b|\\b(?:won['’]t|wouldn['’]t|didn['’]t)\\s+send\\s+(?:any\\s+)?${ENVOYS}\\b`,
    ),
    re(
      `\\bno\\s+(?:American|US|U\\.S\\.|Chinese|government|senior|British|Australian)?\\s*(?:officials?|diplomats?|delegation)\\s+(?:will|would)\\s+(?:attend|go\\s+to|travel\\s+to|be\\s+sent\\s+to)\\s+(?:the\\s+)?(?:[\\w-]+\\s+){0,4}?${EVENT}\\b`,
    ),
  ],
  nominal: [re('\\bdiplomatic\\s+boycott\\b')],
  // "will not send any representation", told again without its day, is the announcement retold:
  // its future tense would make it a second, planned boycott.
  datedOnly: true,
  title: ({ subject, primary, planned, at }) => {
    const of = /\bOlympic|\bParalympic|\bGames\b/.test(primary.segment.text)
      ? ' of the Olympics'
      : '';
    return {
      title: `${subject} ${planned ? 'to stage' : 'stages'} diplomatic boycott${of}${at}`,
      slugParts: [subject, 'diplomatic-boycott', of ? 'olympics' : ''],
    };
  },
  examples: {
    detects: [
      'The government said on Wednesday it would not send any official delegation to the Winter Games.',
      'Two more allies announced a diplomatic boycott on Thursday.',
      'The foreign ministry said no senior officials would attend the opening of the Games.',
    ],
    ignores: [
      'The team will send its athletes to the Games in February.',
      'Fans called for a boycott of the sponsor’s products.',
      'Officials will attend the summit next week.',
    ],
  },
});
