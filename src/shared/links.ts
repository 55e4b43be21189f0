import { ALLOWED_LINK_HOSTS } from './protocol/card';

/**
 * The only external sites Vangnet will open (in the system browser, after the user
 * confirms). The protocol card's help sites plus the takedown services a coordinator
 * needs. Shared so the renderer can show which links will work and main can enforce it.
 */
export const EXTERNAL_LINK_HOSTS: readonly string[] = [
  ...ALLOWED_LINK_HOSTS,
  'takeitdown.ncmec.org',
  'www.meldpunt-kinderporno.nl',
];

const MAX_URL_LENGTH = 2048;

/** 'www.meldknop.nl' → 'meldknop.nl': the www host and the bare domain are the same site. */
function siteOf(host: string): string {
  const lower = host.toLowerCase();
  return lower.startsWith('www.') ? lower.slice(4) : lower;
}

/**
 * Parses `raw` and returns the normalised URL when it may be opened: https only, no
 * credentials, default port, and a host that is an allowlisted site or a subdomain of
 * one (so 'meldknop.nl.evil.com' and 'evilmeldknop.nl' are refused). Null otherwise.
 */
export function allowedExternalUrl(
  raw: unknown,
  hosts: readonly string[] = EXTERNAL_LINK_HOSTS,
): string | null {
  if (typeof raw !== 'string' || raw.length === 0 || raw.length > MAX_URL_LENGTH) return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:') return null;
  if (url.username !== '' || url.password !== '' || url.port !== '') return null;
  const host = url.hostname.toLowerCase();
  if (host.endsWith('.')) return null;
  const allowed = hosts.some((h) => {
    const site = siteOf(h);
    return host === site || host.endsWith(`.${site}`);
  });
  return allowed ? url.href : null;
}
