// German strong and irregular verbs as data: their principal parts (infinitive, 3rd person singular
// present, preterite, past participle — the "Stammformen" a grammar lists), and two views of them: the
// glossary's verb forms (preterite and participle stems, the vowel-changed present stem) and the
// aligner's look-up from any listed form back to the infinitive ("ging" → gehen). Written with ß; both
// views are folded (lower case, ß → ss). Verbs with an inseparable prefix are listed when the prefix
// changes what a form is (bekommen) or when the aligner's dictionary needs them as words of their own.
import { foldGerman } from './fold.js';

const TABLE = `
backen backt buk gebacken
befehlen befiehlt befahl befohlen
beginnen beginnt begann begonnen
beißen beißt biss gebissen
bekommen bekommt bekam bekommen
bergen birgt barg geborgen
beschließen beschließt beschloss beschlossen
beschreiben beschreibt beschrieb beschrieben
bestehen besteht bestand bestanden
betreffen betrifft betraf betroffen
bewegen bewegt bewog bewogen
bewerben bewirbt bewarb beworben
biegen biegt bog gebogen
bieten bietet bot geboten
binden bindet band gebunden
bitten bittet bat gebeten
blasen bläst blies geblasen
bleiben bleibt blieb geblieben
braten brät briet gebraten
brechen bricht brach gebrochen
brennen brennt brannte gebrannt
bringen bringt brachte gebracht
denken denkt dachte gedacht
dringen dringt drang gedrungen
dürfen darf durfte gedurft
empfehlen empfiehlt empfahl empfohlen
enthalten enthält enthielt enthalten
entscheiden entscheidet entschied entschieden
entsprechen entspricht entsprach entsprochen
entstehen entsteht entstand entstanden
erhalten erhält erhielt erhalten
erscheinen erscheint erschien erschienen
essen isst aß gegessen
fahren fährt fuhr gefahren
fallen fällt fiel gefallen
fangen fängt fing gefangen
finden findet fand gefunden
fliegen fliegt flog geflogen
fliehen flieht floh geflohen
fließen fließt floss geflossen
fressen frisst fraß gefressen
frieren friert fror gefroren
geben gibt gab gegeben
gefallen gefällt gefiel gefallen
gehen geht ging gegangen
gelingen gelingt gelang gelungen
gelten gilt galt gegolten
genießen genießt genoss genossen
geschehen geschieht geschah geschehen
gewinnen gewinnt gewann gewonnen
gießen gießt goss gegossen
gleichen gleicht glich geglichen
gleiten gleitet glitt geglitten
graben gräbt grub gegraben
greifen greift griff gegriffen
haben hat hatte gehabt
halten hält hielt gehalten
heben hebt hob gehoben
heißen heißt hieß geheißen
helfen hilft half geholfen
hängen hängt hing gehangen
kennen kennt kannte gekannt
klingen klingt klang geklungen
kommen kommt kam gekommen
kriechen kriecht kroch gekrochen
können kann konnte gekonnt
laden lädt lud geladen
lassen lässt ließ gelassen
laufen läuft lief gelaufen
leiden leidet litt gelitten
leihen leiht lieh geliehen
lesen liest las gelesen
liegen liegt lag gelegen
lügen lügt log gelogen
meiden meidet mied gemieden
messen misst maß gemessen
mögen mag mochte gemocht
müssen muss musste gemusst
nehmen nimmt nahm genommen
nennen nennt nannte genannt
pfeifen pfeift pfiff gepfiffen
preisen preist pries gepriesen
raten rät riet geraten
reiben reibt rieb gerieben
reißen reißt riss gerissen
reiten reitet ritt geritten
rennen rennt rannte gerannt
riechen riecht roch gerochen
rufen ruft rief gerufen
schaffen schafft schuf geschaffen
scheiden scheidet schied geschieden
scheinen scheint schien geschienen
schieben schiebt schob geschoben
schießen schießt schoss geschossen
schlafen schläft schlief geschlafen
schlagen schlägt schlug geschlagen
schleichen schleicht schlich geschlichen
schließen schließt schloss geschlossen
schneiden schneidet schnitt geschnitten
schreiben schreibt schrieb geschrieben
schreien schreit schrie geschrien
schweigen schweigt schwieg geschwiegen
schwimmen schwimmt schwamm geschwommen
schwören schwört schwor geschworen
sehen sieht sah gesehen
sein ist war gewesen
senden sendet sandte gesandt
singen singt sang gesungen
sinken sinkt sank gesunken
sitzen sitzt saß gesessen
sollen soll sollte gesollt
sprechen spricht sprach gesprochen
springen springt sprang gesprungen
stechen sticht stach gestochen
stehen steht stand gestanden
stehlen stiehlt stahl gestohlen
steigen steigt stieg gestiegen
sterben stirbt starb gestorben
stoßen stößt stieß gestoßen
streichen streicht strich gestrichen
streiten streitet stritt gestritten
tragen trägt trug getragen
treffen trifft traf getroffen
treiben treibt trieb getrieben
treten tritt trat getreten
trinken trinkt trank getrunken
tun tut tat getan
unterscheiden unterscheidet unterschied unterschieden
verbieten verbietet verbot verboten
verbinden verbindet verband verbunden
verderben verdirbt verdarb verdorben
vergessen vergisst vergaß vergessen
vergleichen vergleicht verglich verglichen
verlassen verlässt verließ verlassen
verlieren verliert verlor verloren
vermeiden vermeidet vermied vermieden
verschwinden verschwindet verschwand verschwunden
versprechen verspricht versprach versprochen
verstehen versteht verstand verstanden
wachsen wächst wuchs gewachsen
waschen wäscht wusch gewaschen
weichen weicht wich gewichen
weisen weist wies gewiesen
wenden wendet wandte gewandt
werben wirbt warb geworben
werden wird wurde geworden
werfen wirft warf geworfen
wiegen wiegt wog gewogen
winden windet wand gewunden
wissen weiß wusste gewusst
wollen will wollte gewollt
ziehen zieht zog gezogen
zwingen zwingt zwang gezwungen
`;

/** One verb's principal parts, folded. */
export interface StrongVerb {
  infinitive: string;
  /** 3rd person singular present: bricht, hält, weiss. */
  present3: string;
  /** Preterite 1st/3rd person singular: brach. */
  preterite: string;
  participle: string;
  /** Present 2nd/3rd person singular stem, when its vowel changes (brich-, fähr-, hält). */
  present23?: string;
}

/** The infinitive's stem: brechen → brech, tun → tu. */
const stemOf = (inf: string): string => (inf.endsWith('en') ? inf.slice(0, -2) : inf.slice(0, -1));

/** The present 2nd/3rd person stem when it is not the infinitive's: bricht → brich, hält → hält, lädt → läd. */
function changedPresentStem(infinitive: string, present3: string): string | undefined {
  const stem = stemOf(infinitive);
  // sein and haben change more than a vowel (ist, hat): their present forms are function words no
  // verb-phrase entry needs, and a stem "is-" or "ha-" would only make non-words
  if (present3 === `${stem}t` || present3 === `${stem}et` || infinitive === 'sein' || infinitive === 'haben') return undefined;
  // the ending merges with a stem in -t (hält, tritt, gilt); a stem in -d keeps it (lädt → läd)
  if (stem.endsWith('t') || !present3.endsWith('t')) return present3;
  return present3.slice(0, -1);
}

const VERBS: readonly StrongVerb[] = TABLE.trim()
  .split('\n')
  .map((line) => {
    const [infinitive, present3, preterite, participle] = line.trim().split(/\s+/).map(foldGerman);
    const present23 = changedPresentStem(infinitive, present3);
    return { infinitive, present3, preterite, participle, ...(present23 ? { present23 } : {}) };
  });

/** Strong and irregular verbs by folded infinitive. */
export const STRONG_VERBS: ReadonlyMap<string, StrongVerb> = new Map(VERBS.map((v) => [v.infinitive, v]));

/** The preterite plural: brach → brachen, brannte → brannten. */
export const preteritePlural = (preterite: string): string => (preterite.endsWith('e') ? `${preterite}n` : `${preterite}en`);

/** The forms of a verb the look-up knows: present 3rd person, preterite singular and plural, participle. */
export const irregularForms = (v: StrongVerb): string[] => [v.present3, v.preterite, preteritePlural(v.preterite), v.participle];

// form → infinitive; a form two verbs share keeps the first verb in table order (gefallen: fallen's
// participle before the verb gefallen, whose own participle is its infinitive)
const INFINITIVE_OF = new Map<string, string>();
for (const v of VERBS) for (const f of irregularForms(v)) if (!INFINITIVE_OF.has(f) && f !== v.infinitive) INFINITIVE_OF.set(f, v.infinitive);

/** The infinitive of an irregular German verb form (folded: lower case, ß as ss), or undefined. */
export function germanIrregularInfinitive(form: string): string | undefined {
  return INFINITIVE_OF.get(form);
}
