// An English verb → the regex alternatives of its forms (base, -s, past, participle, -ing), so
// that a verb-phrase rendering like "sum up" also accepts "summed up" and "drove a wedge".

/** Irregular past and past participle forms of verbs that occur in idiom renderings. */
const IRREGULAR: Record<string, string[]> = {
  be: ['was', 'were', 'been', 'is', 'are', 'am'],
  bear: ['bore', 'borne'], beat: ['beaten'], become: ['became'], begin: ['began', 'begun'], bend: ['bent'],
  bind: ['bound'], bite: ['bit', 'bitten'], blow: ['blew', 'blown'], break: ['broke', 'broken'], bring: ['brought'],
  build: ['built'], buy: ['bought'], catch: ['caught'], choose: ['chose', 'chosen'], come: ['came'], cut: [],
  deal: ['dealt'], draw: ['drew', 'drawn'], drive: ['drove', 'driven'], eat: ['ate', 'eaten'], fall: ['fell', 'fallen'],
  feel: ['felt'], fight: ['fought'], find: ['found'], fly: ['flew', 'flown'], forget: ['forgot', 'forgotten'],
  get: ['got', 'gotten'], give: ['gave', 'given'], go: ['went', 'gone', 'goes'], grow: ['grew', 'grown'],
  hang: ['hung'], have: ['had', 'has'], hear: ['heard'], hide: ['hid', 'hidden'], hit: [], hold: ['held'],
  keep: ['kept'], know: ['knew', 'known'], lay: ['laid'], lead: ['led'], leave: ['left'], lend: ['lent'],
  let: [], lie: ['lay', 'lain', 'lying'], lose: ['lost'], make: ['made'], mean: ['meant'], meet: ['met'],
  pay: ['paid'], put: [], read: [], ride: ['rode', 'ridden'], ring: ['rang', 'rung'], rise: ['rose', 'risen'],
  run: ['ran'], say: ['said'], see: ['saw', 'seen'], seek: ['sought'], sell: ['sold'], send: ['sent'],
  set: [], shake: ['shook', 'shaken'], shed: [], shoot: ['shot'], show: ['shown'], shut: [], sink: ['sank', 'sunk'],
  sit: ['sat'], speak: ['spoke', 'spoken'], spend: ['spent'], split: [], spread: [], stand: ['stood'],
  steal: ['stole', 'stolen'], stick: ['stuck'], strike: ['struck', 'stricken'], swear: ['swore', 'sworn'],
  sweep: ['swept'], swing: ['swung'], take: ['took', 'taken'], teach: ['taught'], tear: ['tore', 'torn'],
  tell: ['told'], think: ['thought'], throw: ['threw', 'thrown'], understand: ['understood'], wear: ['wore', 'worn'],
  win: ['won'], write: ['wrote', 'written'],
};

const VOWEL = /[aeiou]/;

/** Lower-case forms of `verb`; regular morphology plus the irregular table. */
export function englishVerbForms(verb: string): string[] {
  const v = verb.toLowerCase();
  const forms = new Set<string>([v, ...(IRREGULAR[v] ?? [])]);
  // consonant doubling of short stressed stems: sum → summed, get → getting, put → putting
  const doubled = /^[^aeiou]*[aeiou][^aeiouwxy]$/.test(v) ? v + v.slice(-1) : v;
  if (/[^aeiou]y$/.test(v)) {
    forms.add(`${v.slice(0, -1)}ies`).add(`${v.slice(0, -1)}ied`).add(`${v}ing`);
  } else if (/e$/.test(v) && !/(ee|ye|oe)$/.test(v)) {
    forms.add(`${v}s`).add(`${v}d`).add(`${v.slice(0, -1)}ing`);
  } else {
    forms.add(/(s|x|z|ch|sh|o)$/.test(v) ? `${v}es` : `${v}s`);
    if (!(v in IRREGULAR) || IRREGULAR[v].length === 0) forms.add(`${doubled}ed`);
    forms.add(`${doubled}ing`);
  }
  if (!VOWEL.test(v)) forms.delete(`${v}ed`);
  return [...forms];
}
