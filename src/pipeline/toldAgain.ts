import type { Detection, Segment } from './pipelineTypes.ts';

/**
 * The measure of the sentence before, told again by `verb` in `segment` with a day of its own:
 * a second event beside the first ("It was unveiled in March.", "They take effect on June 9.").
 * The copy leaves the registry's entry behind, since that entry names the first act.
 */
export function toldAgain(
  antecedent: Detection,
  segment: Segment,
  verb: RegExpExecArray,
  told: Pick<Detection, 'status' | 'date'> & Partial<Pick<Detection, 'action'>>,
): Detection {
  const copy: Detection = {
    ...antecedent,
    segment,
    triggerStart: verb.index,
    triggerEnd: verb.index + verb[0].length,
    ...told,
    dateSource: 'text',
    notes: [],
  };
  delete copy.knownEventId;
  return copy;
}
