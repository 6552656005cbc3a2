/** Elements that start and end a paragraph of the text. */
const BLOCK = new Set([
  'ADDRESS',
  'ARTICLE',
  'BLOCKQUOTE',
  'BR',
  'DD',
  'DETAILS',
  'DIV',
  'DL',
  'DT',
  'FIGURE',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TR',
  'UL',
]);
/** Elements whose content is not prose: pictures and what Readability keeps of embeds. */
const SKIP = new Set([
  'IMG',
  'PICTURE',
  'VIDEO',
  'AUDIO',
  'SOURCE',
  'FIGCAPTION',
  'SCRIPT',
  'STYLE',
]);
const CELL = new Set(['TD', 'TH']);
/** Labels an ad slot or a teaser leaves in the body, alone on their line. */
const LEFTOVER_LABEL =
  /^(?:advertisement|advert|ad|sponsored(?: content)?|story continues below(?: advertisement)?|continue reading(?: below)?|scroll to continue(?: with content)?)$/i;

/**
 * The text of an element as the pipeline reads articles: one paragraph per line, a blank line
 * between paragraphs, runs of white space as one space. Walks with an explicit stack, so
 * markup nested a hundred thousand levels deep cannot overflow the call stack.
 */
export function domToText(root: Node): string {
  const paragraphs: string[] = [];
  let current = '';
  let preDepth = 0;
  const flush = (): void => {
    const line = (preDepth > 0 ? current : current.replace(/\s+/g, ' ')).trim();
    if (line !== '' && !LEFTOVER_LABEL.test(line)) paragraphs.push(line);
    current = '';
  };
  const stack: Array<{ node: Node; leaving: boolean }> = [{ node: root, leaving: false }];
  while (stack.length > 0) {
    const { node, leaving } = stack.pop() as { node: Node; leaving: boolean };
    if (node.nodeType === 3) {
      current += (node.nodeValue ?? '').replace(/\u00a0/g, ' ');
      continue;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) continue;
    const tag = node.nodeType === 1 ? (node as Element).tagName.toUpperCase() : '';
    if (SKIP.has(tag)) continue;
    if (leaving) {
      if (BLOCK.has(tag)) flush();
      if (tag === 'PRE') preDepth--;
      if (CELL.has(tag)) current += ' ';
      continue;
    }
    if (BLOCK.has(tag)) flush();
    if (tag === 'PRE') preDepth++;
    stack.push({ node, leaving: true });
    const children = node.childNodes;
    for (let i = children.length - 1; i >= 0; i--) {
      const child = children[i];
      if (child !== undefined) stack.push({ node: child, leaving: false });
    }
  }
  flush();
  return paragraphs.join('\n\n');
}
