import type { EventDate } from '../data/eventSchema.ts';
import type { Detection } from './pipelineTypes.ts';

/** "signed it", "signs it": the bill the clause before passed (legislation's pattern). */
const SIGNED_IT = /^(?:signed|signs)\s+it$/i;

/**
 * "The assembly passed the ports bill in March, and the governor signed it soon after": a bill
 * is signed within days of its passage, so the signing the sentence tells with no date of its
 * own falls in the month the passage is dated to, roughly (or its year, when only that is told).
 */
export function signedWhenPassed(detections: Detection[]): Detection[] {
  return detections.map((d) => {
    if (d.kind !== 'legislation' || d.date !== null || !d.verbal || d.status !== 'occurred') {
      return d;
    }
    if (!SIGNED_IT.test(d.segment.text.slice(d.triggerStart, d.triggerEnd))) return d;
    const passed = detections.find(
      (p) =>
        p !== d &&
        p.kind === 'legislation' &&
        p.verbal &&
        p.triggerEnd <= d.triggerStart &&
        p.date?.start != null &&
        p.status === 'occurred',
    )?.date;
    if (passed?.start == null) return d;
    const date: EventDate =
      passed.precision === 'day'
        ? { start: passed.start.slice(0, 7), precision: 'month', approximate: true }
        : { ...passed, approximate: true };
    return { ...d, date, dateSource: 'text' };
  });
}
