import { describe, expect, it } from 'vitest';
import { englishBaseForm, IRREGULAR_PLURALS, IRREGULAR_VERBS } from '../../../src/lang/en/irregular-forms.js';

describe('English irregular forms', () => {
  it('lead every listed form back to its base, the first in table order when two share one', () => {
    // forms that are also another verb's form or a base form of their own
    const shared = new Map([['lay', 'lie'], ['found', 'find'], ['wound', 'wind'], ['saw', 'see'], ['fell', 'fall'], ['left', 'leave'], ['lit', 'light']]);
    let checked = 0;
    for (const [base, v] of IRREGULAR_VERBS) {
      for (const f of v.forms) {
        const got = englishBaseForm(f);
        if (got !== base) expect(shared.get(f), `${f}: ${base} or ${got}`).toBe(got);
        checked++;
      }
    }
    for (const [base, forms] of IRREGULAR_PLURALS) for (const f of forms) expect(englishBaseForm(f), f).toBe(base);
    expect(checked).toBeGreaterThan(150);
    expect(englishBaseForm('children')).toBe('child');
    expect(englishBaseForm('went')).toBe('go');
    expect(englishBaseForm('house')).toBe('house');
  });

  it('say which verbs keep the regular past', () => {
    expect(IRREGULAR_VERBS.get('drive')).toEqual({ forms: ['drove', 'driven'], regularPast: false });
    expect(IRREGULAR_VERBS.get('burn')?.regularPast).toBe(true);
    expect(IRREGULAR_VERBS.get('cut')).toEqual({ forms: [], regularPast: true });
    expect(IRREGULAR_VERBS.get('be')?.forms).toContain('been');
  });
});
