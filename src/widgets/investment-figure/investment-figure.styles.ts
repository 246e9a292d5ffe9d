import { css } from 'lit';

// One rule a line: the sheet ships as written, so its whitespace is part of the widget's weight.
export const investmentFigureStyles = css`
figcaption,.rank{font-weight:600}
.amount{margin-block:.125rem;color:var(--_accent);font-size:var(--lede-figure-size,2em);font-weight:800;line-height:1.15}
.number,td{position:relative;font-variant-numeric:tabular-nums}
.count{position:absolute;inset-inline-end:0;white-space:nowrap}
.count:not([hidden])+span{opacity:0}
.context{color:var(--_muted);font-size:.875em}
.rank{color:var(--_text)}
table{margin-block:.75rem;inline-size:100%;table-layout:fixed;border-collapse:collapse;font-size:.875em}
caption{text-align:start;color:var(--_muted)}
th{inline-size:35%;padding-block:.25rem;padding-inline:0 .75rem;font-weight:400;text-align:start}
td{padding-block:.25rem}
svg{display:block;inline-size:100%;block-size:.625rem;border-radius:.25rem;background:var(--_border);fill:var(--_accent)}
:host(:dir(rtl)) svg{scale:-1 1}
.source{margin-block-start:.5rem}
cite{font-style:normal}
@container (min-width:32rem){
.amount{font-size:var(--lede-figure-size,2.75em)}
}
`;
