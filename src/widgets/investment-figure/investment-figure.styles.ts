import { css } from 'lit';

// One rule a line: the sheet ships as written, so its whitespace is part of the widget's weight.
export const investmentFigureStyles = css`
figcaption,.rank,.hl th{font-weight:700}
.amount{margin-block:.125em;color:var(--_accent);font-size:min(var(--lede-figure-size,2em),11cqi);font-weight:800;line-height:1.15;text-wrap:balance}
.number,td{position:relative;font-variant-numeric:tabular-nums}
.count{position:absolute;inset-inline-end:0;white-space:nowrap}
.count:not([hidden])+span{opacity:0}
.context,caption{color:var(--_muted);font-size:var(--_small)}
table{margin-block:.75em;inline-size:100%;border-collapse:collapse;font-size:var(--_small)}
caption{text-align:start;font-size:1em}
th{inline-size:25%;padding-block:.25em;padding-inline:0 .75em;font-weight:400;text-align:start;hyphens:manual}
td div{display:flex;flex-wrap:wrap;align-items:center;gap:0 .5em}
svg{flex:none;block-size:.875em;fill:var(--_border)}
.hl svg{fill:var(--_accent)}
.source{margin-block-start:.5em}
@container (min-width:32rem){
.amount{font-size:var(--lede-figure-size,2.75em)}
}
@media print{.count{display:none}.count+span{opacity:1!important}}
@media (forced-colors:active){.hl svg{fill:Highlight}}
`;
