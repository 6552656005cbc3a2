import { defineKind } from './kindDefinition.ts';
import { re } from './patternParts.ts';

/**
 * Lines between governments that carry no topic of their own: "military-to-military
 * communication", "the defence hotline". Plain "talks" are negotiations (the talks kind), and
 * resuming them is a new round, not this.
 */
const CHANNEL =
  "(?:(?:military-to-military|mil-to-mil|military|defen[cs]e|high-level)\\s+(?:[\\w’'-]+\\s+){0,2}?(?:communications?|channels?|talks|dialogues?|contacts?|exchanges|hotlines?)|communication\\s+channels?|hotlines?|dialogue\\s+channels?)";
const RESTORE = '(?:restor|resum|reopen|re-?establish)';

/**
 * Lines between governments opened again after a halt: "The two leaders agreed to restore
 * military-to-military communication." An agreement to restore them is itself the event, so the
 * trigger holds "agreed to" and the promise does not make it a plan.
 */
export const dialogueRestored = defineKind({
  id: 'dialogue-restored',
  cue: /restor|resum|reopen|establish/i,
  themes: ['diplomacy'],
  tag: 'dialogue',
  verbal: [
    // "agreed to restore high-level military-to-military communication"
    re(
      `\\b(?:agreed|agree|agrees)\\s+to\\s+${RESTORE}\\w*\\s+(?:the\\s+|their\\s+)?(?:[\\w’'-]+\\s+){0,2}?${CHANNEL}`,
    ),
    // "Beijing resumed defence talks", "the hotline was restored" is left to its noun
    re(`\\b${RESTORE}(?:ed|es|e|ing)\\s+(?:the\\s+|their\\s+)?(?:[\\w’'-]+\\s+){0,2}?${CHANNEL}`),
  ],
  bilateral: true,
  title: ({ pair, parties, verb, primary }) => {
    const military = /military|defen[cs]e/i.test(primary.segment.text);
    const what = military ? 'military communication' : 'dialogue';
    return {
      title: `${pair} ${verb('restores', 'restore')} ${what}`,
      slugParts: [...parties.slice(0, 2), 'restore', military ? 'military' : '', 'dialogue'],
    };
  },
  examples: {
    detects: [
      'At the end of the dinner the two presidents agreed to resume military-to-military talks.',
      'Beijing restored the defence hotline with Washington in the spring.',
    ],
    ignores: [
      'The two sides resumed trade talks in London.',
      'The court restored the law on Monday.',
    ],
  },
});
