/**
 * Build-time minification of Lit's tagged templates, so the source stays readable while the
 * shipped bytes do not pay for indentation:
 * - css`…` is minified by Lightning CSS (without lowering any feature: what ships behaves as written);
 * - html`…` loses the indentation between tags, and keeps a single space wherever a space could show.
 * Vite's own minifier never touches template literal contents, so without this every widget ships
 * its source formatting.
 */
import { Features, transform as transformCss } from 'lightningcss';
import { parseAst, type Plugin } from 'vite';

/** Browsers whose syntax the minified CSS must keep (e.g. `min-width` media queries for Safari < 16.4). */
const CSS_TARGETS = { safari: 14 << 16, chrome: 90 << 16, firefox: 90 << 16 };
/** Lower nothing: only media query syntax follows the targets, everything else stays as authored. */
const MEDIA = Features.MediaQueries | Features.MediaRangeSyntax | Features.MediaIntervalSyntax;
const NO_LOWERING = Object.values(Features).reduce((all, flag) => all | flag, 0) & ~MEDIA;

/** Elements around which whitespace never renders (block boxes, table parts, SVG shapes). */
const BLOCKS = new Set(
  `address article aside blockquote dd details dialog div dl dt fieldset figcaption figure footer form
  h1 h2 h3 h4 h5 h6 header hgroup hr li main nav ol p section summary table caption colgroup col tbody
  td tfoot th thead tr ul g path rect circle line polyline polygon ellipse defs clipPath title desc`.split(/\s+/),
);

/** Templates whose whitespace is content: left exactly as written. */
const VERBATIM = /<(pre|textarea|style|script)\b/i;

export function minifyCss(css: string, filename: string): string {
  const { code } = transformCss({ filename, code: Buffer.from(css), minify: true, targets: CSS_TARGETS, exclude: NO_LOWERING });
  return code.toString();
}

/** The tag name right before `end` (`…<p class="x">` → p) or right after `start` (`</figure>…` → figure). */
const tagBefore = (text: string): string | undefined => /<\/?([a-zA-Z][\w-]*)[^<>]*>$/.exec(text)?.[1];
const tagAfter = (text: string): string | undefined => /^<\/?([a-zA-Z][\w-]*)/.exec(text)?.[1];

/**
 * Minifies the static parts of one html`` template. Only runs of whitespace that contain a line
 * break are touched (source indentation): removed next to a block-level tag, otherwise one space.
 */
export function minifyHtml(parts: string[]): string[] {
  if (parts.some((part) => VERBATIM.test(part))) return parts;
  return parts.map((part, index) =>
    part.replace(/\s*\n\s*/g, (run, offset: number) => {
      if (part[offset - 1] === '\\') return run;
      const before = part.slice(0, offset);
      const after = part.slice(offset + run.length);
      const atStart = offset === 0 && index === 0;
      const atEnd = offset + run.length === part.length && index === parts.length - 1;
      const lastTag = tagBefore(before);
      const nextTag = tagAfter(after);
      if (atStart || atEnd) return nextTag === undefined && lastTag === undefined ? ' ' : '';
      if ((lastTag && BLOCKS.has(lastTag)) || (nextTag && BLOCKS.has(nextTag))) return '';
      return ' ';
    }),
  );
}

interface Node {
  type: string;
  start: number;
  end: number;
  [key: string]: unknown;
}

interface TemplateLiteral extends Node {
  quasis: Array<Node & { value: { raw: string; cooked: string | null } }>;
  expressions: Node[];
}

/** Escapes text so that it reads back as itself inside a template literal. */
const asRaw = (text: string): string => text.replace(/\\/g, '\\\\').replace(/`/g, '\\`').replace(/\$\{/g, '\\${');

function* taggedTemplates(node: unknown): Generator<{ tag: string; quasi: TemplateLiteral }> {
  if (Array.isArray(node)) {
    for (const child of node) yield* taggedTemplates(child);
    return;
  }
  if (!node || typeof node !== 'object') return;
  const n = node as Node;
  if (n.type === 'TaggedTemplateExpression') {
    const tag = n.tag as Node & { name?: string };
    if (tag.type === 'Identifier' && (tag.name === 'css' || tag.name === 'html')) {
      yield { tag: tag.name, quasi: n.quasi as TemplateLiteral };
    }
  }
  for (const key in n) if (key !== 'type') yield* taggedTemplates(n[key]);
}

/**
 * Source ranges of a template literal's static parts. Checked against the parser's raw values, so
 * an unexpected shape leaves the template alone instead of corrupting it.
 */
function partRanges(code: string, quasi: TemplateLiteral): Array<[number, number]> | undefined {
  const ranges: Array<[number, number]> = [];
  let start = quasi.start + 1;
  for (const [i, element] of quasi.quasis.entries()) {
    const end = start + element.value.raw.length;
    if (code.slice(start, end) !== element.value.raw) return undefined;
    ranges.push([start, end]);
    const expression = quasi.expressions[i];
    if (expression) start = code.indexOf('}', expression.end) + 1;
  }
  return ranges;
}

/** Rewrites every css`` and html`` template in one module's source; returns undefined when nothing changed. */
export function minifyTemplates(code: string, filename: string): string | undefined {
  if (!/\b(css|html)`/.test(code)) return undefined;
  const program = parseAst(code, { lang: filename.endsWith('.ts') ? 'ts' : 'js' });
  const edits: Array<{ start: number; end: number; text: string }> = [];
  for (const { tag, quasi } of taggedTemplates(program.body)) {
    const ranges = partRanges(code, quasi);
    if (!ranges) continue;
    const raws = quasi.quasis.map((q) => q.value.raw);
    let minified: string[];
    if (tag === 'css') {
      // Interpolated CSS cannot be parsed alone; it is left as written.
      const cooked = quasi.quasis[0].value.cooked;
      if (quasi.expressions.length || cooked === null) continue;
      minified = [asRaw(minifyCss(cooked, filename))];
    } else {
      minified = minifyHtml(raws);
    }
    minified.forEach((text, i) => {
      if (text !== raws[i]) edits.push({ start: ranges[i][0], end: ranges[i][1], text });
    });
  }
  if (!edits.length) return undefined;
  let out = code;
  for (const edit of edits.sort((a, b) => b.start - a.start)) out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
  return out;
}

/** The Vite plugin: applies `minifyTemplates` to the library's own TypeScript sources. */
export function minifyTemplatesPlugin(): Plugin {
  return {
    name: 'lede:minify-templates',
    enforce: 'pre',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id)) return undefined;
      const out = minifyTemplates(code, id);
      return out === undefined ? undefined : { code: out, map: null };
    },
  };
}
