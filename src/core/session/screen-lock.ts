/**
 * Screen lock on Linux, where Electron's powerMonitor 'lock-screen' does not fire on every
 * desktop. Vangnet listens on D-Bus, without native modules, through a `gdbus monitor` child
 * process (or `dbus-monitor` when gdbus is absent) and reads its text output line by line:
 *
 * - logind's `Lock` signal on our session (`loginctl lock-session`, lid close and the lock
 *   key on many desktops), and logind's `LockedHint` turning true (GNOME sets it on locking);
 * - `ActiveChanged(true)` of the freedesktop / GNOME screensaver on the session bus (KDE,
 *   GNOME, Cinnamon, MATE, Xfce with its screensaver).
 *
 * Where none of that exists (no D-Bus, no gdbus/dbus-monitor, a bare X11 window manager) the
 * watch reports itself unavailable and the idle lock stays the only automatic lock; this is
 * stated in docs/security.md. The process plumbing is injected so tests drive it with a fake.
 */

/** What the watch needs of a child process (a subset of node's ChildProcess). */
export interface LineProcess {
  stdout: NodeJS.ReadableStream | null;
  on(event: 'error', listener: (err: Error) => void): unknown;
  on(event: 'exit', listener: (code: number | null, signal: NodeJS.Signals | null) => void): unknown;
  kill(signal?: NodeJS.Signals): unknown;
}

export type SpawnLike = (command: string, args: readonly string[]) => LineProcess;

export interface ScreenLockWatchOptions {
  spawn: SpawnLike;
  /** XDG_SESSION_ID of this login: logind signals of other sessions are ignored. */
  sessionId?: string | undefined;
  onLock: (source: string) => void;
  log?: (line: string) => void;
}

export interface ScreenLockWatch {
  /** Monitors that are running now (empty: no OS screen-lock events on this machine). */
  readonly active: readonly string[];
  stop(): void;
}

/** logind's object path for a session id (systemd's bus-path escaping). */
export function logindSessionPath(id: string): string {
  let out = '';
  for (let i = 0; i < id.length; i++) {
    const ch = id[i]!;
    const plain = /[A-Za-z0-9]/.test(ch) && !(i === 0 && /[0-9]/.test(ch));
    out += plain ? ch : `_${ch.charCodeAt(0).toString(16).padStart(2, '0')}`;
  }
  return `/org/freedesktop/login1/session/${out || '_'}`;
}

interface Monitor {
  name: string;
  command: string;
  args: string[];
}

const SCREENSAVERS = ['org.freedesktop.ScreenSaver', 'org.gnome.ScreenSaver', 'org.mate.ScreenSaver', 'org.cinnamon.ScreenSaver'];

const GDBUS: Monitor[] = [
  { name: 'logind', command: 'gdbus', args: ['monitor', '--system', '--dest', 'org.freedesktop.login1'] },
  ...SCREENSAVERS.map((dest) => ({ name: dest, command: 'gdbus', args: ['monitor', '--session', '--dest', dest] })),
];

const DBUS_MONITOR: Monitor[] = [
  {
    name: 'logind',
    command: 'dbus-monitor',
    args: [
      '--system',
      "type='signal',sender='org.freedesktop.login1',interface='org.freedesktop.login1.Session',member='Lock'",
      "type='signal',sender='org.freedesktop.login1',interface='org.freedesktop.DBus.Properties',member='PropertiesChanged'",
    ],
  },
  {
    name: 'screensaver',
    command: 'dbus-monitor',
    args: ['--session', ...SCREENSAVERS.map((i) => `type='signal',interface='${i}',member='ActiveChanged'`)],
  },
];

/**
 * Reads monitor output. gdbus prints one line per signal:
 *   /org/freedesktop/login1/session/_32: org.freedesktop.login1.Session.Lock ()
 *   /org/freedesktop/login1/session/_32: org.freedesktop.DBus.Properties.PropertiesChanged ('org.freedesktop.login1.Session', {'LockedHint': <true>}, @as [])
 *   /org/gnome/ScreenSaver: org.gnome.ScreenSaver.ActiveChanged (true,)
 * dbus-monitor prints a header line (path=…; interface=…; member=…) and the arguments on the
 * following lines, so it keeps the last header as context.
 */
export class MonitorParser {
  private header: { path: string; iface: string; member: string } | null = null;
  private afterLockedHint = false;

  constructor(private readonly sessionPath: string | null) {}

  private ours(path: string): boolean {
    return this.sessionPath === null || path === this.sessionPath;
  }

  /** True when this line means "the screen was locked". */
  line(raw: string): boolean {
    const line = raw.trim();
    if (!line) return false;
    const gd = /^(\/\S*): ([\w.]+)\.(\w+) (.*)$/.exec(line);
    if (gd) {
      const [, path = '', iface = '', member = '', args = ''] = gd;
      this.header = null;
      if (iface === 'org.freedesktop.login1.Session' && member === 'Lock') return this.ours(path);
      if (iface === 'org.freedesktop.DBus.Properties' && member === 'PropertiesChanged') {
        return (
          path.startsWith('/org/freedesktop/login1/session/') &&
          this.ours(path) &&
          /'LockedHint': <true>/.test(args)
        );
      }
      if (member === 'ActiveChanged' && SCREENSAVERS.includes(iface)) return /^\(true,?\)/.test(args);
      return false;
    }
    const hdr = /^signal .*path=([^;]*); interface=([^;]*); member=(\S+)/.exec(line);
    if (hdr) {
      const [, path = '', iface = '', member = ''] = hdr;
      this.header = { path, iface, member };
      this.afterLockedHint = false;
      return iface === 'org.freedesktop.login1.Session' && member === 'Lock' && this.ours(path);
    }
    const h = this.header;
    if (!h) return false;
    if (h.member === 'ActiveChanged' && SCREENSAVERS.includes(h.iface)) {
      if (/^boolean true$/.test(line)) {
        this.header = null;
        return true;
      }
      return false;
    }
    if (h.member === 'PropertiesChanged' && h.path.startsWith('/org/freedesktop/login1/session/') && this.ours(h.path)) {
      if (/^string "LockedHint"$/.test(line)) {
        this.afterLockedHint = true;
        return false;
      }
      if (this.afterLockedHint && /^variant\s+boolean true$/.test(line)) {
        this.afterLockedHint = false;
        this.header = null;
        return true;
      }
      if (this.afterLockedHint && /^variant/.test(line)) this.afterLockedHint = false;
    }
    return false;
  }
}

/**
 * Starts the monitors (gdbus; dbus-monitor if gdbus cannot be started). Never throws: a
 * missing tool or bus only leaves the watch without that monitor.
 */
export function watchScreenLock(opts: ScreenLockWatchOptions): ScreenLockWatch {
  const log = opts.log ?? (() => undefined);
  const sessionPath = opts.sessionId ? logindSessionPath(opts.sessionId) : null;
  const active = new Set<string>();
  const procs = new Set<LineProcess>();
  let stopped = false;

  const start = (m: Monitor, fallback: Monitor | undefined): void => {
    let proc: LineProcess;
    try {
      proc = opts.spawn(m.command, m.args);
    } catch {
      if (fallback) start(fallback, undefined);
      return;
    }
    procs.add(proc);
    active.add(m.name);
    const parser = new MonitorParser(m.name === 'logind' ? sessionPath : null);
    let buf = '';
    let sawOutput = false;
    proc.stdout?.setEncoding?.('utf8');
    proc.stdout?.on('data', (chunk: string | Buffer) => {
      sawOutput = true;
      buf += chunk.toString();
      let nl: number;
      while ((nl = buf.indexOf('\n')) >= 0) {
        const line = buf.slice(0, nl);
        buf = buf.slice(nl + 1);
        if (!stopped && parser.line(line)) opts.onLock(m.name);
      }
      // A runaway line without newline is not a signal we know; don't hold it forever.
      if (buf.length > 64 * 1024) buf = '';
    });
    const gone = (why: string) => {
      if (!procs.delete(proc)) return;
      active.delete(m.name);
      if (stopped) return;
      log(`screen-lock watch: ${m.command} ${m.name} ${why}`);
      // gdbus missing (ENOENT) or its bus unreachable before any output: try the other tool.
      if (fallback && !sawOutput) start(fallback, undefined);
    };
    proc.on('error', (err) => gone(`unavailable (${(err as NodeJS.ErrnoException).code ?? 'error'})`));
    proc.on('exit', (code) => gone(`ended (${code ?? 'signal'})`));
  };

  // One gdbus per destination; the dbus-monitor fallback covers them per bus.
  start(GDBUS[0]!, DBUS_MONITOR[0]);
  let screensaverFallbackUsed = false;
  for (const m of GDBUS.slice(1)) {
    const fb = screensaverFallbackUsed ? undefined : DBUS_MONITOR[1];
    screensaverFallbackUsed = true;
    start(m, fb);
  }

  return {
    get active() {
      return [...active];
    },
    stop() {
      stopped = true;
      for (const p of procs) p.kill('SIGTERM');
      procs.clear();
      active.clear();
    },
  };
}
