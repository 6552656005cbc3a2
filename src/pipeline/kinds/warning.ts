import { defineKind } from './kindDefinition.ts';
import { GAP, re } from './patternParts.ts';

/** "Huawei chips" reads better than the bare tag when both are there. */
function topicPhrase(tags: Set<string>, topic: string): string {
  if (tags.has('huawei') && tags.has('chips'))
    return tags.has('ai') ? 'Huawei AI chips' : 'Huawei chips';
  return topic;
}

/** A public warning or guidance: "The Commerce Department warned firms against Huawei chips." */
export const warning = defineKind({
  id: 'warning',
  cue: /warn|caution|guidance/i,
  themes: ['diplomacy'],
  tag: 'warning',
  verbal: [
    re('\\b(?:warn|warns|warned|cautioned)\\b'),
    re(`\\b(?:issued|published)\\s+${GAP(3)}guidance\\b`),
  ],
  nominal: [re('\\bguidance\\b')],
  themesFromContext: true,
  title: ({ subject, tags, topic, planned, primary }) => {
    // "The agency issued guidance for exporters": advice on what to do, not a warning.
    const told = primary.segment.text.slice(primary.triggerStart, primary.triggerEnd);
    if (/guidance/i.test(told) && !topic) {
      return {
        title: `${subject} ${planned ? 'to issue' : 'issues'} guidance`,
        slugParts: [subject, 'guidance'],
      };
    }
    return {
      title: topic
        ? `${subject} ${planned ? 'to warn' : 'warns'} over ${topic === 'chips' ? 'chips' : topicPhrase(tags, topic)}`
        : `${subject} issues warning`,
      slugParts: [subject, 'warning', topic ?? ''],
    };
  },
  examples: {
    detects: ['The Commerce Department warned firms against using Huawei chips.'],
    ignores: ['Forecasters expect rain over the weekend.'],
  },
});
