export { escapeHtml, safeUrl } from './escape-html.js';
export { renderKeyHtml, plainText, type Mark } from './inline-html.js';
export { renderHtmlEdition, type HtmlEditionInput } from './html-edition.js';
export { renderMarkdownEdition, type MarkdownEditionInput } from './markdown-edition.js';
export { renderJsonEdition, type JsonEditionInput } from './json-edition.js';
export { buildEditionView, type SectionView, type BlockView } from './edition-model.js';
