/**
 * What WordPress keeps in a post written by anyone without `unfiltered_html` (Authors,
 * Contributors): the default `$allowedposttags` of wp-includes/kses.php (WordPress 6.x) and its
 * global attributes, as options for `sanitize-html`. `<script>`, `<iframe>`, `<style>` and unknown
 * tags are dropped, as kses drops them.
 */
const GLOBAL = ['aria-*', 'class', 'data-*', 'dir', 'hidden', 'id', 'lang', 'style', 'title', 'role', 'xml:lang'];
const TEXT = ['align', 'dir', 'lang', 'xml:lang'];

const TAGS = {
  address: [], a: ['href', 'rel', 'rev', 'name', 'target', 'download'], abbr: [], acronym: [],
  area: ['alt', 'coords', 'href', 'nohref', 'shape', 'target'], article: TEXT, aside: TEXT,
  audio: ['autoplay', 'controls', 'loop', 'muted', 'preload', 'src'], b: [], bdo: ['dir'], big: [],
  blockquote: ['cite', 'lang', 'xml:lang'], br: [], button: ['disabled', 'name', 'type', 'value'],
  caption: ['align'], cite: ['dir', 'lang'], code: [], col: ['align', 'char', 'charoff', 'span', 'dir', 'valign', 'width'],
  colgroup: ['align', 'char', 'charoff', 'span', 'valign', 'width'], del: ['datetime'], dd: [], dfn: [],
  details: [...TEXT, 'open'], div: TEXT, dl: [], dt: [], em: [], fieldset: [], figure: TEXT, figcaption: TEXT,
  font: ['color', 'face', 'size'], footer: TEXT, h1: ['align'], h2: ['align'], h3: ['align'], h4: ['align'],
  h5: ['align'], h6: ['align'], header: TEXT, hgroup: TEXT, hr: ['align', 'noshade', 'size', 'width'], i: [],
  img: ['alt', 'align', 'border', 'height', 'hspace', 'longdesc', 'vspace', 'src', 'usemap', 'width'],
  ins: ['datetime', 'cite'], kbd: [], label: ['for'], legend: ['align'], li: ['align', 'value'], main: TEXT,
  map: ['name'], mark: [], menu: ['type'], nav: TEXT, object: ['data', 'type'], p: TEXT, pre: ['width'],
  q: ['cite'], rb: [], rp: [], rt: [], rtc: [], ruby: [], s: [], samp: [], span: ['dir', 'align', 'lang', 'xml:lang'],
  section: TEXT, small: [], strike: [], strong: [], sub: [], summary: TEXT, sup: [],
  table: ['align', 'bgcolor', 'border', 'cellpadding', 'cellspacing', 'dir', 'rules', 'summary', 'width'],
  tbody: ['align', 'char', 'charoff', 'valign'], td: ['abbr', 'align', 'axis', 'bgcolor', 'char', 'charoff', 'colspan', 'dir', 'headers', 'height', 'nowrap', 'rowspan', 'scope', 'valign', 'width'],
  textarea: ['cols', 'rows', 'disabled', 'name', 'readonly'], tfoot: ['align', 'char', 'charoff', 'valign'],
  th: ['abbr', 'align', 'axis', 'bgcolor', 'char', 'charoff', 'colspan', 'headers', 'height', 'nowrap', 'rowspan', 'scope', 'valign', 'width'],
  thead: ['align', 'char', 'charoff', 'valign'], title: [], tr: ['align', 'bgcolor', 'char', 'charoff', 'valign'],
  track: ['default', 'kind', 'label', 'src', 'srclang'], tt: [], u: [], ul: ['type'], ol: ['start', 'type', 'reversed'],
  var: [], video: ['autoplay', 'controls', 'height', 'loop', 'muted', 'poster', 'preload', 'src', 'width'],
};

/** `sanitize-html` options equal to WordPress's default post filter. */
export const WORDPRESS_POST = {
  allowedTags: Object.keys(TAGS),
  allowedAttributes: { '*': GLOBAL, ...TAGS },
  // wp_allowed_protocols()
  allowedSchemes: ['http', 'https', 'ftp', 'ftps', 'mailto', 'news', 'irc', 'irc6', 'ircs', 'gopher', 'nntp', 'feed', 'telnet', 'mms', 'rtsp', 'sms', 'svn', 'tel', 'fax', 'xmpp', 'webcal', 'urn'],
  allowedSchemesAppliedToAttributes: ['href', 'src', 'cite', 'longdesc', 'usemap', 'poster', 'data'],
  // Dropped with their content, as kses drops them.
  nonTextTags: ['script', 'style', 'iframe'],
};
