// German: the word lists the rules refer to (CLDR's suppressions plus a newsroom list, German and
// Swiss usage) and the German rule list: the shared fragments plus German-only rules (ordinals and
// dates, regnal numbers, units, vowelless abbreviations). A newsroom adds abbreviations in config
// (`segment.abbreviations`), not here.
import type { LanguagePack, LanguageRule } from '../types.js';
import { CLDR_DE_SUPPRESSIONS } from './cldr-de.js';
import { TLDS } from './common-lists.js';
import { ELLIPSIS_ATTACHED, ENDS, HEAD, KEEPS, STARTER, STRUCTURE, TERMINAL } from './shared-rules.js';

/**
 * CLDR entries diglot does not use as abbreviations, because they are ordinary words or names that
 * often end a sentence ("Er bestand den Test.", "… lädt die App.", "Ich danke Dir."). `Art.` moves to
 * the number prefixes ("Art. 5" yes, "auf seine Art." no).
 */
const CLDR_EXCLUDED = new Set(['Alt.', 'Akt.', 'Test.', 'Max.', 'Port.', 'Ben.', 'Dir.', 'PIN.', 'App.', 'Art.']);

/**
 * Abbreviations that never end a sentence: titles, and those that always announce what follows. `bzw.`
 * and `resp.` are conjunctions and need a second conjunct: none of 271 `bzw.` in German man pages and news
 * ends a sentence, while a starter after them is common inside one (`an uns bzw. Ihre Bank`); the evidence is
 * in tests/fixtures/segment/classes/abbreviation-end.txt.
 */
const TITLES = [
  'Dr.', 'Prof.', 'Hr.', 'Hrn.', 'Frl.', 'Nr.', 'Nrn.', 'St.', 'Abs.', 'Kap.', 'Ziff.', 'Bd.', 'Bde.', 'Rz.', 'lit.',
  'Dipl.', 'Dipl.-Ing.', 'Dipl.-Kfm.', 'Ing.', 'med.', 'phil.', 'rer.', 'nat.', 'pol.', 'oec.', 'jur.', 'dent.', 'vet.',
  'theol.', 'habil.', 'h.c.', 'em.', 'ao.', 'apl.', 'Pfr.', 'Kard.', 'Erzb.', 'Hl.', 'Mag.', 'Lic.', 'Univ.-Prof.',
  'vgl.', 'Vgl.', 'bzw.', 'Bzw.', 'bspw.', 'bzgl.', 'Bzgl.', 'resp.', 'z.B.', 'Z.B.', 'd.h.', 'D.h.', 'v.a.', 'V.a.',
  'ca.', 'Ca.', 'sog.', 'ggf.', 'Ggf.', 'ggfs.', 'evtl.', 'Evtl.', 'inkl.', 'exkl.', 'zzgl.', 'einschl.', 'insb.',
  'insbes.', 'i.d.R.', 'I.d.R.', 'zw.', 'gem.', 'lt.', 'betr.', 'Betr.', 'ehem.', 'geb.', 'Tel.', 'z.Hd.', 'i.A.', 'i.V.',
  'o.g.', 'sog.', 'z.T.', 'Z.T.', 'z.Z.', 'z.Zt.', 'u.U.', 'U.U.',
];

/** Newsroom abbreviations that may end a sentence ("… Bier usw. Dann …"): they break only before a sentence starter. */
const NEWSROOM = [
  'usw.', 'usf.', 'etc.', 'u.a.', 'U.a.', 'u.Ä.', 'u.ä.', 'o.Ä.', 'o.ä.', 'u.v.m.', 'u.v.a.', 's.o.', 's.u.', 'v.Chr.',
  'n.Chr.', 'Mio.', 'Mrd.', 'Mia.', 'Tsd.', 'Jh.', 'Jhd.', 'Jahrh.', 'Red.', 'Anm.', 'Abb.', 'Tab.', 'Bsp.', 'Kt.',
  'Gde.', 'Bez.', 'Jg.', 'Pkt.', 'Fr.', 'Rp.', 'Co.', 'Corp.', 'Inc.', 'Ltd.', 'jun.', 'sen.', 'Jr.', 'min.', 'max.',
  'Min.', 'Std.', 'Sek.', 'evang.', 'ref.', 'Bhf.', 'Pl.', 'Aufl.', 'Hg.', 'Verl.', 'Ztg.', 'ff.', 'sel.', 'ugs.',
  'Univ.', 'Inst.', 'Präs.', 'Vors.', 'Mo.', 'Di.', 'Mi.', 'Do.', 'Sa.', 'So.', 'd.J.', 'd.M.', 'a.D.', 'e.V.',
];

/** Words that begin sentences and can't follow an ordinal or an abbreviation inside one. */
const STARTERS = [
  // articles, determiners, pronouns
  'Der', 'Die', 'Das', 'Den', 'Dem', 'Des', 'Ein', 'Eine', 'Einen', 'Einem', 'Einer', 'Eines', 'Kein', 'Keine',
  'Keinen', 'Keinem', 'Keiner', 'Dieser', 'Diese', 'Dieses', 'Diesen', 'Diesem', 'Jener', 'Jene', 'Jenes', 'Jeder',
  'Jede', 'Jedes', 'Jeden', 'Jedem', 'Alle', 'Allen', 'Beide', 'Beiden', 'Manche', 'Viele', 'Einige', 'Mehrere',
  'Solche', 'Welche', 'Welcher', 'Welches', 'Mein', 'Meine', 'Dein', 'Deine', 'Sein', 'Seine', 'Seinen', 'Ihr', 'Ihre',
  'Ihren', 'Ihrem', 'Ihrer', 'Unser', 'Unsere', 'Euer', 'Eure', 'Ich', 'Du', 'Er', 'Sie', 'Es', 'Wir', 'Man', 'Mir',
  'Mich', 'Dich', 'Ihm', 'Ihn', 'Uns', 'Euch', 'Ihnen', 'Jemand', 'Niemand', 'Nichts', 'Etwas', 'Alles', 'Wer', 'Was',
  'Wem', 'Wen', 'Dies',
  // conjunctions and adverbs
  'Und', 'Aber', 'Oder', 'Denn', 'Doch', 'Sondern', 'Also', 'Dann', 'Danach', 'Dort', 'Da', 'Daher', 'Darum',
  'Deshalb', 'Deswegen', 'Dabei', 'Dafür', 'Dagegen', 'Damit', 'Daneben', 'Darauf', 'Daraufhin', 'Darüber', 'Davon',
  'Dazu', 'Dennoch', 'Trotzdem', 'Allerdings', 'Jedoch', 'Zwar', 'Immerhin', 'Ausserdem', 'Außerdem', 'Zudem',
  'Ebenso', 'Ebenfalls', 'Auch', 'Noch', 'Schon', 'Bereits', 'Erst', 'Zuerst', 'Zunächst', 'Schliesslich',
  'Schließlich', 'Letztlich', 'Endlich', 'Später', 'Zuvor', 'Vorher', 'Nachher', 'Inzwischen', 'Mittlerweile',
  'Bisher', 'Seither', 'Seitdem', 'Damals', 'Heute', 'Gestern', 'Jetzt', 'Nun', 'Hier', 'So', 'Sonst', 'Oft',
  'Häufig', 'Manchmal', 'Immer', 'Nie', 'Niemals', 'Kaum', 'Vielleicht', 'Wahrscheinlich', 'Vermutlich', 'Offenbar',
  'Tatsächlich', 'Natürlich', 'Sicher', 'Gleichzeitig', 'Stattdessen', 'Insgesamt', 'Hingegen', 'Vielmehr',
  'Weiter', 'Weiterhin', 'Ferner', 'Überdies', 'Anschliessend', 'Anschließend', 'Wie', 'Wo', 'Wann', 'Warum',
  'Weshalb', 'Wieso', 'Woher', 'Wohin', 'Ob', 'Obwohl', 'Weil', 'Wenn', 'Falls', 'Sobald', 'Solange', 'Während',
  'Nachdem', 'Bevor', 'Seit', 'Als', 'Dass', 'Indem', 'Nein', 'Ja', 'Nicht', 'Nur', 'Sogar', 'Gerade', 'Genau',
  'Bitte', 'Danke', 'Laut', 'Gemäss', 'Gemäß', 'Dadurch', 'Darin', 'Daran', 'Davor', 'Dahinter', 'Daraus',
  'Darunter', 'Hierbei', 'Hierfür', 'Hierzu', 'Hierzulande', 'Somit', 'Folglich', 'Demnach', 'Demzufolge',
  'Dementsprechend', 'Jedenfalls', 'Übrigens', 'Eigentlich', 'Zumindest', 'Wenigstens', 'Hinzu', 'Einst',
  'Kürzlich', 'Zuletzt', 'Erneut', 'Wieder', 'Bislang', 'Derzeit', 'Aktuell', 'Unterdessen', 'Indes', 'Anfangs',
  'Zusätzlich', 'Umgekehrt', 'Andererseits', 'Einerseits', 'Genauso', 'Sowohl', 'Weder', 'Entweder', 'Deren',
  'Dessen', 'Rund', 'Etwa', 'Fast', 'Knapp', 'Mindestens', 'Höchstens',
  // prepositions
  'In', 'Im', 'Ins', 'An', 'Am', 'Ans', 'Auf', 'Aus', 'Bei', 'Beim', 'Mit', 'Nach', 'Von', 'Vom', 'Zu', 'Zum', 'Zur',
  'Für', 'Gegen', 'Ohne', 'Um', 'Über', 'Unter', 'Vor', 'Hinter', 'Neben', 'Zwischen', 'Durch', 'Trotz', 'Wegen',
  'Bis', 'Ab', 'Innerhalb', 'Ausserhalb', 'Außerhalb', 'Angesichts', 'Aufgrund', 'Statt', 'Anstatt', 'Gegenüber',
];

const MONTHS = ['Januar', 'Jänner', 'Februar', 'Feber', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'];
const MONTH_ABBREVIATIONS = ['Jan', 'Feb', 'Mrz', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Okt', 'Nov', 'Dez'];

/** Nouns that follow ordinals: "im 3. Quartal", "der 2. Weltkrieg", "1. FC Köln". */
const ORDINAL_NOUNS = [
  'Jahrhundert', 'Jahrtausend', 'Jahrestag', 'Geburtstag', 'Todestag', 'Hochzeitstag', 'Lebensjahr', 'Quartal',
  'Halbjahr', 'Semester', 'Trimester', 'Klasse', 'Schuljahr', 'Liga', 'Bundesliga', 'Platz', 'Rang', 'Runde',
  'Etappe', 'Spieltag', 'Stock', 'Stockwerk', 'Etage', 'Obergeschoss', 'Untergeschoss', 'Kapitel', 'Auflage',
  'Ausgabe', 'Band', 'Mal', 'Tag', 'Woche', 'Monat', 'Jahr', 'Weltkrieg', 'Kreuzzug', 'Sinfonie', 'Symphonie',
  'Akt', 'Szene', 'Staffel', 'Folge', 'Episode', 'Zusatzartikel', 'Parteitag', 'Legislaturperiode', 'Amtszeit',
  'Jahrgang', 'Generation', 'Minute', 'Sekunde', 'Stunde', 'Wahlgang', 'Durchgang', 'Lauf', 'Versuch', 'Reich',
  'Welt', 'Internationale', 'Kammer', 'Senat', 'Division', 'Armee', 'Korps', 'Flotte', 'Bataillon', 'Regiment',
  'Kompanie', 'Bezirk', 'Arrondissement', 'Wahlkreis', 'Grad', 'Ordnung', 'Wahl', 'Hälfte', 'Halbzeit', 'Säule',
  'Lesung', 'Instanz', 'Teil', 'Fassung', 'Version', 'Advent', 'Sonntag', 'Strophe', 'Vers', 'Tor', 'Gang',
  'FC', 'FFC', 'FSV', 'SC', 'SV', 'VfB', 'VfL', 'TSV', 'BC', 'HC', 'EHC',
];

/** Words before a number that make it an ordinal: "am 24.", "dem 1.", "seinem 80." */
const DETERMINERS = [
  'am', 'Am', 'vom', 'Vom', 'zum', 'Zum', 'im', 'Im', 'beim', 'Beim', 'ins', 'der', 'Der', 'die', 'Die', 'das', 'Das',
  'den', 'Den', 'dem', 'Dem', 'des', 'Des', 'ein', 'eine', 'einem', 'einen', 'einer', 'eines', 'sein', 'seine',
  'seinem', 'seinen', 'seiner', 'seines', 'ihr', 'ihre', 'ihrem', 'ihren', 'ihrer', 'ihres', 'unsere', 'unserem',
  'unseren', 'unserer', 'unseres', 'diese', 'diesem', 'diesen', 'dieser', 'dieses', 'jede', 'jedem', 'jeden',
  'jeder', 'jedes',
];

/** Units that end a sentence after a number even though they look like abbreviations ("10 km. Dann"). */
const UNITS = [
  'km', 'cm', 'mm', 'dm', 'kg', 'mg', 'ml', 'dl', 'cl', 'kWh', 'kW', 'MW', 'GW', 'qm', 'm', 'g', 't', 'l', 'h', 'km/h', 'm/s',
  'Hz', 'kHz', 'MHz', 'GHz', 'Ghz', 'kB', 'KB', 'MB', 'GB', 'TB', 'Mbit', 'kbit', 'PS', 'ha',
];

/** Abbreviations that only count as such before a number. */
const NUMBER_PREFIXES = ['Art', 'S', 'Nr', 'Abs', 'Ziff', 'Kap', 'Bd', 'Rz', 'Fn', 'Tel'];

export const GERMAN_PACK: LanguagePack = {
  code: 'de',
  lists: {
    titles: TITLES,
    abbreviations: [...CLDR_DE_SUPPRESSIONS.filter((a) => !CLDR_EXCLUDED.has(a)), ...NEWSROOM],
    numberPrefixes: NUMBER_PREFIXES,
    starters: STARTERS,
    months: MONTHS,
    monthAbbreviations: MONTH_ABBREVIATIONS,
    ordinalNouns: ORDINAL_NOUNS,
    determiners: DETERMINERS,
    units: UNITS,
    tlds: TLDS,
  },
};

const ORDINAL_FOLLOWER = '{S}+(?:{list:months}{END}|{list:monthAbbreviations}\\.|{list:ordinalNouns}(?:e|en|er|es|s|n)?{END})';
const U_A_AFTER_VERB = '{NW}\\p{Ll}[\\p{L}\\p{M}]*{S}+[uU]\\.[ \\u00a0\\u2009\\u202f]?a\\.';
const REGNAL = '{NW}\\p{Lu}[\\p{L}\\p{M}]+{S}{ROMAN}\\.';
// consonants only, 2–5 letters, at least one lowercase: bzw, Nr, Hbf, Mrd (SPD, NZZ are acronyms that end sentences)
const VOWELLESS = '{NWD}(?![\\p{Lu}]+\\.)[b-df-hj-np-tv-xzßB-DF-HJ-NP-TV-XZ]{2,5}\\.';

/** The complete German rule list, in cascade order (see shared-rules.ts for the shape). */
export const GERMAN_RULES: LanguageRule = {
  name: 'German',
  rules: [
    ...STRUCTURE,
    { id: 'de-date-range', break: false, before: '{NUM}\\.', after: '{S}*[-–—]{S}*\\d', example: 'Vom 1. - 3. Juni ist geschlossen.' },
    { id: 'de-number-after-ordinal', break: false, before: '{NUM}\\.', after: '{S}+\\d', example: 'Am 24. 12. 2022 war Heiligabend.' },
    { id: 'de-ordinal-noun', break: false, before: '{NUM}\\.', after: ORDINAL_FOLLOWER, example: 'Am 24. Februar 2022 und im 3. Quartal, zum 01. Januar.' },
    { id: 'de-street-number', break: false, before: '{NW}\\p{L}{2,}str\\.', after: '{S}+\\d', example: 'Sie wohnt an der Bahnhofstr. 12 in Luzern.‖ Dort wohnt sie gern.' },
    // "unter anderem" after a verb qualifies what follows; "und andere" after a noun may end a list and the sentence
    { id: 'de-unter-anderem', break: false, before: U_A_AFTER_VERB, after: '{S}', example: 'Das betrifft u. a. Die Mitte und die FDP.‖ Gekommen waren Sportler u. a.‖ Sie feierten.' },
    ...HEAD,
    { id: 'de-ordinal-end', break: true, before: '{NUM}\\.', after: STARTER, example: 'Die Information steht auf Seite 12.‖ Dort kannst du nachlesen.' },
    { id: 'de-regnal-end', break: true, before: REGNAL, after: STARTER, example: 'Es regierte Wilhelm II.‖ Er war Kaiser.' },
    { id: 'de-vowelless-end', break: true, before: VOWELLESS, after: STARTER, example: 'Er fuhr mit dem Pkw.‖ Dann ging er.' },
    ...ENDS,
    { id: 'de-unit-end', break: true, before: '\\d{S}?{list:units}\\.', after: '{S}+{O}*(?!\\p{Ll})', example: 'Er lief 10 km.‖ Läufer kennen das.' },
    ...ELLIPSIS_ATTACHED,
    { id: 'de-ordinal', break: false, before: '{NW}{list:determiners}{S}+{NUM}\\.', after: '{S}', example: 'Er feierte seinen 80. Geburtstag mit dem 1. Preis.' },
    { id: 'de-roman-ordinal', break: false, before: '{NW}{list:determiners}{S}+{ROMAN}\\.', after: '{S}', example: 'Die Flieger des III. Geschwaders starteten.‖ Im Jahr MMXX.‖ Danach kam Corona.' },
    { id: 'de-vowelless', break: false, before: VOWELLESS, after: '{S}', example: 'Er kam zum Hbf. Zürich und bzgl. der Kosten.' },
    ...KEEPS,
    { id: 'de-regnal', break: false, before: REGNAL, after: '{S}+\\p{Lu}', example: 'Wilhelm II. sagte es.‖ Papst Johannes Paul II. Karol Wojtyla war Pole.' },
    ...TERMINAL,
  ],
};
