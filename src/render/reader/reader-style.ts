// The reader page's stylesheet, inlined (the page is one self-contained file): news typography,
// reading modes by CSS radio buttons, no horizontal overflow down to 320 px, dark mode, print.

export const READER_CSS = `
:root { color-scheme: light dark; --ink:#1a1d21; --muted:#59626d; --line:#dde2e8; --paper:#fff; --tint:#f4f6f8; --accent:#0b5cad;
  --focus:#0b5cad; --pair:#fff3c4; --target:#ffe58a; --tip-bg:#1a1d21; --tip-ink:#fff; --summary:#eef4fb; --summary-line:#c9dcf1;
  --serif: Georgia, 'Times New Roman', serif; --sans: system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif; }
@media (prefers-color-scheme: dark) {
  :root { --ink:#e7eaee; --muted:#a9b3be; --line:#39414b; --paper:#15181c; --tint:#1d2228; --accent:#8cc4ff; --focus:#8cc4ff;
    --pair:#3b3418; --target:#5a4a12; --tip-bg:#e7eaee; --tip-ink:#15181c; --summary:#1a2430; --summary-line:#2f4358; }
}
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0; background: var(--paper); color: var(--ink); font: 1.0625rem/1.6 var(--serif); }
a { color: var(--accent); }
:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
.sr-only { position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
.skip { position: absolute; left: .5rem; top: -3rem; background: var(--paper); color: var(--accent); padding: .4rem .8rem; font: 600 .95rem var(--sans); z-index: 10; }
.skip:focus { top: .5rem; }
.page { max-width: 72rem; margin: 0 auto; padding: 1rem clamp(.75rem, 3vw, 2rem) 3rem; }
.masthead { display: flex; flex-wrap: wrap; align-items: center; justify-content: space-between; gap: .5rem 1.5rem; border-bottom: 3px solid var(--ink); padding-bottom: .6rem; margin-bottom: 1.5rem; font-family: var(--sans); }
.brand { margin: 0; font-weight: 700; font-size: 1.1rem; }
.brand .kicker { font-weight: 400; color: var(--muted); font-size: .9rem; }
.modes { display: flex; flex-wrap: wrap; align-items: center; gap: .35rem; font-size: .85rem; }
.modes-label { color: var(--muted); margin-right: .15rem; }
.modes label { border: 1px solid var(--line); border-radius: 999px; padding: .2rem .7rem; cursor: pointer; white-space: nowrap; }
#mode-de:checked ~ .page label[for=mode-de], #mode-en:checked ~ .page label[for=mode-en],
#mode-side:checked ~ .page label[for=mode-side], #mode-inter:checked ~ .page label[for=mode-inter] { background: var(--ink); color: var(--paper); border-color: var(--ink); }
#mode-de:focus-visible ~ .page label[for=mode-de], #mode-en:focus-visible ~ .page label[for=mode-en],
#mode-side:focus-visible ~ .page label[for=mode-side], #mode-inter:focus-visible ~ .page label[for=mode-inter] { outline: 3px solid var(--focus); outline-offset: 2px; }
.terms-hint { margin: 0; flex-basis: 100%; color: var(--muted); font: .8rem/1.4 var(--sans); }
.article { margin: 0 auto; }
.pair { display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); column-gap: clamp(1rem, 3vw, 2.5rem); }
.pair > .de, .pair > .en { min-width: 0; overflow-wrap: break-word; hyphens: auto; }
.pair > .de { grid-column: 1; } .pair > .en { grid-column: 2; }
/* an empty cell keeps its column side by side, and takes no room when stacked */
.pair > .en:empty, .pair > .de:empty { min-height: 0; }
.pair p { margin: 0 0 .9rem; }
h1, h2, h3, h4 { font-family: var(--serif); line-height: 1.2; margin: 0 0 .6rem; }
h1 { font-size: clamp(1.6rem, 1.1rem + 2.2vw, 2.5rem); letter-spacing: -.01em; }
h2 { font-size: 1.35rem; margin-top: 1.6rem; }
h3 { font-size: 1.15rem; margin-top: 1.2rem; }
.headline { margin-bottom: 1rem; }
.byline { font: .85rem/1.4 var(--sans); color: var(--muted); margin: .25rem 0 1rem; }
.standfirst p { font-size: 1.2rem; line-height: 1.5; font-weight: 600; }
.s { border-radius: 2px; transition: background-color .15s; scroll-margin-top: 4rem; }
.s.is-pair { background: var(--pair); }
.s.is-target, .s:target { background: var(--target); }
.figure { margin: 0 0 1.5rem; }
.figure img, .pair img { max-width: 100%; height: auto; display: block; }
figcaption { font: .85rem/1.45 var(--sans); color: var(--muted); border-left: 3px solid var(--line); padding: .2rem 0 .2rem .6rem; margin-top: .4rem; }
figcaption .credit { text-transform: uppercase; letter-spacing: .03em; font-size: .75rem; }
.summary { background: var(--summary); border: 1px solid var(--summary-line); border-radius: 8px; padding: .9rem clamp(.75rem, 2vw, 1.25rem) .2rem; margin: 0 0 1.5rem; font-family: var(--sans); font-size: .95rem; }
.summary h2 { font-family: var(--sans); font-size: 1rem; margin: 0 0 .5rem; }
ul, ol { margin: 0 0 .9rem; padding-left: 1.3rem; }
li { margin-bottom: .35rem; }
blockquote { margin: 0 0 .9rem; padding-left: .9rem; border-left: 3px solid var(--accent); font-style: italic; }
.table-wrap { overflow-x: auto; margin: 0 0 1rem; }
table { border-collapse: collapse; font: .9rem/1.4 var(--sans); }
th, td { border: 1px solid var(--line); padding: .3rem .5rem; vertical-align: top; }
th { background: var(--tint); }
.align-right { text-align: right; } .align-center { text-align: center; }
code { font-size: .9em; overflow-wrap: anywhere; }
.notice { font: italic .9rem/1.45 var(--sans); color: var(--muted); }
.fnref { line-height: 0; font-family: var(--sans); font-size: .7em; }
.notes, .glossary { border-top: 1px solid var(--line); margin-top: 2rem; padding-top: .5rem; font-family: var(--sans); font-size: .9rem; }
.notes h2, .glossary h2 { font-family: var(--sans); font-size: 1.05rem; }
.fn-label { font-weight: 700; margin-right: .3rem; }
.glossary dl { display: grid; grid-template-columns: minmax(0, max-content) minmax(0, 1fr); gap: .3rem 1rem; margin: 0; }
.glossary dt { font-weight: 700; overflow-wrap: anywhere; }
.glossary dd { margin: 0; overflow-wrap: break-word; min-width: 0; }
.term { text-decoration: underline dotted var(--accent); text-decoration-thickness: 2px; text-underline-offset: .2em; position: relative; cursor: help; border-radius: 2px; }
.term:focus-visible { outline: 3px solid var(--focus); outline-offset: 1px; }
.term-tip { display: none; position: absolute; left: 0; top: 100%; z-index: 5; margin-top: .3rem; width: max-content; max-width: min(20rem, calc(100vw - 1rem)); padding: .45rem .65rem;
  background: var(--tip-bg); color: var(--tip-ink); font: 400 .8rem/1.4 var(--sans); font-style: normal; border-radius: 4px; text-align: left; white-space: normal; }
.term:hover .term-tip, .term:focus .term-tip { display: block; }
.term.tip-off .term-tip { display: none; }
.colophon { margin-top: 2.5rem; border-top: 1px solid var(--line); padding-top: .75rem; color: var(--muted); font: .8rem/1.4 var(--sans); }
/* reading modes: one column hidden, or both stacked paragraph by paragraph */
#mode-de:checked ~ .page .pair, #mode-en:checked ~ .page .pair, #mode-inter:checked ~ .page .pair { grid-template-columns: minmax(0, 1fr); }
#mode-de:checked ~ .page .article, #mode-en:checked ~ .page .article, #mode-inter:checked ~ .page .article { max-width: 44rem; }
#mode-de:checked ~ .page .pair > .en, #mode-en:checked ~ .page .pair > .de,
#mode-inter:checked ~ .page .pair > :empty, #mode-en:checked ~ .page .pair > :empty { display: none; }
#mode-de:checked ~ .page .pair > .en, #mode-en:checked ~ .page .pair > .en, #mode-inter:checked ~ .page .pair > .en { grid-column: 1; }
#mode-inter:checked ~ .page .pair--title > .en h1 { font-size: 1.6rem; color: var(--muted); }
#mode-en:checked ~ .page .section--withheld .pair > .de { display: block; }
#mode-inter:checked ~ .page .pair > .en { border-left: 3px solid var(--line); padding-left: .75rem; margin-bottom: .6rem; }
/* stacked, a headline or caption needs no rule to tell its English apart */
#mode-inter:checked ~ .page :is(.pair--title, figcaption) > .en { border-left: 0; padding-left: 0; }
@media (max-width: 40rem) {
  /* side by side needs width: on a phone it becomes interleaved */
  .pair { grid-template-columns: minmax(0, 1fr); }
  .pair > .en { grid-column: 1; border-left: 3px solid var(--line); padding-left: .75rem; margin-bottom: .6rem; }
  .pair > :empty { display: none; }
  .glossary dl { grid-template-columns: minmax(0, 1fr); }
  .glossary dd { margin: 0 0 .5rem .75rem; }
  :is(.pair--title, figcaption) > .en { border-left: 0; padding-left: 0; }
  .pair--title > .en h1 { font-size: 1.35rem; color: var(--muted); }
  .masthead { align-items: flex-start; }
}
@media print {
  .skip, .modes, .terms-hint, .term-tip { display: none !important; }
  body { font-size: 10.5pt; background: #fff; color: #000; }
  .page { max-width: none; padding: 0; }
  .article { max-width: none !important; }
  .pair { grid-template-columns: minmax(0, 1fr) minmax(0, 1fr) !important; }
  .pair > .de, .pair > .en { display: block !important; border: 0 !important; padding: 0 !important; }
  .pair > .de { grid-column: 1 !important; } .pair > .en { grid-column: 2 !important; }
  .pair, figure, tr { break-inside: avoid; }
  .term { text-decoration: none; }
  .s.is-pair, .s.is-target, .s:target { background: none; }
  a { color: inherit; }
}
@media (prefers-reduced-motion: reduce) { .s { transition: none; } }
`;
