/**
 * Every kind of event the pipeline detects, in priority order: when two kinds' verbal patterns
 * overlap in a sentence, the earlier kind wins ("held a phone call" is a call, not talks). This
 * list is the one source of the kind type; each id has one file in this folder.
 */
export const KIND_IDS = [
  'phone-call',
  'visit',
  'talks',
  'meeting',
  'agreement',
  'tariffs',
  'export-controls',
  'tech-restriction',
  'visas',
  'warning',
  'sanctions',
  'investigation',
  'purchase',
  'military',
  'policy',
  'statement',
] as const;

export type EventKind = (typeof KIND_IDS)[number];
