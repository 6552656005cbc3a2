import type { DateMention, Detection } from './pipelineTypes.ts';

/**
 * "It was the ministers' first meeting since March 2021": the sentence tells this meeting, and
 * tells as well that the last one was in March 2021. That earlier meeting is an event of its own,
 * dated there, which the "since" date never gives the meeting the sentence is about.
 *
 * Only a month or a day: "their first meeting since 2019" says too little of the earlier one to
 * put it on a timeline.
 */
const FIRST_BEFORE = /\bfirst\s+(?:[\w-]+\s+){0,2}$/i;
// "the first meeting between the two countries' defence chiefs since May 2023": the noun's own
// words may run to eight.
const SINCE_BETWEEN = /^\s+(?:[\w’'-]+\s+){0,8}?since\s+$/i;

export function earlierOccasions(detections: Detection[], dates: DateMention[]): Detection[] {
  const earlier: Detection[] = [];
  for (const d of detections) {
    const sentence = d.segment.text;
    if (!FIRST_BEFORE.test(sentence.slice(Math.max(0, d.triggerStart - 40), d.triggerStart))) {
      continue;
    }
    const since = dates.find(
      (m) =>
        m.start >= d.triggerEnd &&
        !m.counterfactual &&
        (m.date.precision === 'month' || m.date.precision === 'day') &&
        SINCE_BETWEEN.test(sentence.slice(d.triggerEnd, m.start)),
    );
    if (since === undefined) continue;
    earlier.push({
      ...d,
      date: since.date,
      status: 'occurred',
      verbal: false,
      anaphoric: false,
      hypothetical: false,
      action: '',
      dateSource: 'text',
    });
  }
  return earlier;
}
