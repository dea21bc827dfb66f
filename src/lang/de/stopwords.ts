// German function words (folded: lower case, ß → ss): words that carry no evidence of what a sentence
// is about. The aligner drops them before words become keys, the term miner never proposes them, the
// name table never takes them for names.
import { foldGerman } from './fold.js';

export const GERMAN_STOPWORDS: ReadonlySet<string> = new Set(`
aber alle allem allen aller alles als also am an ans auch auf aufs aus bei beim bin bis bist da dabei dadurch
dafur dafür dagegen daher dahin damit dann daran darauf daraus darin darum darunter das dass daß dasselbe dem
demselben den denen denn dennoch denselben der deren derer derselben des desselben dessen deshalb dich die
dies diese dieselbe dieselben diesem diesen dieser dieses dir doch dort du durch ein eine einem einen einer
eines einige einigem einigen einiger einiges er es etwas euch euer eure eurem euren eurer eures fur für gegen
hab habe haben hat hatte hatten hätte hätten ich ihm ihn ihnen ihr ihre ihrem ihren ihrer ihres im in indem
ins ist ja jede jedem jeden jeder jedes jene jenem jenen jener jenes jetzt kann konnte könnte können man
manche manchem manchen mancher manches mich mir mit muss musste müssen nach nachdem nun nur ob oder ohne
sehr sei seid sein seine seinem seinen seiner seines seit sich sie sind so sollte sondern sonst soll sollen
uber über um und uns unser unsere unserem unseren unserer unseres unter vom von vor wahrend während war waren
warst was weil welche welchem welchen welcher welches wenn wer werde werden wie wieder will wir wird wirst wo
wollen wollte wurde wurden würde würden zu zum zur zwar zwischen dort hier denn eben etwa gar halt wohl
nicht kein keine keinen keiner keinem keines mehr dazu davon darüber darin daraus damit dabei sowie worden
wäre wären seien sei könnten könne konnten konnte sollten sollte möchte möchten mag mochte mal einmal sodass
wobei wann woher wohin solche solchen solcher solches solchem mein meine meiner meinem meinen meines dein
deine deinem deinen deiner deines euer eure ihrem ihres irgendein irgendeine also bloß doch je ob sondern umso weder
welch jeweils beziehungsweise bzw usw
`.trim().split(/\s+/).map(foldGerman));
