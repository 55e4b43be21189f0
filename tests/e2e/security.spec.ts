import { APP_ORIGIN } from './harness/staticServer';
import { expect, test } from './harness/fixtures';
import type { PageGlobals } from './harness/pageGlobals';

test.describe('page security', () => {
  test.use({ appOptions: { vault: 'unlocked' } });

  test('the CSP is sent as a header and as a meta tag, and blocks inline script', async ({ app }) => {
    const { page } = app;
    const response = await page.goto(`${APP_ORIGIN}/index.html`);
    await app.waitForReady();
    const header = response?.headers()['content-security-policy'] ?? '';
    for (const directive of [
      "default-src 'self'",
      "script-src 'self'",
      "connect-src 'self'",
      "object-src 'none'",
      "base-uri 'none'",
      "form-action 'none'",
      "frame-ancestors 'none'",
    ]) {
      expect(header).toContain(directive);
    }
    // No escape hatches for scripts: no inline, no eval.
    expect(header).not.toMatch(/script-src[^;]*'unsafe-(inline|eval)'/);
    const meta = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(meta).toBe(header);

    // Page-side script as a string: it needs the DOM, which the Node tsconfig does not type.
    const outcome = (await page.evaluate(`(async () => {
      const violations = [];
      document.addEventListener('securitypolicyviolation', (e) => violations.push(e.violatedDirective));
      const s = document.createElement('script');
      s.textContent = 'window.__injected = true';
      document.body.append(s);
      await new Promise((r) => setTimeout(r, 50));
      return { injected: window.__injected === true, violations };
    })()`)) as { injected: boolean; violations: string[] };
    expect(outcome.injected).toBe(false);
    expect(outcome.violations.some((v) => v.startsWith('script-src'))).toBe(true);
  });

  test('no request leaves the app origin, and the tripwire would notice one', async ({ app }) => {
    const { page } = app;
    // Walk every screen of the shell.
    await page.getByRole('link', { name: 'Instellingen' }).click();
    await app.expectScreen('settings');
    await page.getByRole('link', { name: 'Overzicht' }).click();
    await page.getByRole('button', { name: 'Scherm vergrendelen' }).click();
    await app.unlock();

    expect(app.foreignRequests).toEqual([]);

    // Attempts at the network from inside the page are stopped by the CSP. (Chromium still
    // reports a CSP-blocked image to the tripwire as a request, blocked; fetch not even that.)
    const failures = new Map<string, string>();
    page.on('requestfailed', (r) => failures.set(r.url(), r.failure()?.errorText ?? ''));
    const attempts = (await page.evaluate(`(async () => {
      const results = [];
      try { await fetch('https://example.org/track'); results.push('fetch sent'); } catch { results.push('fetch blocked'); }
      const img = new Image();
      img.src = 'https://example.org/pixel.png';
      await new Promise((r) => { img.onerror = r; img.onload = r; });
      return results;
    })()`)) as string[];
    expect(attempts).toEqual(['fetch blocked']);
    expect(failures.get('https://example.org/pixel.png')).toMatch(/CSP/i);
    expect(app.foreignRequests.filter((u) => u !== 'https://example.org/pixel.png')).toEqual([]);
    app.foreignRequests.length = 0;

    // Positive control in a second page without our CSP: the tripwire records and aborts it.
    const other = await app.context.newPage();
    await other.goto('https://example.org/').catch(() => undefined);
    expect(app.foreignRequests).toEqual(['https://example.org/']);
    await other.close();
    app.foreignRequests.length = 0;
  });

  test('the bridge exposes exactly the contract operations and onEvent', async ({ app }) => {
    const { OP_NAMES } = await import('../../src/shared/api');
    const names = await app.page.evaluate(() => Object.keys((globalThis as unknown as PageGlobals).vangnet ?? {}).sort());
    expect(names).toEqual([...OP_NAMES, 'onEvent'].sort());
    const frozen = await app.page.evaluate(() => Object.isFrozen((globalThis as unknown as PageGlobals).vangnet));
    expect(frozen).toBe(true);
  });
});
