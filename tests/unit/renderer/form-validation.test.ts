import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { combineValidators, formFieldOf, schemaValidator } from '../../../renderer/src/ui/form/validation';

describe('form validation helpers', () => {
  it('finds the form field a core error names, from the path in the operation input', () => {
    const values = { text: '', owner: '', persons: [{ name: '' }] };
    expect(formFieldOf('point.text', values)).toBe('text');
    expect(formFieldOf('text', values)).toBe('text');
    expect(formFieldOf('conversation.persons.0.name', values)).toBe('persons.0.name');
    // A field the form does not have (or none): shown as a notification only.
    expect(formFieldOf('dossierId', values)).toBeNull();
    expect(formFieldOf(undefined, values)).toBeNull();
  });

  it('validates with the contract schema and keeps the first message per field', () => {
    const schema = z.object({
      n: z.number().min(1, { error: 'Minstens 1.' }),
      s: z.string().min(1, { error: 'Verplicht.' }),
    });
    const v = combineValidators(schemaValidator<{ n: number; s: string }>(schema), (x): Record<string, string> =>
      x.s === 'x' ? { s: 'Geen x.' } : {},
    );
    expect(v({ n: 0, s: '' })).toEqual({ n: 'Minstens 1.', s: 'Verplicht.' });
    expect(v({ n: 2, s: 'x' })).toEqual({ s: 'Geen x.' });
    expect(v({ n: 2, s: 'ok' })).toEqual({});
  });
});
