import { datelinePrefixLength, isDatelineLine } from './findDateline';
import type { Segment, SegmentKind } from './pipelineTypes';

const SENTENCES = new Intl.Segmenter('en', { granularity: 'sentence' });

const TERMINAL = /[.!?…]["”’')\]]*$/;
const CREDIT =
  /^(?:\(.*\)|\[.*\]|(?:by|written by|reporting by|edited by|additional reporting by)\s+[A-Z].*)$/i;
const FURNITURE_START =
  /^(?:also read|read more|read also|related|advertisement|subscribe|sign up|click here|watch|share this|follow us|copyright|©|photo|image|source|credit)s?\b/i;
/** Photo captions run long but are never body text. */
const CAPTION = /^(?:photo|image|picture|pictured|caption|file\s+photo|video)\s*[:|–—-]/i;
/** Titles and abbreviations after which ICU wrongly ends a sentence. */
const ABBREVIATION =
  /(?:^|[\s(])(?:Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov|Gen|Lt|Col|Capt|Adm|Sgt|St|Jr|Sr|No|vs|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|U\.S|U\.K|U\.N|E\.U|[A-Z])\.\s*$/;
/**
 * Text in which Unicode sentence breaking (UAX #29) can break only at its end: no sentence
 * terminator or separator before a final run of terminators and closing quotes. Kept to
 * ASCII, Latin-1 letters and typographic quotes and dashes, none of which can end a sentence.
 */
const ONE_SENTENCE =
  /^[\t\x20-\x2d\x2f-\x3e\x40-\x7e\u00a0\u00c0-\u00ff\u2013\u2014\u2018\u2019\u201c\u201d]*(?:[.!?]+["'\u2019\u201d)\]]*)?$/;
const SENTENCE_STARTER =
  /^(?:The|A|An|It|He|She|They|We|I|This|That|These|Those|But|And|However|In|On|At|As|After|Before|Meanwhile|While|When|If|Its|His|Her|Their|There|Both|China|Beijing|Washington)\b/;

/**
 * Splits an article into sentences and non-sentence lines, with exact UTF-16 offsets.
 * Lines are classified by shape (length, end punctuation, brackets), never by their wording,
 * so page furniture of publications the pipeline has never seen is still recognised.
 */
export function segmentText(text: string): Segment[] {
  const segments: Segment[] = [];
  let lineStart = 0;
  let paragraph = 0;
  let seenContent = false;
  while (lineStart <= text.length) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline === -1 ? text.length : newline;
    const line = text.slice(lineStart, lineEnd);
    const trimmed = line.trim();
    if (trimmed !== '') {
      const lead = line.length - line.trimStart().length;
      const start = lineStart + lead;
      const kind = classifyLine(trimmed, !seenContent);
      if (kind === 'body') {
        pushSentences(segments, text, start, lineStart + line.trimEnd().length, paragraph);
      } else {
        segments.push({ kind, start, end: start + trimmed.length, text: trimmed, paragraph });
      }
      seenContent = true;
      paragraph++;
    }
    if (newline === -1) break;
    lineStart = newline + 1;
  }
  return segments;
}

function classifyLine(line: string, isFirst: boolean): SegmentKind {
  if (isDatelineLine(line)) return 'dateline';
  const words = line.split(/\s+/).length;
  if (line.length <= 160 && CREDIT.test(line)) return 'credit';
  if (CAPTION.test(line) || (words <= 16 && FURNITURE_START.test(line))) return 'furniture';
  if ((words <= 14 || (isFirst && words <= 30)) && !TERMINAL.test(line)) {
    return isFirst || isTitleCase(line) ? 'heading' : 'furniture';
  }
  return 'body';
}

function isTitleCase(line: string): boolean {
  const words = line.split(/\s+/).filter((w) => /^[A-Za-z]/.test(w) && w.length > 3);
  if (words.length === 0) return false;
  const capitalised = words.filter((w) => /^[A-Z]/.test(w)).length;
  return capitalised / words.length >= 0.6;
}

function pushSentences(
  out: Segment[],
  text: string,
  start: number,
  end: number,
  paragraph: number,
): void {
  const prefix = datelinePrefixLength(text.slice(start, Math.min(end, start + 200)));
  const from = start + prefix;
  const body = text.slice(from, end);
  const pieces: { start: number; end: number }[] = [];
  // Each call into the ICU segmenter costs tens of microseconds, most of the stage's time;
  // a paragraph with no possible break inside it is one sentence without asking.
  const segments = ONE_SENTENCE.test(body)
    ? [{ segment: body, index: 0 }]
    : SENTENCES.segment(body);
  for (const piece of segments) {
    const raw = piece.segment;
    const lead = raw.length - raw.trimStart().length;
    const trimmedLength = raw.trim().length;
    if (trimmedLength === 0) continue;
    const s = from + piece.index + lead;
    pieces.push({ start: s, end: s + trimmedLength });
  }
  pieces.forEach((piece, i) => {
    const previous = out.at(-1);
    if (
      i > 0 &&
      previous !== undefined &&
      ABBREVIATION.test(previous.text) &&
      !SENTENCE_STARTER.test(text.slice(piece.start, piece.start + 12))
    ) {
      previous.end = piece.end;
      previous.text = text.slice(previous.start, previous.end);
      return;
    }
    out.push({
      kind: 'body',
      start: piece.start,
      end: piece.end,
      text: text.slice(piece.start, piece.end),
      paragraph,
    });
  });
}
