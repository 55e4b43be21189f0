import { parse } from 'csv-parse/sync';
import type { HeldBackRow, MergeRow, MergeRowError } from '../../shared/domain/documents';
import type { Person } from '../../shared/domain';
import { AppError, errorText, type ErrorKey, type ErrorPhrase } from '../../shared/errors';
import { fold } from './privacy-guard';

/**
 * Class lists as Magister and SOMtoday export them: ';' or ',' separated, UTF-8 with or
 * without BOM, Dutch column names in several spellings. Each data row becomes one
 * letter; a row that cannot make a deliverable letter is reported with its line number
 * and reason, and the good rows still go through.
 */

type Field =
  | 'parentName'
  | 'parentFirst'
  | 'parentPrefix'
  | 'parentLast'
  | 'childFull'
  | 'childFirst'
  | 'childPrefix'
  | 'childLast'
  | 'className'
  | 'address'
  | 'street'
  | 'houseNumber'
  | 'houseSuffix'
  | 'postalCode'
  | 'city'
  | 'email';

/** Header spellings (folded: lower case, no diacritics, only letters and digits). */
const ALIASES: Record<Field, string[]> = {
  parentName: [
    'naamouderverzorger',
    'ouderverzorger',
    'naamouder',
    'naamverzorger',
    'ouder',
    'verzorger',
    'ouderverzorgernaam',
    'naamouder1',
    'ouder1',
    'verzorger1',
    'naamverzorger1',
    'volledigenaamouder',
    'aanhefouder',
    'tenaamstelling',
    'adressering',
  ],
  parentFirst: ['voornaamouder', 'roepnaamouder', 'voorlettersouder', 'voorletters'],
  parentPrefix: ['tussenvoegselouder', 'voorvoegselouder'],
  parentLast: ['achternaamouder', 'familienaamouder'],
  childFull: ['leerling', 'naamleerling', 'volledigenaam', 'leerlingnaam', 'volledigenaamleerling', 'naam'],
  childFirst: ['roepnaam', 'roepnaamleerling', 'voornaam', 'voornaamleerling'],
  childPrefix: ['tussenvoegsel', 'tussenvoegsels', 'voorvoegsel', 'tussenvoegselleerling'],
  childLast: ['achternaam', 'achternaamleerling', 'familienaam'],
  className: ['klas', 'stamgroep', 'stamklas', 'groep', 'klasnaam', 'lesgroep', 'basisgroep'],
  address: ['adres', 'woonadres', 'straatenhuisnummer', 'adresregel', 'postadres'],
  street: ['straat', 'straatnaam'],
  houseNumber: ['huisnummer', 'huisnr', 'nummer', 'nr'],
  houseSuffix: ['toevoeging', 'huisnummertoevoeging', 'huisletter', 'huisnrtoevoeging'],
  postalCode: ['postcode', 'pc'],
  city: ['woonplaats', 'plaats', 'plaatsnaam', 'stad'],
  email: ['email', 'emailadres', 'emailouder', 'emailadresouder', 'emailverzorger'],
};

function headerKey(h: string): string {
  return fold(h).replace(/[^a-z0-9]/g, '');
}

export function mapHeaders(headers: readonly string[]): Partial<Record<Field, number>> {
  const map: Partial<Record<Field, number>> = {};
  headers.forEach((h, i) => {
    const key = headerKey(h);
    for (const [field, aliases] of Object.entries(ALIASES) as Array<[Field, string[]]>) {
      if (aliases.includes(key) && map[field] === undefined) {
        map[field] = i;
        return;
      }
    }
  });
  return map;
}

/** "1234ab" → "1234 AB"; null when it is not a Dutch postcode. */
export function normalizePostcode(raw: string): string | null {
  const m = /^\s*([1-9]\d{3})\s*([A-Za-z]{2})\s*$/.exec(raw);
  if (!m || /^(SA|SD|SS)$/i.test(m[2]!)) return null;
  return `${m[1]} ${m[2]!.toUpperCase()}`;
}

function detectDelimiter(firstLine: string): ';' | ',' {
  const semi = (firstLine.match(/;/g) ?? []).length;
  const comma = (firstLine.match(/,/g) ?? []).length;
  return semi >= comma && semi > 0 ? ';' : ',';
}

function joinName(...parts: Array<string | undefined>): string {
  return parts
    .map((p) => (p ?? '').trim())
    .filter(Boolean)
    .join(' ');
}

export interface ParsedClassList {
  rows: MergeRow[];
  errors: MergeRowError[];
  delimiter: ';' | ',';
}

const MAX_ROWS = 2000;

export function parseClassList(input: Buffer | string): ParsedClassList {
  let text = typeof input === 'string' ? input : input.toString('utf8');
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.includes('\uFFFD')) {
    throw new AppError('IMPORT_ERROR', { key: 'CSV_NOT_UTF8' });
  }
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  if (firstLine.trim() === '') {
    throw new AppError('IMPORT_ERROR', { key: 'CSV_EMPTY_FIRST_LINE' });
  }
  const delimiter = detectDelimiter(firstLine);
  let records: Array<{ record: string[]; info: { lines: number } }>;
  try {
    records = parse(text, {
      delimiter,
      info: true,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: true,
      trim: true,
    }) as unknown as Array<{ record: string[]; info: { lines: number } }>;
  } catch (err) {
    const line = (err as { lines?: number }).lines;
    throw new AppError('IMPORT_ERROR', line ? { key: 'CSV_UNREADABLE_AT_LINE', params: { line } } : { key: 'CSV_UNREADABLE' });
  }
  const [headerRec, ...data] = records;
  if (!headerRec) throw new AppError('IMPORT_ERROR', { key: 'CSV_NO_HEADER' });
  const headers = headerRec.record;
  const map = mapHeaders(headers);
  const missingCols: string[] = [];
  if (map.parentName === undefined && map.parentLast === undefined) missingCols.push('naam ouder/verzorger');
  if (map.childFull === undefined && (map.childFirst === undefined || map.childLast === undefined)) {
    missingCols.push('leerling (of roepnaam en achternaam)');
  }
  if (map.address === undefined && map.street === undefined) missingCols.push('adres (of straat en huisnummer)');
  if (map.postalCode === undefined) missingCols.push('postcode');
  if (map.city === undefined) missingCols.push('woonplaats');
  if (missingCols.length) {
    const missing = missingCols.join(', ');
    throw new AppError(
      'IMPORT_ERROR',
      headers.length
        ? { key: 'CSV_MISSING_COLUMNS', params: { missing, found: headers.join(', ') } }
        : { key: 'CSV_MISSING_COLUMNS_NONE_FOUND', params: { missing } },
    );
  }
  if (data.length > MAX_ROWS) {
    throw new AppError('IMPORT_ERROR', { key: 'CSV_TOO_MANY_ROWS', params: { rows: data.length, max: MAX_ROWS } });
  }

  const rows: MergeRow[] = [];
  const errors: MergeRowError[] = [];
  for (const { record, info } of data) {
    const line = info.lines;
    const get = (f: Field) => (map[f] === undefined ? '' : (record[map[f]!] ?? '').trim());
    if (record.every((c) => c.trim() === '')) continue;
    if (record.length !== headers.length) {
      errors.push({
        line,
        message: `Regel ${line}: ${record.length} kolommen in plaats van ${headers.length}. Staat er een ${delimiter === ';' ? 'puntkomma' : 'komma'} in een naam of adres zonder aanhalingstekens?`,
      });
      continue;
    }
    const parentName = get('parentName') || joinName(get('parentFirst'), get('parentPrefix'), get('parentLast'));
    const childFirstName = get('childFirst');
    const childName = get('childFull') || joinName(childFirstName, get('childPrefix'), get('childLast'));
    const suffix = get('houseSuffix');
    const number = /^[A-Za-z]$/.test(suffix) ? `${get('houseNumber')}${suffix}` : joinName(get('houseNumber'), suffix);
    const street = get('address') || joinName(get('street'), number);
    const rawPostcode = get('postalCode');
    const city = get('city');
    const problems: string[] = [];
    if (!parentName) problems.push('naam ouder/verzorger ontbreekt');
    if (!childName) problems.push('naam leerling ontbreekt');
    if (!street) problems.push('adres ontbreekt');
    else if (map.address === undefined && !get('houseNumber')) problems.push('huisnummer ontbreekt');
    const postalCode = normalizePostcode(rawPostcode);
    if (!rawPostcode) problems.push('postcode ontbreekt');
    else if (!postalCode) problems.push(`postcode "${rawPostcode}" is geen Nederlandse postcode (zoals 1234 AB)`);
    if (!city) problems.push('woonplaats ontbreekt');
    const tooLong = [parentName, childName, street, city].some((v) => v.length > 200);
    if (tooLong) problems.push('een veld is langer dan 200 tekens');
    if (problems.length) {
      errors.push({ line, message: `Regel ${line}: ${problems.join('; ')}.` });
      continue;
    }
    rows.push({
      line,
      parentName,
      childFirstName: childFirstName || childName.split(' ')[0] || '',
      childName,
      className: get('className'),
      street,
      postalCode: postalCode!,
      city,
      email: get('email'),
    });
  }
  return { rows, errors, delimiter };
}


/** The roles whose families a class letter must not reach unnoticed, and the phrase that names each. */
const INVOLVED: Readonly<Partial<Record<Person['role'], ErrorKey>>> = {
  slachtoffer: 'INVOLVED_SLACHTOFFER',
  dader: 'INVOLVED_DADER',
  buddy: 'INVOLVED_BUDDY',
  klasgenoot: 'INVOLVED_KLASGENOOT',
};

const key = (s: string) => fold(s).replace(/[^a-z0-9]+/g, ' ').trim();

/**
 * Rows whose pupil or parent is someone in the dossier (victim, perpetrator, buddies,
 * involved classmates and their parents), compared diacritic-insensitively like the
 * privacy guard: "Sukru Yilmaz" in a Magister export matches "Şükrü Yılmaz". A class letter
 * about "an incident in the class" must not reach the victim's own family unnoticed.
 */
export function heldBackRows(persons: readonly Person[], rows: readonly MergeRow[]): HeldBackRow[] {
  const pupils = persons.filter((p) => INVOLVED[p.role]);
  const parents = persons.filter((p) => p.role === 'ouder' && pupils.some((c) => c.id === p.relatedPersonId));
  const out: HeldBackRow[] = [];
  for (const row of rows) {
    const childKeys = new Set(
      [row.childName, `${row.childFirstName} ${row.childName.split(/\s+/).slice(1).join(' ')}`].map(key).filter(Boolean),
    );
    const parentKey = key(row.parentName);
    const child = pupils.find((p) => childKeys.has(key(p.name)));
    const parent = parents.find((p) => key(p.name) === parentKey);
    if (!child && !parent) continue;
    // Names as data, the role as a phrase: the renderer says why in the user's language.
    const why: ErrorPhrase = child
      ? { key: 'MAIL_MERGE_HELD_CHILD', params: { child: row.childName, role: [{ key: INVOLVED[child.role]! }], person: child.name } }
      : {
          key: 'MAIL_MERGE_HELD_PARENT',
          params: { parent: row.parentName, role: [{ key: INVOLVED[pupils.find((c) => c.id === parent!.relatedPersonId)!.role]! }] },
        };
    const reason = errorText(why.key, why.params);
    out.push({ line: row.line, parentName: row.parentName, childName: row.childName, reason, why });
  }
  return out;
}

/**
 * Applies the user's per-row decisions: every held-back row needs one ('weglaten' drops it,
 * 'versturen' keeps it on purpose); without, nothing is made and the rows are listed.
 */
export function applyHeldBack(
  persons: readonly Person[],
  rows: readonly MergeRow[],
  decisions: ReadonlyArray<{ line: number; choice: 'weglaten' | 'versturen' }>,
): MergeRow[] {
  const held = heldBackRows(persons, rows);
  const choice = new Map(decisions.map((d) => [d.line, d.choice]));
  const open = held.filter((h) => !choice.has(h.line));
  if (open.length) {
    throw new AppError('VALIDATION', {
      key: 'MAIL_MERGE_HELD_BACK',
      params: { rows: open.map((h) => ({ key: 'MAIL_MERGE_HELD_ROW', params: { line: h.line, why: [h.why] } })) },
      field: 'heldBack',
      details: { heldBack: open },
    });
  }
  const drop = new Set(held.filter((h) => choice.get(h.line) === 'weglaten').map((h) => h.line));
  const kept = rows.filter((r) => !drop.has(r.line));
  if (kept.length === 0) throw new AppError('VALIDATION', { key: 'MAIL_MERGE_ALL_LEFT_OUT', field: 'heldBack' });
  return kept;
}
