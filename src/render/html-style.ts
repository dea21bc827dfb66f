// The edition's stylesheet, inlined so the HTML file is self-contained (no network, no JavaScript).

export const EDITION_CSS = `
:root { --ink:#1d232b; --muted:#5b6673; --line:#e3e7ec; --accent:#0b5cad; --de:#fbfaf7; --en:#f6f9fc;
  --ok:#1e7a45; --warn:#a35a00; --bad:#b42318; --font: Georgia, 'Times New Roman', serif; --ui: system-ui, -apple-system, 'Segoe UI', sans-serif; }
* { box-sizing: border-box; }
body { margin: 0; color: var(--ink); background: #fff; font: 17px/1.55 var(--font); }
.page { max-width: 1180px; margin: 0 auto; padding: 2rem 1.25rem 4rem; }
.kicker, .badge, .legend, .meta, .status, .findings, .section-label, .withheld, footer { font-family: var(--ui); }
.kicker { color: var(--muted); font-size: .85rem; letter-spacing: .04em; text-transform: uppercase; margin: 0 0 .5rem; }
h1 { font-size: 2rem; line-height: 1.2; margin: 0; }
h2 { font-size: 1.3rem; line-height: 1.3; margin: 0; }
.row--title .cell--en { font-size: 1.35rem; line-height: 1.3; align-self: end; color: #2c3744; }
.masthead { border-bottom: 2px solid var(--ink); padding-bottom: 1rem; margin-bottom: 1.5rem; }
.meta { color: var(--muted); font-size: .85rem; display: flex; flex-wrap: wrap; gap: .5rem 1rem; align-items: center; margin-top: .75rem; }
.badge { display: inline-block; border-radius: 999px; padding: .15rem .7rem; font-size: .8rem; font-weight: 600; color: #fff; background: var(--ok); }
.badge--partial { background: var(--warn); }
.badge--low { background: var(--bad); }
.legend { display: flex; gap: .75rem; font-size: .8rem; margin: 0; }
.legend span { white-space: nowrap; }
.colheads { display: grid; grid-template-columns: 1fr 1fr; gap: 0 2rem; font: 600 .75rem var(--ui); color: var(--muted); text-transform: uppercase; letter-spacing: .06em; border-bottom: 1px solid var(--line); padding-bottom: .35rem; margin-bottom: .5rem; }
.section { margin: 0 0 1.25rem; }
.section-label { font-size: .72rem; color: var(--muted); text-transform: uppercase; letter-spacing: .06em; margin: 1.5rem 0 .25rem; }
.block { margin: 0 0 .9rem; }
.row { display: grid; grid-template-columns: 1fr 1fr; gap: 0 2rem; padding: .15rem .35rem; border-radius: 4px; scroll-margin-top: 1rem; }
.row:hover, .row:focus-within, .row:target { background: #fff7d6; }
.cell p { margin: 0; }
.block--heading { margin-top: 1.6rem; }
.block--caption .cell { font: italic .9rem/1.45 var(--ui); color: var(--muted); }
.block--caption { border-left: 3px solid var(--line); padding-left: .5rem; }
.section--summary { background: #eef4fb; border: 1px solid #cfe0f3; border-radius: 8px; padding: .75rem 1rem; }
.block--summary-title .cell { font: 700 1rem var(--ui); }
.block--list-item .cell p::before { content: '•'; margin-right: .5rem; color: var(--accent); }
.block--blockquote .cell { border-left: 3px solid var(--accent); padding-left: .75rem; font-style: italic; }
.term { border-bottom: 1px dotted var(--accent); position: relative; cursor: help; outline: none; }
.term:focus { background: #dbe9f8; }
.term-tip { display: none; position: absolute; left: 0; top: 100%; z-index: 5; min-width: 12rem; max-width: 22rem; padding: .4rem .6rem; background: var(--ink); color: #fff; font: .8rem/1.35 var(--ui); border-radius: 4px; font-style: normal; font-weight: 400; }
.term:hover .term-tip, .term:focus .term-tip { display: block; }
.status { display: inline-block; font-size: .7rem; font-weight: 700; text-transform: uppercase; letter-spacing: .04em; border-radius: 3px; padding: 0 .35rem; margin-right: .35rem; vertical-align: .1em; }
.status--missing { background: #fde7e5; color: var(--bad); }
.status--stale { background: #fff1d6; color: var(--warn); }
.status--fuzzy { background: #ede7fb; color: #5b3cc4; }
.status--review { background: #fff1d6; color: var(--warn); }
.row[data-status='missing'] .cell--en { color: var(--muted); }
details.suggestion { font: .85rem/1.4 var(--ui); margin-top: .25rem; }
details.suggestion ins { background: #dff5e6; text-decoration: none; }
details.suggestion del { background: #fde7e5; }
.findings { margin: .25rem 0 0; padding: 0; list-style: none; font-size: .78rem; color: var(--bad); }
.withheld { color: var(--muted); font-size: .85rem; font-style: italic; }
.glossary dt { font-weight: 700; }
.glossary dd { margin: 0 0 .5rem 1rem; font-family: var(--ui); font-size: .9rem; }
footer { margin-top: 3rem; border-top: 1px solid var(--line); padding-top: 1rem; color: var(--muted); font-size: .8rem; }
@media (max-width: 760px) { .row, .colheads { grid-template-columns: 1fr; } .cell--en { margin: .15rem 0 .5rem; padding-left: .6rem; border-left: 2px solid var(--line); } .colheads { display: none; } }
@media print { .term-tip, details.suggestion { display: none !important; } .row { break-inside: avoid; } }
`;
