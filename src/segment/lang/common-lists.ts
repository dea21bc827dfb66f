// Word lists shared by several languages.

/** Top-level domains that end a bare domain name (nzz.ch, srf.ch, bund.de): a period after one ends a sentence. */
export const TLDS: readonly string[] = [
  'ch', 'li', 'de', 'at', 'lu', 'be', 'nl', 'fr', 'uk', 'us', 'eu', 'ru', 'ua', 'cn', 'jp', 'pl', 'se', 'dk',
  'no', 'fi', 'es', 'pt', 'gr', 'cz', 'hu', 'ie', 'ca', 'au', 'nz', 'in', 'br',
  'com', 'org', 'net', 'gov', 'edu', 'mil', 'info', 'io', 'ai', 'app', 'dev', 'news', 'swiss', 'online', 'tech',
];
