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

/**
 * A list in an error's params is a list of phrases (src/shared/errors.ts, ErrorPhrase), not text
 * joined in the core: a joined list is said in Dutch in every language. This finds params that
 * `.join(…)` something, with the catalog key of the error.
 */
export function joinedParams(file: string, source: string): Array<Finding & { key: string }> {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true);
  const out: Array<Finding & { key: string }> = [];
  const prop = (obj: ts.ObjectLiteralExpression, name: string) =>
    obj.properties.find((p): p is ts.PropertyAssignment => ts.isPropertyAssignment(p) && p.name.getText(sf) === name);
  const joins = (node: ts.Node): boolean =>
    (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && node.expression.name.text === 'join') ||
    (ts.forEachChild(node, (c) => (joins(c) ? true : undefined)) ?? false);
  const visit = (node: ts.Node): void => {
    const info = ts.isNewExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'AppError' ? node.arguments?.[1] : undefined;
    const params = info && ts.isObjectLiteralExpression(info) ? prop(info, 'params')?.initializer : undefined;
    if (info && ts.isObjectLiteralExpression(info) && params && ts.isObjectLiteralExpression(params)) {
      const key = prop(info, 'key')?.initializer.getText(sf).replace(/['"]/g, '') ?? '';
      for (const p of params.properties) {
        if (ts.isPropertyAssignment(p) && joins(p.initializer)) {
          out.push({ file, key, line: sf.getLineAndCharacterOfPosition(p.getStart(sf)).line + 1, text: p.getText(sf).slice(0, 80) });
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return out;
}

/** Joined params that are data, not Dutch made in the core: the titles of the school's own protocol steps. */
const JOINED_DATA = new Set(['PROTOCOL_IMPORT_DROPS_ESSENTIALS']);

describe('lists in error params are phrases, said in the reader\'s language', () => {
  it('no AppError in src/core joins a list into its params (open work, held-back rows, letter warnings, statement parts, import conflicts)', () => {
    const found = coreFiles()
      .flatMap((file) => joinedParams(path.relative(ROOT, file).split(path.sep).join('/'), fs.readFileSync(file, 'utf8')))
      .filter((f) => !JOINED_DATA.has(f.key));
    expect(
      found.map((f) => `${f.file}:${f.line} ${f.key} ${f.text}`),
      'pass a list of { key, params } phrases with their sentences in src/shared/i18n/errors.{nl,en}.ts',
    ).toEqual([]);
  });

  it('fires for a joined param, not for phrases or plain values', () => {
    const found = joinedParams(
      'src/core/x/__fixture__.ts',
      [
        "throw new AppError('FORBIDDEN', { key: 'DESTROY_OPEN_WORK', params: { number, open: open.join('; ') } });",
        "throw new AppError('CONFLICT', { key: 'CLOSE_NEEDS_REASONS', params: { categories: missing.map((c) => LABELS[c]).join(', ') } });",
        "throw new AppError('FORBIDDEN', { key: 'DESTROY_OPEN_WORK', params: { number, open: [{ key: 'DESTROY_OPEN_POLICE' }] } });",
        "throw new AppError('NOT_FOUND', { key: 'UNKNOWN_STEP', params: { step: id } });",
      ].join('\n'),
    );
    expect(found.map((f) => [f.line, f.key])).toEqual([
      [1, 'DESTROY_OPEN_WORK'],
      [2, 'CLOSE_NEEDS_REASONS'],
    ]);
  });
});
