/**
 * The report's only style sheet, inlined in the page (no fonts, no network):
 * system fonts, one grid of columns per utterance, diff marks that survive
 * grey-scale printing (strike-through and underline, not colour alone).
 */
export const HTML_STYLES = `
:root { --red: #b42318; --yellow: #a15c07; --cyan: #0e7490; --green: #15803d; --gray: #6b7280;
  --del-bg: #fde2e1; --ins-bg: #d9f5e1; --line: #d0d5dd; --card: #f9fafb; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 88rem; padding: 1.5rem; color: #111827; background: #fff;
  font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif; }
h1 { font-size: 1.6rem; margin: 0 0 .25rem; }
h2 { font-size: 1.25rem; margin: 2rem 0 .75rem; padding-bottom: .25rem; border-bottom: 2px solid currentColor; }
h3 { font-size: 1.05rem; margin: 0; }
code, .where { font: .8rem/1.4 ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; color: var(--gray); }
.where { overflow-wrap: break-word; }
td code, td.where { white-space: nowrap; }
.counts { display: flex; flex-wrap: wrap; gap: .5rem; padding: 0; margin: 1rem 0; list-style: none; }
.counts li { border: 1px solid var(--line); border-left-width: 6px; border-radius: 6px; padding: .35rem .75rem; }
.counts b { font-size: 1.3rem; margin-right: .3rem; }
.c-contradict { border-left-color: var(--red) !important; } h2.c-contradict { color: var(--red); }
.c-meaning { border-left-color: var(--yellow) !important; } h2.c-meaning { color: var(--yellow); }
.c-wording { border-left-color: var(--cyan) !important; } h2.c-wording { color: var(--cyan); }
.c-agree { border-left-color: var(--green) !important; } h2.c-agree { color: var(--green); }
.c-single { border-left-color: var(--gray) !important; } h2.c-single { color: var(--gray); }
table { border-collapse: collapse; width: 100%; font-size: .9rem; }
th, td { text-align: left; vertical-align: top; padding: .3rem .5rem; border-bottom: 1px solid var(--line); }
.group { border: 1px solid var(--line); border-left-width: 6px; border-radius: 8px; padding: .75rem 1rem; margin: 0 0 1rem; break-inside: avoid; }
.group > header { display: flex; flex-wrap: wrap; gap: .25rem 1rem; align-items: baseline; margin-bottom: .5rem; }
.meta { color: var(--gray); font-size: .85rem; }
.renderings { display: grid; grid-template-columns: repeat(auto-fit, minmax(15rem, 1fr)); gap: .75rem; }
.rendering { background: var(--card); border: 1px solid var(--line); border-radius: 6px; padding: .5rem .75rem; min-width: 0; }
.rendering h4 { margin: 0; font-size: .95rem; }
.rendering h4 .name { font-weight: normal; color: var(--gray); }
.statement + .statement { border-top: 1px dashed var(--line); margin-top: .5rem; padding-top: .5rem; }
blockquote { margin: .35rem 0; font-family: Georgia, "Times New Roman", serif; overflow-wrap: anywhere; }
.tag { display: inline-block; font-size: .75rem; font-weight: 600; text-transform: uppercase; letter-spacing: .03em; border-radius: 4px; padding: 0 .35rem; color: #fff; }
.tag.verbatim { background: var(--green); } .tag.wording { background: var(--cyan); } .tag.meaning { background: var(--yellow); }
.tag.reference { background: var(--gray); }
.value { font-weight: 700; }
del { background: var(--del-bg); color: var(--red); text-decoration: line-through; }
ins { background: var(--ins-bg); color: var(--green); text-decoration: underline; }
mark { background: #fef08a; }
.reasons { margin: .5rem 0 0; padding-left: 1.25rem; color: var(--gray); font-size: .85rem; }
details > summary { cursor: pointer; }
details.group:not([open]) { padding-top: .35rem; padding-bottom: .35rem; margin-bottom: .5rem; }
details.group > summary { list-style-position: outside; }
.folded-section > summary h2 { display: inline-block; border: 0; }
.agree-line { overflow-wrap: anywhere; }
.printed { font-size: .85rem; color: var(--gray); }
@media print {
  body { max-width: none; padding: 0; font-size: 10pt; }
  .group, .rendering { break-inside: avoid; }
  h2 { break-after: avoid; }
  details > summary { list-style: none; }
  details::details-content { content-visibility: visible; display: block; }
  del, ins, mark, .tag, .counts li, .group { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`;
