// German strong and irregular verbs: every listed form → the infinitive ("ging" → gehen,
// "gebrochen" → brechen), for dictionary look-ups the regular ending rules cannot undo.

const TABLE = `
bekommen bekam bekamen bekommt
beginnen begann begannen begonnen
beschließen beschloss beschlossen
beschreiben beschrieb beschrieben
bestehen bestand bestanden
betreffen betrifft betraf betroffen
bewerben bewirbt bewarb beworben
bieten bot boten geboten
binden band banden gebunden
bitten bat baten gebeten
bleiben blieb blieben geblieben
brechen bricht brach brachen gebrochen
brennen brannte brannten gebrannt
bringen brachte brachten gebracht
denken dachte dachten gedacht
empfehlen empfiehlt empfahl empfohlen
enthalten enthält enthielt enthielten
entscheiden entschied entschieden
entsprechen entspricht entsprach entsprochen
entstehen entstand entstanden
erhalten erhält erhielt erhielten
erscheinen erschien erschienen
essen isst aß aßen gegessen
fahren fährt fuhr fuhren gefahren
fallen fällt fiel fielen gefallen
fangen fängt fing fingen gefangen
finden fand fanden gefunden
fliegen flog flogen geflogen
fliehen floh flohen geflohen
fließen floss flossen geflossen
geben gibt gab gaben gegeben
gefallen gefällt gefiel
gehen ging gingen gegangen
gelingen gelang gelungen
gelten gilt galt galten gegolten
genießen genoss genossen
geschehen geschieht geschah geschahen
gewinnen gewann gewannen gewonnen
gießen goss gegossen
gleichen glich geglichen
graben gräbt grub gegraben
greifen griff griffen gegriffen
halten hält hielt hielten gehalten
hängen hing hingen gehangen
heben hob hoben gehoben
heißen hieß hießen geheißen
helfen hilft half halfen geholfen
kennen kannte kannten gekannt
klingen klang klangen geklungen
kommen kam kamen gekommen
laden lädt lud luden geladen
lassen lässt ließ ließen gelassen
laufen läuft lief liefen gelaufen
leiden litt litten gelitten
leihen lieh geliehen
lesen liest las lasen gelesen
liegen lag lagen gelegen
lügen log gelogen
meiden mied gemieden
messen misst maß gemessen
nehmen nimmt nahm nahmen genommen
nennen nannte nannten genannt
raten rät riet geraten
reiten ritt geritten
rennen rannte gerannt
riechen roch gerochen
rufen rief riefen gerufen
schaffen schuf geschaffen
scheiden schied geschieden
scheinen schien schienen geschienen
schieben schob geschoben
schießen schoss schossen geschossen
schlafen schläft schlief geschlafen
schlagen schlägt schlug schlugen geschlagen
schließen schloss schlossen geschlossen
schneiden schnitt geschnitten
schreiben schrieb schrieben geschrieben
schreien schrie geschrien
schweigen schwieg geschwiegen
schwimmen schwamm geschwommen
sehen sieht sah sahen gesehen
senden sandte gesandt
singen sang gesungen
sinken sank sanken gesunken
sitzen saß saßen gesessen
sprechen spricht sprach sprachen gesprochen
springen sprang gesprungen
stehen stand standen gestanden
stehlen stiehlt stahl gestohlen
steigen stieg stiegen gestiegen
sterben stirbt starb starben gestorben
stoßen stößt stieß gestoßen
streiten stritt gestritten
tragen trägt trug trugen getragen
treffen trifft traf trafen getroffen
treiben trieb getrieben
treten tritt trat traten getreten
trinken trank getrunken
tun tut tat taten getan
unterscheiden unterschied unterschieden
verbieten verbot verboten
verbinden verband verbunden
vergessen vergisst vergaß vergessen
vergleichen verglich verglichen
verlassen verlässt verließ verließen
verlieren verlor verloren
vermeiden vermied vermieden
verschwinden verschwand verschwunden
versprechen verspricht versprach versprochen
verstehen verstand verstanden
wachsen wächst wuchs gewachsen
waschen wäscht wusch gewaschen
weisen wies gewiesen
wenden wandte gewandt
werfen wirft warf warfen geworfen
wiegen wog gewogen
wissen weiß wusste wussten gewusst
ziehen zog zogen gezogen
zwingen zwang gezwungen
`;

const FORMS = new Map<string, string>();
for (const line of TABLE.trim().split('\n')) {
  const [inf, ...forms] = line.trim().split(/\s+/).map((w) => w.replace(/ß/g, 'ss'));
  for (const f of forms) if (!FORMS.has(f)) FORMS.set(f, inf);
}

/** The infinitive of an irregular German verb form (folded: lower case, ß as ss), or undefined. */
export function germanIrregularInfinitive(form: string): string | undefined {
  return FORMS.get(form);
}
