// English number words as data (lower case): cardinals (two, both, twice), ordinals (first, tenth),
// the article that counts only before a unit, fractions and dozens, and the decades (the seventies).

/** Cardinal number words: each names its number. */
export const ENGLISH_CARDINALS: Readonly<Record<string, number>> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30,
  forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100, thousand: 1000, both: 2, once: 1, twice: 2, thrice: 3,
};

/** Ordinal number words. */
export const ENGLISH_ORDINALS: Readonly<Record<string, number>> = { first: 1, second: 2, third: 3, fourth: 4, fifth: 5, tenth: 10 };

/** The indefinite article (and "one" in its place): a count of one only where a unit follows. */
export const ENGLISH_ARTICLE_ONE: readonly string[] = ['a', 'an', 'one'];

/** Words for parts and dozens (weak mentions). */
export const ENGLISH_QUANTITY_WORDS: Readonly<Record<string, number>> = { dozen: 12, half: 0.5 };

/** Decades in words: the seventies → 70. */
export const ENGLISH_DECADES: Readonly<Record<string, number>> = { twenties: 20, thirties: 30, forties: 40, fifties: 50, sixties: 60, seventies: 70, eighties: 80, nineties: 90 };
