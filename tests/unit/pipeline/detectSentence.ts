import { classifyDetection } from '../../../src/pipeline/classifyDetection.ts';
import { detectEvents } from '../../../src/pipeline/detectEvents.ts';
import { extractDates } from '../../../src/pipeline/extractDates.ts';
import type { Detection } from '../../../src/pipeline/pipelineTypes.ts';
import { subsumeDetections } from '../../../src/pipeline/subsumeDetections.ts';

/** The detections one body sentence yields, through the same stages the pipeline runs. */
export function detectSentence(sentence: string, published = '2025-05-12'): Detection[] {
  const segment = {
    kind: 'body' as const,
    start: 0,
    end: sentence.length,
    text: sentence,
    paragraph: 0,
  };
  const dates = extractDates(sentence, { published, anchor: published });
  return subsumeDetections(
    detectEvents('a', segment, dates, published).map((d) => classifyDetection(d)),
  );
}
