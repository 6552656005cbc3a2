import type { Detection } from './pipelineTypes.ts';

/** The words of the sentence that triggered `d`: "signed it", "passed the bill". */
export function triggerText(d: Detection): string {
  return d.segment.text.slice(d.triggerStart, d.triggerEnd);
}
