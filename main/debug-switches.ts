/**
 * Command-line switches that would let another process look inside a running Vangnet (read the
 * DOM of an unlocked dossier, evaluate code in main). The --inspect family is also disabled by a
 * fuse in packaged builds (build/fuses.cjs); --remote-debugging-port is not covered by any fuse.
 */
const DEBUG_SWITCHES = [
  '--remote-debugging-port',
  '--remote-debugging-pipe',
  '--remote-debugging-address',
  '--remote-allow-origins',
  '--inspect',
  '--inspect-brk',
  '--inspect-port',
  '--debug',
  '--debug-brk',
  '--js-flags',
];

/** The debugging switches present in argv (exact or `--switch=value`), for a packaged build to refuse. */
export function debugSwitchesIn(argv: readonly string[]): string[] {
  const found: string[] = [];
  for (const arg of argv) {
    const name = arg.split('=')[0]?.toLowerCase() ?? '';
    if (DEBUG_SWITCHES.includes(name)) found.push(name);
  }
  return found;
}
