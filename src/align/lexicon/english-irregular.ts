// English irregular verb and noun forms → base form ("went" → go, "children" → child), applied before
// stemming so that every form of a word meets the dictionary's base form.

const TABLE = `
arise arose arisen
bear bore borne born
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
burn burnt
buy bought
catch caught
choose chose chosen
come came
deal dealt
dig dug
do did done
draw drew drawn
dream dreamt
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
hear heard
hide hid hidden
hold held
keep kept
know knew known
lay laid
lead led
lean leant
learn learnt
leave left
lend lent
lie lay lain
light lit
lose lost
make made
mean meant
meet met
overcome overcame
pay paid
ride rode ridden
ring rang rung
rise rose risen
run ran
say said says
seek sought
sell sold
send sent
shake shook shaken
shine shone
shoot shot
show showed shown
sing sang sung
sink sank sunk
sit sat
sleep slept
slide slid
speak spoke spoken
spend spent
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

const FORMS = new Map<string, string>();
for (const line of TABLE.trim().split('\n')) {
  const [base, ...forms] = line.trim().split(/\s+/);
  for (const f of forms) if (!FORMS.has(f)) FORMS.set(f, base);
}

/** The base form of an irregular English form (lower case), or the word itself. */
export function englishBaseForm(word: string): string {
  return FORMS.get(word) ?? word;
}
