import { describe, expect, it } from 'vitest';
import { germanIrregularInfinitive, irregularForms, preteritePlural, STRONG_VERBS } from '../../../src/lang/de/strong-verbs.js';
import { INSEPARABLE_PREFIX } from '../../../src/lang/de/separable-particles.js';

const verbs = [...STRONG_VERBS.values()];

describe('STRONG_VERBS', () => {
  it('holds the principal parts, folded', () => {
    expect(verbs.length).toBeGreaterThanOrEqual(150);
    expect(STRONG_VERBS.get('brechen')).toEqual({ infinitive: 'brechen', present3: 'bricht', preterite: 'brach', participle: 'gebrochen', present23: 'brich' });
    expect(STRONG_VERBS.get('schliessen')?.participle).toBe('geschlossen');
    for (const v of verbs) expect(Object.values(v).join(' '), v.infinitive).not.toMatch(/[ßA-Z]/);
  });

  it('gives the vowel-changed present stem only where the vowel changes', () => {
    expect(STRONG_VERBS.get('nehmen')?.present23).toBe('nimm');
    expect(STRONG_VERBS.get('halten')?.present23).toBe('hält');
    expect(STRONG_VERBS.get('laden')?.present23).toBe('läd');
    expect(STRONG_VERBS.get('wissen')?.present23).toBe('weiss');
    expect(STRONG_VERBS.get('treten')?.present23).toBe('tritt');
    expect(STRONG_VERBS.get('bieten')?.present23).toBeUndefined();
    expect(STRONG_VERBS.get('sein')?.present23).toBeUndefined();
    expect(STRONG_VERBS.get('haben')?.present23).toBeUndefined();
  });

  it('has a participle in ge- unless the verb carries an inseparable prefix', () => {
    const without = verbs.filter((v) => !v.participle.startsWith('ge') && !INSEPARABLE_PREFIX.test(v.infinitive) && !v.infinitive.startsWith('unter'));
    expect(without.map((v) => v.infinitive)).toEqual([]);
  });

  it('lists each verb once, with three distinct principal parts after the infinitive', () => {
    const infinitives = verbs.map((v) => v.infinitive);
    expect(new Set(infinitives).size).toBe(infinitives.length);
    for (const v of verbs) expect(new Set([v.present3, v.preterite, v.participle]).size, v.infinitive).toBe(3);
    // the preterite plural may be the participle (beschlossen, verstanden): German, not a typo
    expect(irregularForms(STRONG_VERBS.get('beschliessen')!)).toEqual(['beschliesst', 'beschloss', 'beschlossen', 'beschlossen']);
  });
});

describe('germanIrregularInfinitive', () => {
  it('leads every listed form back to its infinitive', () => {
    // the only forms two verbs share: fallen's participle is the infinitive of gefallen
    const shared = new Map([['gefallen', 'fallen']]);
    let checked = 0;
    for (const v of verbs) {
      for (const f of irregularForms(v)) {
        if (f === v.infinitive) continue;
        expect(germanIrregularInfinitive(f), `${f} (${v.infinitive})`).toBe(shared.get(f) ?? v.infinitive);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(550);
  });

  it('knows the preterite plural and nothing else', () => {
    expect(preteritePlural('brach')).toBe('brachen');
    expect(preteritePlural('brannte')).toBe('brannten');
    expect(germanIrregularInfinitive('gingen')).toBe('gehen');
    expect(germanIrregularInfinitive('assen')).toBe('essen');
    expect(germanIrregularInfinitive('festgenommen')).toBeUndefined();
    expect(germanIrregularInfinitive('gehen')).toBeUndefined();
  });
});
