// The review page's stylesheet, inlined: one row per sentence, badges, diffs and findings in place;
// wraps down to 320 px, dark mode, print without interactive chrome.

export const REVIEW_CSS = `
:root { color-scheme: light dark; --ink:#1d232b; --muted:#56606c; --line:#dfe4ea; --paper:#fff; --accent:#0b5cad; --focus:#0b5cad;
  --ok:#1e7a45; --warn:#8a4b00; --bad:#b42318; --row:#fff7d6; --tip-bg:#1d232b; --tip-ink:#fff; --summary:#eef4fb; --summary-line:#cfe0f3;
  --font: Georgia, 'Times New Roman', serif; --ui: system-ui, -apple-system, 'Segoe UI', sans-serif; }
@media (prefers-color-scheme: dark) {
  :root { --ink:#e6e9ed; --muted:#a8b2bd; --line:#38404a; --paper:#15181c; --accent:#8cc4ff; --focus:#8cc4ff; --ok:#4cc38a; --warn:#f0a646;
    --bad:#ff8a80; --row:#3a3317; --tip-bg:#e6e9ed; --tip-ink:#15181c; --summary:#1a2430; --summary-line:#2f4358; }
}
* { box-sizing: border-box; }
body { margin: 0; color: var(--ink); background: var(--paper); font: 16px/1.55 var(--font); }
a { color: var(--accent); }
:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
.skip { position: absolute; left: .5rem; top: -3rem; background: var(--paper); color: var(--accent); padding: .4rem .8rem; font: 600 .95rem var(--ui); z-index: 10; }
.skip:focus { top: .5rem; }
.page { max-width: 74rem; margin: 0 auto; padding: 1.25rem clamp(.6rem, 2.5vw, 1.5rem) 3rem; }
.kicker, .meta, .status, .findings, .prov, .section-label, .withheld, .colheads, .block-note, details.suggestion, .glossary { font-family: var(--ui); }
.kicker { color: var(--muted); font-size: .85rem; letter-spacing: .04em; text-transform: uppercase; margin: 0 0 .5rem; }
h1 { font-size: clamp(1.4rem, 1rem + 1.8vw, 2rem); line-height: 1.2; margin: 0; }
h2 { font-size: 1.25rem; line-height: 1.3; margin: 0; }
h3, h4 { font-size: 1.1rem; margin: 0; }
.masthead { border-bottom: 2px solid var(--ink); padding-bottom: 1rem; margin-bottom: 1.25rem; }
.meta { color: var(--muted); font-size: .85rem; display: flex; flex-wrap: wrap; gap: .4rem 1rem; align-items: center; margin: .75rem 0 0; }
.meta code { overflow-wrap: anywhere; }
.legend { flex-basis: 100%; margin: 0; }
.badge { display: inline-block; border-radius: 999px; padding: .15rem .7rem; font-size: .8rem; font-weight: 600; color: #fff; background: #1e7a45; }
.badge--partial { background: #8a4b00; }
.badge--low { background: #b42318; }
.colheads { display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); gap: 0 2rem; font-weight: 600; font-size: .75rem; color: var(--muted); text-transform: uppercase; letter-spacing: .06em; border-bottom: 1px solid var(--line); padding: 0 .35rem .35rem; margin-bottom: .5rem; }
.section { margin: 0 0 1.25rem; }
.section-label { font-size: .75rem; color: var(--muted); text-transform: uppercase; letter-spacing: .06em; margin: 1.5rem 0 .25rem; }
.withheld { color: var(--warn); font-size: .85rem; margin: .25rem 0 .5rem; }
.block { margin: 0 0 .8rem; }
.block-note { font-size: .72rem; color: var(--muted); margin: 0 .35rem; }
.row { display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); gap: 0 2rem; padding: .15rem .35rem; border-radius: 4px; scroll-margin-top: 1rem; }
.row:hover, .row:focus-within, .row:target { background: var(--row); }
.cell { min-width: 0; overflow-wrap: break-word; }
.cell p, .cell h1, .cell h2, .cell h3, .cell h4 { margin: 0; }
.row--title .cell--en h1 { font-size: clamp(1.2rem, 1rem + 1.2vw, 1.5rem); }
.block--heading { margin-top: 1.4rem; }
.block--caption .cell { font: italic .9rem/1.45 var(--ui); color: var(--muted); }
.block--caption { border-left: 3px solid var(--line); }
.block--blockquote .cell { border-left: 3px solid var(--accent); padding-left: .75rem; font-style: italic; }
.section--summary { background: var(--summary); border: 1px solid var(--summary-line); border-radius: 8px; padding: .75rem clamp(.5rem, 2vw, 1rem); }
.block--summary-title .cell { font: 700 1rem var(--ui); }
.cell img { max-width: 100%; height: auto; }
.term { text-decoration: underline dotted var(--accent); text-decoration-thickness: 2px; text-underline-offset: .2em; position: relative; cursor: help; border-radius: 2px; }
.term-tip { display: none; position: absolute; left: 0; top: 100%; z-index: 5; margin-top: .3rem; width: max-content; max-width: min(22rem, calc(100vw - 1rem)); padding: .4rem .6rem;
  background: var(--tip-bg); color: var(--tip-ink); font: 400 .8rem/1.35 var(--ui); font-style: normal; border-radius: 4px; white-space: normal; }
.term:hover .term-tip, .term:focus .term-tip { display: block; }
.term.tip-off .term-tip { display: none; }
.status { display: inline-block; font-size: .7rem; font-weight: 700; text-transform: uppercase; letter-spacing: .04em; border-radius: 3px; padding: 0 .35rem; margin-right: .35rem; vertical-align: .1em; font-style: normal; }
.status--missing { background: #fde7e5; color: #9b1c12; }
.status--stale, .status--review { background: #fff1d6; color: #7a4300; }
.status--fuzzy { background: #ede7fb; color: #4a2fa8; }
.row[data-status='missing'] .cell--en { color: var(--muted); }
.prov { margin: .1rem 0 0; font-size: .72rem; color: var(--muted); }
.prov code, details.suggestion code { overflow-wrap: anywhere; }
details.suggestion { font-size: .85rem; line-height: 1.4; margin-top: .25rem; }
details.suggestion ins { background: #dff5e6; color: #0c4a24; text-decoration: none; }
details.suggestion del { background: #fde7e5; color: #7d1a12; }
.findings { margin: .25rem 0 0; padding: 0; list-style: none; font-size: .78rem; color: var(--bad); }
.findings code { overflow-wrap: anywhere; }
.finding--info { color: var(--muted); }
.glossary { margin-top: 2rem; font-size: .9rem; }
.glossary h2 { font-family: var(--ui); font-size: 1.05rem; margin-bottom: .5rem; }
.glossary dt { font-weight: 700; }
.glossary dd { margin: 0 0 .5rem 1rem; }
.glossary .note { color: var(--muted); }
footer { margin-top: 2.5rem; border-top: 1px solid var(--line); padding-top: .75rem; color: var(--muted); font: .8rem var(--ui); }
@media (max-width: 47.5rem) {
  .row { grid-template-columns: minmax(0, 1fr); }
  .cell--en { margin: .15rem 0 .5rem; padding-left: .6rem; border-left: 2px solid var(--line); }
  .colheads { display: none; }
}
@media print {
  .skip, .term-tip, details.suggestion { display: none !important; }
  .row { break-inside: avoid; grid-template-columns: minmax(0, 1fr) minmax(0, 1fr) !important; }
  body { background: #fff; color: #000; }
}
`;
