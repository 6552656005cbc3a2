/**
 * Every kind of event the pipeline detects, in priority order: when two kinds' verbal patterns
 * overlap in a sentence, the earlier kind wins ("held a phone call" is a call, not talks). This
 * list is the one source of the kind type; each id has one file in this folder.
 */
export const KIND_IDS = [
  'phone-call',
  'visit',
  'dialogue-halt',
  'dialogue-restored',
  'fentanyl-curbs',
  'talks',
  'meeting',
  'agreement',
  'tariffs',
  'tariff-reprieve',
  'entity-list',
  'export-controls',
  'tech-restriction',
  'visas',
  'warning',
  'sanctions',
  'investigation',
  'security-review',
  'wto-complaint',
  'import-suspension',
  'import-approval',
  'purchase',
  'legal-case',
  'currency-designation',
  'military',
  'shoot-down',
  'ambassador-summoned',
  'regulator-summons',
  'consulate-closure',
  'expulsion',
  'media-restriction',
  'diplomatic-boycott',
  'cyber-attack',
  'legislation',
  'policy',
  'bloc-statement',
  'statement',
  'deadline',
  'remark-row',
  'official-act',
] as const;

export type EventKind = (typeof KIND_IDS)[number];
