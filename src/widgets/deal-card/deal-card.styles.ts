import { css } from 'lit';

/*
 * Narrow first (one column from 280 px); from 40rem the parties keep a full row and terms and
 * beneficiaries sit side by side. Logical properties only, so right-to-left pages mirror the card.
 * Each status has its own icon shape beside its words (never a colour alone, never a button's
 * outline): a dashed empty ring for an unconfirmed report, a ring filling up from announced to
 * completed (a full disc), a crossed ring for cancelled. Icons are drawn with borders, which
 * forced-colours mode keeps. One rule a line, no comments inside the template: the sheet ships as written.
 */
export const dealCardStyles = css`
article{display:grid;gap:.75em;padding:var(--_space);background:var(--_surface);border:1px solid var(--_border);border-radius:var(--_radius)}
article *{margin:0;padding:0}
[part='headline']{font-size:1.25em;line-height:1.3}
.line{display:flex;flex-wrap:wrap;align-items:baseline;gap:.25em 1em;font-size:var(--_small)}
.status{display:inline-flex;align-items:center;gap:.4em;font-weight:700}
.status::before{content:var(--_glyph,'');display:grid;place-items:center;flex:none;inline-size:1.2em;block-size:1.2em;border:.2em solid var(--_accent);border-radius:50%;background:conic-gradient(var(--_accent) var(--_fill,0),transparent 0);color:var(--_accent);font-size:.75em;line-height:1}
[data-status='reported']{font-style:italic}
[data-status='reported']::before{border-style:dashed}
[data-status='signed']{--_fill:50%}
[data-status='in-progress']{--_fill:75%}
[data-status='completed']{--_fill:100%}
[data-status='cancelled']{--_glyph:'✕'}
@media (forced-colors:active){
.status::before{forced-color-adjust:none}
}
.meta{display:flex;flex-wrap:wrap;gap:0 1em;color:var(--_muted)}
.meta dd{display:inline}
[part='section-title']{margin-block-end:.375em;font-size:1em;font-weight:700}
.name,[part='term-value']{font-weight:700}
.terms,.parties{display:flex;flex-wrap:wrap;gap:.5em 1.5em;list-style:none}
.terms dt,.about{color:var(--_muted);font-size:var(--_small)}
.parties li{display:flex;flex:1 1 10em;flex-direction:column;padding-inline-start:.75em;border-inline-start:.25em solid var(--_accent)}
[part='term-value']{font-size:1.5em;line-height:1.2}
.beneficiaries{list-style-position:inside}
@container (min-width:40rem){
article{grid-template-columns:1fr 1fr;gap:1em 2em;padding:calc(var(--_space) * 1.5)}
article>:not(.block),.block:has(>.parties){grid-column:1 / -1}
[part='headline']{font-size:1.5em}
}
`;
