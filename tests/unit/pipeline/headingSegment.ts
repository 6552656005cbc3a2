/** A heading line as segmentText gives it, at the top of an article. */
export const heading = (text: string) => ({
  kind: 'heading' as const,
  start: 0,
  end: text.length,
  text,
  paragraph: 0,
});
