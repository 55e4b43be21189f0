import { describe, expect, it } from 'vitest';
import { allowedExternalUrl, EXTERNAL_LINK_HOSTS } from '../../../src/shared/links';
import { ALLOWED_LINK_HOSTS, STEPS } from '../../../src/shared/protocol';

describe('external link allowlist', () => {
  it('includes every help site of the protocol card', () => {
    for (const host of ALLOWED_LINK_HOSTS) expect(EXTERNAL_LINK_HOSTS).toContain(host);
  });

  it('accepts https links to allowlisted sites, the bare domain and subdomains', () => {
    expect(allowedExternalUrl('https://www.meldknop.nl')).toBe('https://www.meldknop.nl/');
    expect(allowedExternalUrl('https://meldknop.nl/hulp?x=1#a')).toBe('https://meldknop.nl/hulp?x=1#a');
    expect(allowedExternalUrl('https://www.helpwanted.nl/ik-heb-hulp-nodig')).not.toBeNull();
    expect(allowedExternalUrl('https://www.politie.nl/aangifte')).not.toBeNull();
    expect(allowedExternalUrl('https://www.offlimits.nl')).not.toBeNull();
    expect(allowedExternalUrl('https://takeitdown.ncmec.org/')).not.toBeNull();
    expect(allowedExternalUrl('HTTPS://WWW.MELDKNOP.NL/')).toBe('https://www.meldknop.nl/');
  });

  it('accepts every link the protocol card itself contains', () => {
    const links = STEPS.flatMap((s) => s.links ?? []);
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) expect(allowedExternalUrl(link.url), link.url).not.toBeNull();
  });

  it.each([
    ['http (no TLS)', 'http://www.meldknop.nl/'],
    ['javascript:', 'javascript:alert(1)'],
    ['javascript: with host text', 'javascript://www.meldknop.nl/%0aalert(1)'],
    ['file:', 'file:///etc/passwd'],
    ['data:', 'data:text/html,<script>alert(1)</script>'],
    ['app:', 'app://vangnet/index.html'],
    ['ftp:', 'ftp://www.meldknop.nl/'],
    ['lookalike suffix', 'https://meldknop.nl.evil.com/'],
    ['lookalike prefix', 'https://evilmeldknop.nl/'],
    ['lookalike with hyphen', 'https://meldknop-nl.com/'],
    ['userinfo trick', 'https://www.meldknop.nl@evil.com/'],
    ['userinfo on allowed host', 'https://user:pass@www.meldknop.nl/'],
    ['non-default port', 'https://www.meldknop.nl:8443/'],
    ['trailing dot host', 'https://www.meldknop.nl./'],
    ['backslash trick', 'https://evil.com\\@www.meldknop.nl/'],
    ['unknown site', 'https://example.com/'],
    ['parent of an allowlisted subdomain', 'https://ncmec.org/'],
    ['relative', '/dossiers'],
    ['empty', ''],
  ])('rejects %s', (_label, url) => {
    expect(allowedExternalUrl(url)).toBeNull();
  });

  it('rejects non-strings and absurdly long input', () => {
    expect(allowedExternalUrl(undefined)).toBeNull();
    expect(allowedExternalUrl({ href: 'https://www.meldknop.nl' })).toBeNull();
    expect(allowedExternalUrl(`https://www.meldknop.nl/${'a'.repeat(3000)}`)).toBeNull();
  });

  it('does not let an IDN homograph pass as an allowlisted host', () => {
    // Cyrillic "е" in "meldknop": punycoded by URL, so it cannot equal the real host.
    expect(allowedExternalUrl('https://www.m\u0435ldknop.nl/')).toBeNull();
  });
});

describe('links in the shared data', () => {
  it('every https URL written in src/shared is openable (allowlisted)', async () => {
    const { readdirSync, readFileSync } = await import('node:fs');
    const path = await import('node:path');
    const dir = path.resolve(__dirname, '../../../src/shared');
    const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));
    const urls = files.flatMap((f) =>
      [...readFileSync(path.join(dir, f), 'utf8').matchAll(/['"`](https:\/\/[^'"`\s]+)['"`]/g)].map(
        (m) => m[1] ?? '',
      ),
    );
    expect(urls.length).toBeGreaterThan(0);
    for (const url of urls) expect(allowedExternalUrl(url), url).not.toBeNull();
  });
});
