export interface PassphraseStrength {
  ok: boolean;
  /** 0 (useless) .. 4 (strong). Only 2+ is accepted. */
  score: 0 | 1 | 2 | 3 | 4;
  /** One Dutch sentence for the UI. */
  message: string;
  /** Concrete Dutch suggestions. */
  hints: string[];
}

export const MIN_PASSPHRASE_LENGTH = 12;

const WHY =
  'Als een laptop wordt gestolen of kwijtraakt, is de wachtwoordzin het enige dat de gegevens van de leerlingen beschermt.';
const SENTENCE_HINT =
  'Tip: kies vier of meer losse woorden die niet bij elkaar horen, bijvoorbeeld "fiets lantaarn koffie regenjas". Dat is makkelijk te onthouden en moeilijk te raden.';

/** Words that are the first guesses of anyone trying to open a school's vault. */
const COMMON_WORDS = [
  'wachtwoord',
  'wachtwoordzin',
  'password',
  'passwort',
  'vangnet',
  'welkom',
  'welcome',
  'school',
  'zorgteam',
  'leerling',
  'docent',
  'mentor',
  'geheim',
  'secret',
  'admin',
  'qwerty',
  'azerty',
  'letmein',
  'iloveyou',
  'hallo',
  'test',
  'gebruiker',
  'zomer',
  'winter',
  'lente',
  'herfst',
  'voetbal',
  'ajax',
  'feyenoord',
  'psv',
  'nederland',
  'amsterdam',
  'rotterdam',
  'utrecht',
  'januari',
  'februari',
  'maart',
  'april',
  'mei',
  'juni',
  'juli',
  'augustus',
  'september',
  'oktober',
  'november',
  'december',
  'vertrouwelijk',
];
const KEYBOARD_ROWS = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm', 'azertyuiop', 'qsdfghjklm', '1234567890'];

/** True when every step between characters is the same +1/-1 (abcd, 4321) or it is a keyboard run. */
function isSequence(s: string): boolean {
  if (s.length < 3) return false;
  const step = s.charCodeAt(1) - s.charCodeAt(0);
  if (Math.abs(step) === 1) {
    let seq = true;
    for (let i = 2; i < s.length && seq; i++) seq = s.charCodeAt(i) - s.charCodeAt(i - 1) === step;
    if (seq) return true;
  }
  return KEYBOARD_ROWS.some((row) => row.includes(s) || [...row].reverse().join('').includes(s));
}

const RUN_SOURCES = [
  'abcdefghijklmnopqrstuvwxyz',
  '01234567890',
  'qwertyuiopasdfghjklzxcvbnm',
  'azertyuiopqsdfghjklmwxcvbn',
].flatMap((r) => [r, [...r].reverse().join('')]);

/** Removes runs of 4+ characters that follow the alphabet, digits or a keyboard row (uiopasdf, 9876). */
function stripRuns(s: string): { rest: string; runs: string[] } {
  const runs: string[] = [];
  let rest = '';
  let i = 0;
  while (i < s.length) {
    let j = i + 1;
    while (j < s.length && RUN_SOURCES.some((src) => src.includes(s.slice(i, j + 1)))) j++;
    if (j - i >= 4) {
      runs.push(s.slice(i, j));
      i = j;
    } else {
      rest += s[i];
      i++;
    }
  }
  return { rest, runs };
}

/** True for a short unit repeated (abcabcabc, 121212121212). */
function isRepetition(s: string): boolean {
  for (let unit = 1; unit <= Math.floor(s.length / 2); unit++) {
    if (s.length % unit !== 0) continue;
    if (s.slice(0, unit).repeat(s.length / unit) === s) return true;
  }
  return false;
}

export function checkPassphraseStrength(p: string): PassphraseStrength {
  const chars = [...p];
  const lower = p.toLowerCase();
  const compact = lower.replace(/\s+/g, '');
  const fail = (score: 0 | 1, reason: string, hints: string[]): PassphraseStrength => ({
    ok: false,
    score,
    message: `${reason} ${WHY}`,
    hints: [...hints, SENTENCE_HINT],
  });

  if (chars.length < MIN_PASSPHRASE_LENGTH) {
    return fail(
      0,
      `De wachtwoordzin is te kort: gebruik minstens ${MIN_PASSPHRASE_LENGTH} tekens (nu ${chars.length}).`,
      [`Maak de wachtwoordzin minstens ${MIN_PASSPHRASE_LENGTH} tekens lang; langer is beter.`],
    );
  }
  if (new Set(compact).size <= 2) {
    return fail(0, 'De wachtwoordzin bestaat (bijna) alleen uit hetzelfde teken.', [
      'Gebruik verschillende woorden in plaats van herhaalde tekens.',
    ]);
  }
  if (/^[\d\s\-./]+$/.test(p)) {
    return fail(
      0,
      "De wachtwoordzin bestaat alleen uit cijfers. Zo'n reeks, zoals een datum of telefoonnummer, is snel te raden.",
      ['Gebruik woorden in plaats van alleen cijfers.'],
    );
  }
  if (isSequence(compact) || isRepetition(compact)) {
    return fail(
      0,
      'De wachtwoordzin is een reeks of herhaling (zoals "abcdef", "123456" of "qwerty"). Die proberen aanvallers als eerste.',
      ['Vermijd reeksen op het toetsenbord en herhalingen.'],
    );
  }

  // Strip common words, keyboard/alphabet runs, digits and symbols; what is left must still carry weight.
  let rest = compact;
  const found: string[] = [];
  for (const w of [...COMMON_WORDS].sort((a, b) => b.length - a.length)) {
    if (rest.includes(w)) {
      found.push(w);
      rest = rest.split(w).join('');
    }
  }
  const { rest: noRuns, runs } = stripRuns(rest);
  const letters = noRuns.replace(/[^\p{L}]/gu, '');
  const effective = isRepetition(letters) ? '' : letters;
  if ((found.length > 0 || runs.length > 0) && effective.length < 8) {
    return found.length > 0
      ? fail(
          1,
          `De wachtwoordzin is gebaseerd op een veelgebruikt woord ("${found[0]}"), aangevuld met cijfers of tekens. Dat wordt snel geraden.`,
          ['Vermijd woorden als "wachtwoord", "welkom", "school" of "vangnet" en de naam van de school.'],
        )
      : fail(
          1,
          `De wachtwoordzin bestaat vooral uit een reeks op het toetsenbord of in het alfabet ("${runs[0]}"). Die proberen aanvallers als eerste.`,
          ['Vermijd reeksen op het toetsenbord en herhalingen.'],
        );
  }
  if (letters.length < 4) {
    return fail(1, 'De wachtwoordzin bevat bijna geen letters en lijkt op een code of datum.', [
      'Gebruik een paar echte woorden.',
    ]);
  }

  const words = p
    .trim()
    .split(/[\s\-_.]+/)
    .filter((w) => w.length >= 3);
  const classes = [/[a-z]/, /[A-Z]/, /\d/, /[^A-Za-z0-9\s]/].filter((r) => r.test(p)).length;
  let score: 2 | 3 | 4 = 2;
  if (chars.length >= 16 || (chars.length >= 14 && classes >= 3)) score = 3;
  if (chars.length >= 20 || words.length >= 4)
    score = words.length >= 4 || chars.length >= 24 ? 4 : (Math.max(score, 3) as 3);
  const hints = score < 4 ? ['Nog sterker: maak de zin langer, bijvoorbeeld met een extra woord.'] : [];
  return {
    ok: true,
    score,
    message:
      score >= 4 ? 'Sterke wachtwoordzin.' : 'Goede wachtwoordzin. Een extra woord maakt hem nog sterker.',
    hints,
  };
}
