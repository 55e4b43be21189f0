import { EventEmitter } from 'node:events';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import {
  MonitorParser,
  logindSessionPath,
  watchScreenLock,
  type LineProcess,
  type SpawnLike,
} from '../../../src/core/session/screen-lock';

/** A child process that exists only in the test: its stdout is written by the test. */
class FakeProcess extends EventEmitter implements LineProcess {
  readonly stdout = new PassThrough();
  killed: NodeJS.Signals | null = null;
  constructor(
    readonly command: string,
    readonly args: readonly string[],
  ) {
    super();
  }
  kill(signal: NodeJS.Signals = 'SIGTERM'): boolean {
    this.killed = signal;
    return true;
  }
  say(text: string): Promise<void> {
    return new Promise((r) => this.stdout.write(text, () => setImmediate(r)));
  }
}

function fakeSystem(opts: { missing?: string[] } = {}) {
  const procs: FakeProcess[] = [];
  const spawn: SpawnLike = (command, args) => {
    const p = new FakeProcess(command, args);
    procs.push(p);
    if (opts.missing?.includes(command)) {
      // Like node's spawn of a missing binary: an 'error' event (ENOENT) right after.
      setImmediate(() => p.emit('error', Object.assign(new Error('spawn ENOENT'), { code: 'ENOENT' })));
    }
    return p;
  };
  return { procs, spawn };
}

const tick = () => new Promise((r) => setImmediate(r));
const ours = logindSessionPath('2');

describe('Linux screen lock from D-Bus (fake monitor processes)', () => {
  it('escapes session ids like systemd does', () => {
    expect(logindSessionPath('2')).toBe('/org/freedesktop/login1/session/_32');
    expect(logindSessionPath('c1')).toBe('/org/freedesktop/login1/session/c1');
  });

  it("locks on logind's Lock of our session and on LockedHint true; ignores other sessions and unlocks", async () => {
    const sys = fakeSystem();
    const locks: string[] = [];
    const watch = watchScreenLock({ spawn: sys.spawn, sessionId: '2', onLock: (s) => locks.push(s) });
    const logind = sys.procs.find((p) => p.args.includes('org.freedesktop.login1'))!;
    expect(logind.command).toBe('gdbus');
    await logind.say(`/org/freedesktop/login1/session/_35: org.freedesktop.login1.Session.Lock ()\n`);
    await logind.say(
      `${ours}: org.freedesktop.DBus.Properties.PropertiesChanged ('org.freedesktop.login1.Session', {'LockedHint': <false>}, @as [])\n`,
    );
    expect(locks).toEqual([]);
    // A line split over two chunks still counts once.
    await logind.say(`${ours}: org.freedesktop.login1.Sess`);
    await logind.say(`ion.Lock ()\n`);
    await logind.say(
      `${ours}: org.freedesktop.DBus.Properties.PropertiesChanged ('org.freedesktop.login1.Session', {'LockedHint': <true>}, @as [])\n`,
    );
    expect(locks).toEqual(['logind', 'logind']);
    watch.stop();
    expect(logind.killed).toBe('SIGTERM');
  });

  it('locks when a desktop screensaver turns active, not when it turns off', async () => {
    const sys = fakeSystem();
    const locks: string[] = [];
    watchScreenLock({ spawn: sys.spawn, onLock: (s) => locks.push(s) });
    const gnome = sys.procs.find((p) => p.args.includes('org.gnome.ScreenSaver'))!;
    await gnome.say('/org/gnome/ScreenSaver: org.gnome.ScreenSaver.ActiveChanged (false,)\n');
    expect(locks).toEqual([]);
    await gnome.say('/org/gnome/ScreenSaver: org.gnome.ScreenSaver.ActiveChanged (true,)\n');
    expect(locks).toEqual(['org.gnome.ScreenSaver']);
  });

  it('falls back to dbus-monitor when gdbus is missing, and reads its multi-line output', async () => {
    const sys = fakeSystem({ missing: ['gdbus'] });
    const locks: string[] = [];
    const watch = watchScreenLock({ spawn: sys.spawn, sessionId: '2', onLock: (s) => locks.push(s) });
    await tick();
    await tick();
    const monitors = sys.procs.filter((p) => p.command === 'dbus-monitor');
    expect(monitors.map((p) => p.args[0])).toEqual(['--system', '--session']);
    expect([...watch.active].sort()).toEqual(['logind', 'screensaver']);
    const [system, sessionBus] = monitors as [FakeProcess, FakeProcess];
    await system.say(
      `signal time=1764630000.1 sender=:1.3 -> destination=(null destination) serial=99 path=${ours}; interface=org.freedesktop.DBus.Properties; member=PropertiesChanged\n` +
        '   string "org.freedesktop.login1.Session"\n   array [\n      dict entry(\n         string "LockedHint"\n         variant             boolean true\n      )\n   ]\n',
    );
    expect(locks).toEqual(['logind']);
    await sessionBus.say(
      'signal time=1764630001.2 sender=:1.40 -> destination=(null destination) serial=7 path=/org/freedesktop/ScreenSaver; interface=org.freedesktop.ScreenSaver; member=ActiveChanged\n   boolean false\n',
    );
    await sessionBus.say(
      'signal time=1764630002.2 sender=:1.40 -> destination=(null destination) serial=8 path=/org/freedesktop/ScreenSaver; interface=org.freedesktop.ScreenSaver; member=ActiveChanged\n   boolean true\n',
    );
    expect(locks).toEqual(['logind', 'screensaver']);
    watch.stop();
  });

  it('without gdbus and dbus-monitor it reports no monitors and never throws', async () => {
    const sys = fakeSystem({ missing: ['gdbus', 'dbus-monitor'] });
    const logs: string[] = [];
    const watch = watchScreenLock({ spawn: sys.spawn, onLock: () => undefined, log: (l) => logs.push(l) });
    for (let i = 0; i < 4; i++) await tick();
    expect(watch.active).toEqual([]);
    expect(logs.some((l) => l.includes('unavailable (ENOENT)'))).toBe(true);
    watch.stop();
  });

  it('a monitor that ends (bus gone) stops quietly; no lock is invented', async () => {
    const sys = fakeSystem();
    const locks: string[] = [];
    const watch = watchScreenLock({ spawn: sys.spawn, onLock: (s) => locks.push(s) });
    const logind = sys.procs[0]!;
    await logind.say('/org/freedesktop/login1: org.freedesktop.login1.Manager.PrepareForSleep (true,)\n');
    logind.emit('exit', 1, null);
    expect(watch.active).not.toContain('logind');
    expect(locks).toEqual([]);
    watch.stop();
  });

  it('the parser ignores unrelated members and garbage', () => {
    const p = new MonitorParser(ours);
    expect(p.line('')).toBe(false);
    expect(p.line('garbage without structure')).toBe(false);
    expect(p.line(`${ours}: org.freedesktop.login1.Session.Unlock ()`)).toBe(false);
  });
});
