import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

/**
 * DejaVu Sans (Bitstream Vera licence, see assets/fonts/DejaVu-LICENSE.txt): wide Latin,
 * Greek and Cyrillic coverage, so Turkish, Polish, Hungarian and transliterated Arabic names
 * print as written. Shipped in assets/fonts (packaged with the app); the npm package is the
 * fallback in development. Read once, kept in memory.
 */
const FILES = {
  regular: 'DejaVuSans.ttf',
  bold: 'DejaVuSans-Bold.ttf',
  italic: 'DejaVuSans-Oblique.ttf',
  mono: 'DejaVuSansMono.ttf',
} as const;

export type FontSet = Record<keyof typeof FILES, Buffer>;

let cached: FontSet | null = null;

function candidateDirs(): string[] {
  const dirs: string[] = [];
  const env = process.env.VANGNET_ASSETS_DIR;
  if (env) dirs.push(path.join(env, 'fonts'));
  const resources = (process as { resourcesPath?: string }).resourcesPath;
  if (resources) dirs.push(path.join(resources, 'assets', 'fonts'), path.join(resources, 'app.asar', 'assets', 'fonts'));
  // Walk up from the running script (bundled main: dist/main/, tsx: src/core/documents/) and the cwd.
  const starts = [process.argv[1] ? path.dirname(process.argv[1]) : '', process.cwd()];
  if (typeof __dirname === 'string') starts.unshift(__dirname);
  for (const start of starts.filter(Boolean)) {
    let dir = path.resolve(start);
    for (let i = 0; i < 6; i++) {
      dirs.push(path.join(dir, 'assets', 'fonts'));
      const parent = path.dirname(dir);
      if (parent === dir) break;
      dir = parent;
    }
  }
  try {
    const require = createRequire(path.join(process.cwd(), 'package.json'));
    dirs.push(path.dirname(require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf')));
  } catch {
    // Not installed (packaged app): assets/fonts is then the source.
  }
  return dirs;
}

/** What pdfkit accepts as a font source besides bytes: a parsed fontkit font. */
export interface ParsedFont {
  layout: (...args: unknown[]) => unknown;
}
export type ParsedFontSet = Record<keyof typeof FILES, ParsedFont>;

let parsed: ParsedFontSet | null = null;

/**
 * Fonts parsed once by fontkit (the parser pdfkit itself uses, resolved from pdfkit's own
 * location so it is the same copy). pdfkit otherwise re-parses the 750 kB TTF for every
 * document; sharing the parsed tables makes a letter several times cheaper.
 *
 * Only the parsed tables may be shared, never the glyph objects: fontkit caches each glyph
 * with the characters it was FIRST asked for. When pdfkit embeds a subset, the components
 * of a composite glyph ("Ş" = S + cedilla, "ü" = u + diaeresis) are fetched without
 * characters and cached so; the next document that lays out a plain "S" then gets that
 * glyph and writes no Unicode mapping for it: the page looks right but the text layer
 * reads "tatus" (search, copy, screen readers, archiving all broken). So every document
 * starts with empty glyph caches (documentFonts). Drawing a document is synchronous from
 * its first glyph to the embedded subset (render-pdf), so no two documents interleave.
 */
export function documentFonts(): ParsedFontSet {
  const fonts = parsedFonts();
  for (const f of Object.values(fonts)) (f as unknown as { _glyphs: Record<number, unknown> })._glyphs = {};
  return fonts;
}

function parsedFonts(): ParsedFontSet {
  if (parsed) return parsed;
  const bytes = fontBytes();
  const fromPdfkit = createRequire(createRequire(path.join(process.cwd(), 'package.json')).resolve('pdfkit'));
  const fontkit = fromPdfkit('fontkit') as { create: (b: Uint8Array) => ParsedFont };
  parsed = {
    regular: fontkit.create(bytes.regular),
    bold: fontkit.create(bytes.bold),
    italic: fontkit.create(bytes.italic),
    mono: fontkit.create(bytes.mono),
  };
  return parsed;
}

export function fontBytes(): FontSet {
  if (cached) return cached;
  for (const dir of candidateDirs()) {
    if (!fs.existsSync(path.join(dir, FILES.regular))) continue;
    cached = {
      regular: fs.readFileSync(path.join(dir, FILES.regular)),
      bold: fs.readFileSync(path.join(dir, FILES.bold)),
      italic: fs.readFileSync(path.join(dir, FILES.italic)),
      mono: fs.readFileSync(path.join(dir, FILES.mono)),
    };
    return cached;
  }
  throw new Error('fonts: DejaVu Sans not found (assets/fonts)');
}
