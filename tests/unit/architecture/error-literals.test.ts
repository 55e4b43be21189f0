import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../../tools/import-cycles.mjs';

/**
 * Errors as codes (docs/architecture.md, "Errors"): the core raises
 * `new AppError(code, { key, params, field })` and the sentences live in
 * src/shared/i18n/errors.{nl,en}.ts. This guard fails when a thrown error in src/core carries a
 * literal sentence: an AppError with a string (or template) as its text, or a plain Error whose
 * text is Dutch (a developer error in English, e.g. 'strictly increasing', is not for users).
 */

/** Words that make a sentence Dutch (and are not English words). */
const DUTCH = /\b(de|het|een|niet|geen|deze|dit|kan|wordt|zijn|bestaat|hoort|kies|er|je|u|van|naar|bij|meer)\b/i;

interface Finding {
  file: string;
  line: number;
  text: string;
}

function stringish(node: ts.Expression): boolean {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateExpression(node)) return true;
  if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken)
    return stringish(node.left) || stringish(node.right);
  if (ts.isParenthesizedExpression(node)) return stringish(node.expression);
  return false;
}

/** Literal sentences in the errors a source raises. */
export function literalErrors(file: string, source: string): Finding[] {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true);
  const out: Finding[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isNewExpression(node) && ts.isIdentifier(node.expression)) {
      const name = node.expression.text;
      const args = node.arguments ?? [];
      const text = name === 'AppError' ? args[1] : name === 'Error' || name.endsWith('Error') ? args[0] : undefined;
      if (text && stringish(text)) {
        const raw = text.getText(sf);
        if (name === 'AppError' || DUTCH.test(raw)) {
          out.push({ file, line: sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1, text: raw.slice(0, 80) });
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return out;
}

function coreFiles(dir = path.join(ROOT, 'src/core')): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return coreFiles(p);
    return e.name.endsWith('.ts') && !e.name.endsWith('.d.ts') ? [p] : [];
  });
}

describe('no literal sentences in the errors of src/core', () => {
  it('every thrown error is a code with a catalog key', () => {
    const found = coreFiles().flatMap((file) =>
      literalErrors(path.relative(ROOT, file).split(path.sep).join('/'), fs.readFileSync(file, 'utf8')),
    );
    expect(
      found.map((f) => `${f.file}:${f.line} ${f.text}`),
      'convert these to new AppError(code, { key, params, field }) with sentences in src/shared/i18n/errors.{nl,en}.ts',
    ).toEqual([]);
  });

  it('fires for an AppError with a literal or template sentence and a Dutch plain Error, not for a key', () => {
    const found = literalErrors(
      'src/core/x/__fixture__.ts',
      [
        "throw new AppError('VALIDATION', 'Dit bestand is te groot.');",
        'throw new AppError(\'NOT_FOUND\', `Protocolversie ${v} bestaat niet.`);',
        "throw new AppError('DISK_FULL', 'De schijf is vol. ' + what);",
        "throw new Error('De kluis is dicht.');",
        "throw new AppError('VALIDATION', { key: 'NO_CARD_UPDATE' });",
        "throw new AppError('DISK_FULL');",
        "throw new Error('migrations must be strictly increasing');",
      ].join('\n'),
    );
    expect(found.map((f) => f.line)).toEqual([1, 2, 3, 4]);
  });
});
