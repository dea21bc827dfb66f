// English irregular verbs and nouns as data: each base form with its irregular forms (past, participle,
// and present forms that no rule makes: is, has, goes), and the irregular plurals. Two views: the
// aligner's look-up from a form to its base ("went" → go, "children" → child) and the glossary's forms
// of a verb ("drive" → drove, driven). A verb marked +ed also takes the regular -ed (burned and burnt).
// Lower case.

const VERBS = `
arise arose arisen
be was were been is are am
bear bore borne born
beat beaten
become became
begin began begun
bend bent
bet
bind bound
bite bit bitten
blow blew blown
break broke broken
bring brought
build built
burn burnt +ed
buy bought
catch caught
choose chose chosen
come came
cut
deal dealt
dig dug
do did done
draw drew drawn
dream dreamt +ed
drink drank drunk
drive drove driven
eat ate eaten
fall fell fallen
feed fed
feel felt
fight fought
find found
flee fled
fly flew flown
forbid forbade forbidden
forget forgot forgotten
forgive forgave forgiven
freeze froze frozen
get got gotten
give gave given
go went gone goes
grow grew grown
hang hung
have had has
hear heard
hide hid hidden
hit
hold held
keep kept
know knew known
lay laid
lead led
lean leant +ed
learn learnt +ed
leave left
lend lent
let
lie lay lain lying
light lit +ed
lose lost
make made
mean meant
meet met
overcome overcame
pay paid
put
read
ride rode ridden
ring rang rung
rise rose risen
run ran
say said says
see saw seen
seek sought
sell sold
send sent
set
shake shook shaken
shed
shine shone
shoot shot
show showed shown
shut
sing sang sung
sink sank sunk
sit sat
sleep slept
slide slid
speak spoke spoken
spend spent
split
spread
stand stood
steal stole stolen
stick stuck
strike struck stricken
swear swore sworn
sweep swept
swim swam swum
swing swung
take took taken
teach taught
tear tore torn
tell told
think thought
throw threw thrown
understand understood
undertake undertook undertaken
wake woke woken
wear wore worn
weep wept
win won
wind wound
withdraw withdrew withdrawn
write wrote written
`;

const NOUNS = `
man men
woman women
child children
person people
foot feet
tooth teeth
mouse mice
life lives
wife wives
knife knives
thief thieves
half halves
wolf wolves
shelf shelves
leaf leaves
crisis crises
analysis analyses
`;

/** One irregular verb: its irregular forms, and whether the regular -ed form is standard too. */
export interface IrregularVerb {
  forms: readonly string[];
  regularPast: boolean;
}

const parse = (table: string): string[][] => table.trim().split('\n').map((line) => line.trim().split(/\s+/));

/** Irregular verbs by base form; a verb listed without forms (cut, put) has none beyond the regular ones. */
export const IRREGULAR_VERBS: ReadonlyMap<string, IrregularVerb> = new Map(
  parse(VERBS).map(([base, ...rest]) => {
    const forms = rest.filter((f) => f !== '+ed');
    return [base, { forms, regularPast: forms.length === 0 || rest.includes('+ed') }] as const;
  }),
);

/** Irregular plurals by singular. */
export const IRREGULAR_PLURALS: ReadonlyMap<string, readonly string[]> = new Map(parse(NOUNS).map(([base, ...forms]) => [base, forms] as const));

// form → base; a form two words share keeps the first in table order (verbs before nouns): "lay" → lie
// (its past), not the verb lay, which is a base form of its own
const BASE_OF = new Map<string, string>();
for (const [base, v] of IRREGULAR_VERBS) for (const f of v.forms) if (!BASE_OF.has(f)) BASE_OF.set(f, base);
for (const [base, forms] of IRREGULAR_PLURALS) for (const f of forms) if (!BASE_OF.has(f)) BASE_OF.set(f, base);

/** The base form of an irregular English form (lower case), or the word itself. */
export function englishBaseForm(word: string): string {
  return BASE_OF.get(word) ?? word;
}
