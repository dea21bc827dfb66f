// Principal parts of common German strong and irregular verbs, as data for verb-phrase entries
// ("einen Keil treiben" → trieb, getrieben). Format: infinitive, preterite stem, participle, and an
// optional present 2nd/3rd person stem when it changes its vowel (nehmen → nimm-). Folded (ß → ss).

const TABLE = `
backen buk gebacken
befehlen befahl befohlen befiehl
beginnen begann begonnen
beissen biss gebissen
bergen barg geborgen birg
bewegen bewog bewogen
biegen bog gebogen
bieten bot geboten
binden band gebunden
bitten bat gebeten
blasen blies geblasen bläs
bleiben blieb geblieben
braten briet gebraten brät
brechen brach gebrochen brich
brennen brannte gebrannt
bringen brachte gebracht
denken dachte gedacht
dringen drang gedrungen
dürfen durfte gedurft darf
empfehlen empfahl empfohlen empfiehl
essen ass gegessen iss
fahren fuhr gefahren fähr
fallen fiel gefallen fäll
fangen fing gefangen fäng
finden fand gefunden
fliegen flog geflogen
fliehen floh geflohen
fliessen floss geflossen
fressen frass gefressen friss
frieren fror gefroren
geben gab gegeben gib
gehen ging gegangen
gelingen gelang gelungen
gelten galt gegolten gilt
geniessen genoss genossen
geschehen geschah geschehen geschieh
gewinnen gewann gewonnen
giessen goss gegossen
gleichen glich geglichen
gleiten glitt geglitten
graben grub gegraben gräb
greifen griff gegriffen
haben hatte gehabt
halten hielt gehalten hält
hängen hing gehangen
heben hob gehoben
heissen hiess geheissen
helfen half geholfen hilf
kennen kannte gekannt
klingen klang geklungen
kommen kam gekommen
können konnte gekonnt kann
kriechen kroch gekrochen
laden lud geladen läd
lassen liess gelassen läss
laufen lief gelaufen läuf
leiden litt gelitten
leihen lieh geliehen
lesen las gelesen lies
liegen lag gelegen
lügen log gelogen
meiden mied gemieden
messen mass gemessen miss
mögen mochte gemocht mag
müssen musste gemusst muss
nehmen nahm genommen nimm
nennen nannte genannt
pfeifen pfiff gepfiffen
preisen pries gepriesen
raten riet geraten rät
reiben rieb gerieben
reissen riss gerissen
reiten ritt geritten
rennen rannte gerannt
riechen roch gerochen
rufen rief gerufen
schaffen schuf geschaffen
scheiden schied geschieden
scheinen schien geschienen
schieben schob geschoben
schiessen schoss geschossen
schlafen schlief geschlafen schläf
schlagen schlug geschlagen schläg
schleichen schlich geschlichen
schliessen schloss geschlossen
schneiden schnitt geschnitten
schreiben schrieb geschrieben
schreien schrie geschrien
schweigen schwieg geschwiegen
schwimmen schwamm geschwommen
schwören schwor geschworen
sehen sah gesehen sieh
sein war gewesen
senden sandte gesandt
singen sang gesungen
sinken sank gesunken
sitzen sass gesessen
sollen sollte gesollt
sprechen sprach gesprochen sprich
springen sprang gesprungen
stechen stach gestochen stich
stehen stand gestanden
stehlen stahl gestohlen stiehl
steigen stieg gestiegen
sterben starb gestorben stirb
stossen stiess gestossen stöss
streichen strich gestrichen
streiten stritt gestritten
tragen trug getragen träg
treffen traf getroffen triff
treiben trieb getrieben
treten trat getreten tritt
trinken trank getrunken
tun tat getan
verderben verdarb verdorben verdirb
vergessen vergass vergessen vergiss
verlieren verlor verloren
wachsen wuchs gewachsen wächs
waschen wusch gewaschen wäsch
weichen wich gewichen
weisen wies gewiesen
wenden wandte gewandt
werben warb geworben wirb
werden wurde geworden wird
werfen warf geworfen wirf
wiegen wog gewogen
winden wand gewunden
wissen wusste gewusst weiss
wollen wollte gewollt will
ziehen zog gezogen
zwingen zwang gezwungen
`;

export interface StrongVerb {
  infinitive: string;
  preterite: string;
  participle: string;
  /** Present 2nd/3rd person singular stem, when it differs (nimm-, fähr-). */
  present23?: string;
}

/** Strong and irregular verbs by infinitive. */
export const STRONG_VERBS: ReadonlyMap<string, StrongVerb> = new Map(
  TABLE.trim()
    .split('\n')
    .map((line) => {
      const [infinitive, preterite, participle, present23] = line.trim().split(/\s+/);
      return [infinitive, { infinitive, preterite, participle, present23 }] as const;
    }),
);
