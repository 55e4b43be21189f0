import fs from 'node:fs/promises';
import type { exchangeOps } from '../../shared/api/exchange';
import {
  PACKAGE_KIND_LABELS,
  PACKAGE_SECTION_LABELS,
  cardExpired,
  type Card,
  type Contact,
  type ExchangeRecord,
  type HandoverState,
  type ImportPreview,
  type PackageKind,
  type PackageSection,
  type SendOptions,
  type SendPreview,
} from '../../shared/domain/exchange';
import { AppError, errorText } from '../../shared/errors';
import type { Handlers } from '../api';
import type { CoreContext } from '../context';
import { loadDossierDetail, writeDossier, dossierRepo as repo } from '../dossiers';
import { readSchoolProfile } from '../school-profile';
import * as contacts from './contacts';
import type { PackageDocument } from './document';
import { buildExtract, type Extract } from './extract';
import { CARD_EXTENSION, cardText, fingerprint, loadIdentity, parseCard, renewIdentity, validityFrom } from './identity';
import { applyPlan, planImport, type Resolution } from './merge';
import {
  MAX_PACKAGE_BYTES,
  needsPassphrase,
  newOneTimePassphrase,
  openPackage,
  sealPackage,
  sha256Hex,
} from './seal';

type ExchangeOpName = keyof typeof exchangeOps;

const packageFilter = (ctx: CoreContext) => [{ name: ctx.dialogText('PACKAGE_FILTER'), extensions: ['age'] }];
const cardFilter = (ctx: CoreContext) => [{ name: ctx.dialogText('CARD_FILTER'), extensions: [CARD_EXTENSION, 'txt'] }];
/** An opened-but-not-yet-imported package lives this long (ciphertext only, in memory). */
const PENDING_TTL_MS = 30 * 60_000;

export function myCard(ctx: CoreContext): Card {
  const id = loadIdentity(ctx.db());
  return {
    v: 1,
    name: ctx.actor(),
    organisation: readSchoolProfile(ctx).name,
    ageRecipient: id.ageRecipient,
    signPublic: id.signPublic,
    validUntil: id.validUntil,
  };
}

/** The same keys with a later end date: a renewal, not a new card. */
const renews = (c: Contact, card: Card) =>
  c.signPublic === card.signPublic && c.ageRecipient === card.ageRecipient && card.validUntil > (c.validUntil ?? '');

const dayNl = (date: string) =>
  new Date(`${date}T12:00:00.000Z`).toLocaleDateString('nl-NL', { timeZone: 'Europe/Amsterdam', dateStyle: 'long' });

export function handoverState(ctx: CoreContext, dossierId: string): HandoverState | null {
  const row = ctx
    .db()
    .prepare('SELECT handed_over_to, handed_over_at, co_owner FROM exchange_handover WHERE dossier_id = ?')
    .get(dossierId) as { handed_over_to: string; handed_over_at: string; co_owner: number } | undefined;
  return row
    ? {
        dossierId,
        handedOverTo: row.handed_over_to,
        handedOverAt: row.handed_over_at,
        coOwner: row.co_owner === 1,
      }
    : null;
}

/** Every package sent or received for a dossier: for the dossier screen, the overview and inzage. */
export function exchangeRecords(ctx: CoreContext, dossierId: string): ExchangeRecord[] {
  const rows = ctx
    .db()
    .prepare('SELECT * FROM exchange_packages WHERE dossier_id = ? ORDER BY at')
    .all(dossierId) as Array<{
    id: string;
    direction: 'verzonden' | 'ontvangen';
    kind: PackageKind;
    dossier_id: string;
    counterpart: string;
    sections_json: string;
    hash: string;
    at: string;
  }>;
  return rows.map((r) => ({
    id: r.id,
    direction: r.direction,
    kind: r.kind,
    dossierId: r.dossier_id,
    counterpart: r.counterpart,
    sections: JSON.parse(r.sections_json) as PackageSection[],
    hash: r.hash,
    at: r.at,
  }));
}

function partyOf(c: Card | Contact) {
  return {
    name: c.name,
    organisation: c.organisation,
    signPublic: c.signPublic,
    ageRecipient: c.ageRecipient,
  };
}

function counterpartLabel(list: Array<{ name: string; organisation: string }>): string {
  return list.map((c) => (c.organisation ? `${c.name} (${c.organisation})` : c.name)).join(', ');
}

export function exchangeHandlers(ctx: CoreContext): Handlers<ExchangeOpName> {
  const pending = new Map<
    string,
    { bytes: Uint8Array; vault: object; at: number; passphrase: string | null }
  >();

  const prune = () => {
    const now = ctx.now().getTime();
    for (const [k, v] of pending)
      if (now - v.at > PENDING_TTL_MS || v.vault !== ctx.vault()) pending.delete(k);
  };

  const myCardView = () => {
    const card = myCard(ctx);
    return {
      card,
      text: cardText(card),
      fingerprint: fingerprint(card.ageRecipient, card.signPublic),
      createdAt: loadIdentity(ctx.db()).createdAt,
    };
  };

  const recipientsOf = (o: SendOptions): Contact[] =>
    o.contactIds.map((id) => contacts.getContact(ctx.db(), id));

  const prepare = (o: SendOptions) => {
    const detail = loadDossierDetail(ctx, o.dossierId);
    const handover = handoverState(ctx, o.dossierId);
    if (handover && !handover.coOwner) {
      throw new AppError('FORBIDDEN', { key: 'HANDED_OVER_NOT_SENDABLE', params: { to: handover.handedOverTo } });
    }
    const to = recipientsOf(o);
    // Expired cards: the receiver would refuse the package, so it is not made at all.
    const own = loadIdentity(ctx.db());
    if (cardExpired(own.validUntil, ctx.nowIso())) {
      throw new AppError('VALIDATION', { key: 'OWN_CARD_EXPIRED', params: { date: dayNl(own.validUntil) } });
    }
    for (const c of to) {
      if (cardExpired(c.validUntil, ctx.nowIso())) {
        throw new AppError('VALIDATION', { key: 'RECIPIENT_CARD_EXPIRED', params: { name: c.name, date: dayNl(c.validUntil!) } });
      }
    }
    let alreadySent: Array<Map<string, string>> | null = null;
    let since: string | null = null;
    if (o.kind === 'bijwerken') {
      alreadySent = to.map((c) => {
        const rows = ctx
          .db()
          .prepare('SELECT record_key, hash FROM exchange_sent WHERE dossier_id = ? AND contact_id = ?')
          .all(o.dossierId, c.id) as Array<{ record_key: string; hash: string }>;
        if (rows.length === 0) {
          throw new AppError('VALIDATION', { key: 'UPDATE_NEEDS_EARLIER_SEND', params: { name: c.name }, field: 'kind' });
        }
        return new Map(rows.map((r) => [r.record_key, r.hash]));
      });
      const last = ctx
        .db()
        .prepare(
          `SELECT MAX(at) AS at FROM exchange_packages WHERE dossier_id = ? AND direction = 'verzonden' AND EXISTS (
             SELECT 1 FROM json_each(contact_ids_json) WHERE value IN (${to.map(() => '?').join(',')}))`,
        )
        .get(o.dossierId, ...to.map((c) => c.id)) as { at: string | null };
      since = last.at;
    }
    if (o.kind !== 'overdracht' && o.sections.length === 0) {
      throw new AppError('VALIDATION', { key: 'SEND_NEEDS_SECTION', field: 'sections' });
    }
    const extract = buildExtract(ctx.db(), detail, {
      kind: o.kind,
      sections: o.sections,
      includeThirdParties: o.includeThirdParties,
      alreadySent,
    });
    return { detail, to, extract, since };
  };

  const previewOf = (o: SendOptions, to: Contact[], extract: Extract, since: string | null): SendPreview => {
    const d = extract.doc;
    const counts: Record<PackageSection, number> = {
      feiten: d.facts ? 1 : 0,
      personen: d.persons.length,
      stappen: d.steps.length,
      acties: d.actions.length,
      gesprekken: d.conversations.length,
      logboek: d.chronology.length,
      monitoring: d.monitoring.length,
    };
    const names = to.length ? counterpartLabel(to) : 'de ontvanger';
    return {
      kind: o.kind,
      recipients: to.map((c) => ({ name: c.name, organisation: c.organisation, verified: c.verified })),
      sections: d.sections.map((s) => ({ section: s, label: PACKAGE_SECTION_LABELS[s], count: counts[s] })),
      omitted: d.omitted,
      since,
      afterwards:
        o.kind === 'overdracht'
          ? o.keepAsCoOwner
            ? `Je blijft mede-eigenaar: je kunt in je eigen exemplaar verder werken en wijzigingen bijwerken naar ${names}.`
            : `Je eigen exemplaar wordt alleen-lezen: "overgedragen aan ${names}".`
          : null,
    };
  };

  return {
    'exchange.myCard': () => myCardView(),

    'exchange.renewCard': () => {
      const before = loadIdentity(ctx.db()).validUntil;
      const validUntil = validityFrom(ctx.nowIso());
      ctx.write('exchange.renewCard', null, `Eigen Vangnet-kaart verlengd: geldig tot ${validUntil} (was ${before}); dezelfde sleutels`, (db) =>
        renewIdentity(db, validUntil),
      );
      return myCardView();
    },

    'exchange.saveMyCard': async () => {
      const card = myCard(ctx);
      const file = await ctx.platform.chooseSaveFile({
        title: ctx.dialogText('CARD_SAVE_TITLE'),
        defaultName: `vangnet-kaart-${card.name
          .replace(/[^\p{L}\p{N}]+/gu, '-')
          .toLowerCase()
          .slice(0, 40)}.${CARD_EXTENSION}`,
        filters: cardFilter(ctx),
      });
      if (!file) return { cancelled: true as const };
      // Public keys only: nothing confidential, so a plain file is fine.
      await fs.writeFile(file, `${cardText(card)}\n`, { mode: 0o644 });
      return { cancelled: false as const, file };
    },

    'exchange.readCardFile': async () => {
      const file = await ctx.platform.chooseOpenFile({ title: ctx.dialogText('CARD_OPEN_TITLE'), filters: cardFilter(ctx) });
      if (!file) return { cancelled: true as const };
      const stat = await fs.stat(file);
      if (stat.size > 16_384)
        throw new AppError('VALIDATION', { key: 'CARD_FILE_TOO_BIG' });
      const text = (await fs.readFile(file, 'utf8')).trim();
      parseCard(text);
      return { cancelled: false as const, text };
    },

    'exchange.inspectCard': ({ text }) => {
      const card = parseCard(text);
      const own = loadIdentity(ctx.db());
      const existing = contacts.findContactByCard(ctx.db(), card);
      return {
        card,
        fingerprint: fingerprint(card.ageRecipient, card.signPublic),
        isSelf: own.signPublic === card.signPublic || own.ageRecipient === card.ageRecipient,
        existing,
        renews: !!existing && renews(existing, card),
      };
    },

    'exchange.addContact': ({ text, kind, name, organisation, verified, note }) => {
      const card = parseCard(text);
      const own = loadIdentity(ctx.db());
      if (own.signPublic === card.signPublic || own.ageRecipient === card.ageRecipient) {
        throw new AppError('VALIDATION', { key: 'OWN_CARD_AS_CONTACT', field: 'text' });
      }
      const existing = contacts.findContactByCard(ctx.db(), card);
      if (existing && renews(existing, card)) {
        // Same keys, later end date: the fingerprint (and so the verification) is unchanged.
        ctx.write(
          'exchange.renewContact',
          null,
          `Verlengde kaart ontvangen (vingerafdruk ${existing.fingerprint}): geldig tot ${card.validUntil} (was ${existing.validUntil ?? 'onbekend'})`,
          (db) => contacts.renewContact(db, existing.id, card.validUntil),
        );
        return contacts.getContact(ctx.db(), existing.id);
      }
      if (existing) throw new AppError('CONFLICT', { key: 'CARD_ALREADY_KNOWN', params: { name: existing.name } });
      const id = ctx.newId();
      const at = ctx.nowIso();
      ctx.write(
        'exchange.addContact',
        null,
        `Kaart toegevoegd aan adresboek (vingerafdruk ${fingerprint(card.ageRecipient, card.signPublic)}, ${verified ? 'geverifieerd' : 'niet geverifieerd'})`,
        (db) =>
          contacts.insertContact(db, {
            id,
            card,
            kind,
            name: name || card.name,
            organisation: organisation ?? card.organisation,
            verified,
            at,
            note,
          }),
      );
      return contacts.getContact(ctx.db(), id);
    },

    'exchange.listContacts': () => contacts.listContacts(ctx.db()),

    'exchange.updateContact': ({ contactId, contact }) => {
      contacts.getContact(ctx.db(), contactId);
      ctx.write('exchange.updateContact', null, 'Adresboek bijgewerkt', (db) =>
        contacts.updateContact(db, contactId, contact),
      );
      return contacts.getContact(ctx.db(), contactId);
    },

    'exchange.setVerified': ({ contactId, verified }) => {
      const c = contacts.getContact(ctx.db(), contactId);
      ctx.write(
        'exchange.setVerified',
        null,
        `Vingerafdruk ${c.fingerprint} ${verified ? 'vergeleken en geverifieerd' : 'niet meer als geverifieerd gemarkeerd'}`,
        (db) => contacts.setVerified(db, contactId, verified, ctx.nowIso()),
      );
      return contacts.getContact(ctx.db(), contactId);
    },

    'exchange.removeContact': ({ contactId }) => {
      const c = contacts.getContact(ctx.db(), contactId);
      ctx.write(
        'exchange.removeContact',
        null,
        `Kaart verwijderd uit adresboek (vingerafdruk ${c.fingerprint})`,
        (db) => contacts.deleteContact(db, contactId),
      );
      return { removed: true as const };
    },

    'exchange.previewSend': (o) => {
      const { to, extract, since } = prepare(o);
      return previewOf(o, to, extract, since);
    },

    'exchange.send': async (o) => {
      const { detail, to, extract } = prepare(o);
      const own = loadIdentity(ctx.db());
      const me = myCard(ctx);
      const createdAt = ctx.nowIso();
      const doc: PackageDocument = {
        ...extract.doc,
        packageId: ctx.newId(),
        createdAt,
        sender: partyOf(me),
        recipients: to.map(partyOf),
        oneTimePassphrase: o.oneTimePassphrase,
        coOwner: o.kind === 'overdracht' && o.keepAsCoOwner,
      };
      const passphrase = o.oneTimePassphrase ? newOneTimePassphrase() : null;
      const bytes = await sealPackage(
        own,
        doc,
        passphrase ? { passphrase } : { recipients: to.map((c) => c.ageRecipient) },
      );
      const file = await ctx.platform.chooseSaveFile({
        title: ctx.dialogText('PACKAGE_SAVE_TITLE'),
        // Neutral name: a file found on a USB stick says nothing about the dossier.
        defaultName: `vangnet-pakket-${createdAt.slice(0, 10)}.age`,
        filters: packageFilter(ctx),
      });
      if (!file) return { cancelled: true as const };
      await fs.writeFile(file, bytes, { mode: 0o600 });
      const hash = sha256Hex(bytes);
      const counterpart = passphrase ? 'Ontvanger met eenmalige wachtwoordzin' : counterpartLabel(to);
      const at = ctx.nowIso();
      const dossierId = detail.dossier.id;
      // Told in the logbook as a typed event; the audit row keeps the fingerprints and the hash.
      // The handover row goes in after that write (it makes the dossier read-only, so the
      // write's own touch of the dossier would be refused), in the same outer transaction.
      ctx.vault().transaction(() => {
        writeDossier(
          ctx,
          dossierId,
          'exchange.send',
          ({ db, event }) => {
            db.prepare(
              `INSERT INTO exchange_packages (id, direction, kind, dossier_id, counterpart, contact_ids_json, sections_json, omitted_json, hash, bytes, created_at, at)
               VALUES (?, 'verzonden', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
            ).run(
              doc.packageId,
              o.kind,
              dossierId,
              counterpart,
              JSON.stringify(to.map((c) => c.id)),
              JSON.stringify(doc.sections),
              JSON.stringify(doc.omitted),
              hash,
              bytes.length,
              createdAt,
              at,
            );
            const sent = db.prepare(
              `INSERT INTO exchange_sent (dossier_id, contact_id, record_key, hash) VALUES (?, ?, ?, ?)
               ON CONFLICT(dossier_id, contact_id, record_key) DO UPDATE SET hash = excluded.hash`,
            );
            const base = db.prepare(
              `INSERT INTO exchange_base (dossier_id, record_key, hash, updated_at) VALUES (?, ?, ?, NULL)
               ON CONFLICT(dossier_id, record_key) DO UPDATE SET hash = excluded.hash`,
            );
            for (const [key, h] of extract.sent) {
              for (const c of to) sent.run(dossierId, c.id, key, h);
              if (extract.unaltered.has(key)) base.run(dossierId, key, h);
            }
            event({
              type: 'package.sent',
              packageId: doc.packageId,
              kind: o.kind,
              counterpart,
              sections: doc.sections,
              keepAsCoOwner: o.kind === 'overdracht' && !!o.keepAsCoOwner,
              sender: me.name,
            });
          },
          `Pakket verzonden (${PACKAGE_KIND_LABELS[o.kind]}) aan ${
            passphrase ? 'eenmalige wachtwoordzin' : to.map((c) => c.fingerprint).join(', ')
          }; onderdelen: ${doc.sections.join(', ')}; sha256 ${hash}`,
        );
        if (o.kind === 'overdracht' && !o.keepAsCoOwner) {
          ctx
            .db()
            .prepare('INSERT INTO exchange_handover (dossier_id, handed_over_to, handed_over_at, co_owner) VALUES (?, ?, ?, 0)')
            .run(dossierId, counterpart, at);
        }
      });
      return {
        cancelled: false as const,
        file,
        packageId: doc.packageId,
        hash,
        bytes: bytes.length,
        passphrase,
      };
    },

    'exchange.chooseImport': async () => {
      prune();
      const file = await ctx.platform.chooseOpenFile({ title: ctx.dialogText('PACKAGE_OPEN_TITLE'), filters: packageFilter(ctx) });
      if (!file) return { cancelled: true as const };
      const stat = await fs.stat(file);
      if (stat.size > MAX_PACKAGE_BYTES)
        throw new AppError('IMPORT_ERROR', { key: 'PACKAGE_TOO_BIG' });
      const bytes = new Uint8Array(await fs.readFile(file));
      const token = ctx.newId();
      pending.set(token, { bytes, vault: ctx.vault(), at: ctx.now().getTime(), passphrase: null });
      return { cancelled: false as const, token, needsPassphrase: needsPassphrase(bytes) };
    },

    'exchange.previewImport': async ({ token, passphrase }) => {
      const { doc, sender, hash, already } = await openPending(token, passphrase);
      const plan = planImport(ctx.db(), doc);
      const preview: ImportPreview = {
        token,
        packageId: doc.packageId,
        kind: doc.kind,
        createdAt: doc.createdAt,
        sender: {
          name: sender.name,
          organisation: sender.organisation,
          fingerprint: sender.fingerprint,
          verified: sender.verified,
          contactId: sender.id,
        },
        signature: 'geldig',
        dossier: {
          id: doc.dossier.id,
          number: doc.dossier.number,
          title: doc.dossier.title,
          existsHere: plan.dossierExists,
        },
        sections: doc.sections,
        omitted: doc.omitted,
        changes: plan.items.map((i) => ({
          section: i.section,
          text: errorText(i.phrase.key, i.phrase.params),
          phrase: i.phrase,
          effect: already ? 'ongewijzigd' : i.effect,
        })),
        conflicts: already ? [] : plan.conflicts,
        alreadyImported: already,
      };
      void hash;
      return preview;
    },

    'exchange.applyImport': async ({ token, resolutions }) => {
      const { doc, sender, hash, bytes, already } = await openPending(token, null);
      pending.delete(token);
      const dossierId = doc.dossier.id;
      // Importing the same package twice changes nothing.
      if (already) return { dossierId, added: 0, updated: 0, unchanged: 0, alreadyImported: true };
      const plan = planImport(ctx.db(), doc);
      const open = plan.conflicts.filter((c) => !resolutions[c.key]);
      if (open.length > 0) {
        throw new AppError('CONFLICT', {
          key: 'IMPORT_CONFLICTS_OPEN',
          params: { labels: open.map((c) => c.phrase) },
          field: 'resolutions',
        });
      }
      const at = ctx.nowIso();
      const from = sender.organisation ? `${sender.name} (${sender.organisation})` : sender.name;
      const counts = writeDossier(
        ctx,
        dossierId,
        'exchange.receive',
        ({ db, event }) => {
          // The dossier comes back to someone who had handed it over: it is theirs again.
          if (doc.kind === 'overdracht')
            db.prepare('DELETE FROM exchange_handover WHERE dossier_id = ?').run(dossierId);
          if (!plan.dossierExists) {
            const f = doc.facts;
            const number = repo.nextDossierNumber(db, new Date(doc.dossier.discoveredAt));
            repo.insertDossier(db, {
              id: dossierId,
              number,
              title: f?.title ?? doc.dossier.title,
              discoveredAt: doc.dossier.discoveredAt,
              howDiscovered: f?.howDiscovered ?? '',
              materialKind: f?.materialKind ?? doc.dossier.materialKind,
              voluntariness: f?.voluntariness ?? 'onbekend',
              spread: f?.spread ?? { pupils: null, groups: null, platforms: [] },
              status: doc.dossier.status === 'gesloten' ? 'nazorg' : doc.dossier.status,
              lead: f?.lead ?? from,
              victimNeeds: f?.victimNeeds ?? '',
              summary: f?.summary ?? '',
              otherSchoolInvolved: doc.dossier.otherSchoolInvolved,
              createdAt: at,
              updatedAt: at,
            });
          }
          const result = applyPlan(db, doc, plan, resolutions as Record<string, Resolution>, at, () =>
            ctx.newId(),
          );
          db.prepare(
            `INSERT INTO exchange_packages (id, direction, kind, dossier_id, counterpart, contact_ids_json, sections_json, omitted_json, hash, bytes, created_at, at)
             VALUES (?, 'ontvangen', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
          ).run(
            doc.packageId,
            doc.kind,
            dossierId,
            from,
            JSON.stringify([sender.id]),
            JSON.stringify(doc.sections),
            JSON.stringify(doc.omitted),
            hash,
            bytes.length,
            doc.createdAt,
            at,
          );
          event({
            type: 'package.received',
            packageId: doc.packageId,
            kind: doc.kind,
            from,
            packageCreatedAt: doc.createdAt,
            senderDossierNumber: plan.dossierExists ? null : doc.dossier.number,
            added: result.added,
            updated: result.updated,
            senderVerified: sender.verified,
            fingerprint: sender.fingerprint,
          });
          return result;
        },
        `Pakket ontvangen (${PACKAGE_KIND_LABELS[doc.kind]}) van ${sender.fingerprint}${sender.verified ? ' (geverifieerd)' : ' (niet geverifieerd)'}; onderdelen: ${doc.sections.join(', ')}; sha256 ${hash}`,
      );
      return { dossierId, ...counts, alreadyImported: false };
    },

    'exchange.dossierState': ({ dossierId }) => {
      repo.getDossierRow(ctx.db(), dossierId);
      return { handover: handoverState(ctx, dossierId), packages: exchangeRecords(ctx, dossierId) };
    },
  };

  async function openPending(token: string, passphrase: string | null) {
    prune();
    const p = pending.get(token);
    if (!p) throw new AppError('NOT_FOUND', { key: 'PACKAGE_NO_LONGER_OPEN' });
    if (passphrase) p.passphrase = passphrase;
    const own = loadIdentity(ctx.db());
    if (needsPassphrase(p.bytes) && !p.passphrase) {
      throw new AppError('VALIDATION', { key: 'PACKAGE_NEEDS_PASSPHRASE', field: 'passphrase' });
    }
    const { doc, signer } = await openPackage(
      p.bytes,
      p.passphrase ? { passphrase: p.passphrase } : { identity: own.ageIdentity },
    );
    if (signer === own.signPublic) {
      throw new AppError('IMPORT_ERROR', { key: 'PACKAGE_OWN' });
    }
    const sender = contacts.findContactBySigner(ctx.db(), signer);
    if (!sender) {
      throw new AppError('IMPORT_ERROR', {
        key: 'SIGNER_UNKNOWN',
        params: {
          sender: `${doc.sender.name}${doc.sender.organisation ? ` (${doc.sender.organisation})` : ''}`,
          fingerprint: fingerprint(doc.sender.ageRecipient, doc.sender.signPublic),
        },
      });
    }
    // An expired card is refused by the receiver's clock: the creation time inside the package
    // is the sender's own claim and could be backdated by whoever holds an old key.
    if (cardExpired(sender.validUntil, ctx.nowIso())) {
      throw new AppError('IMPORT_ERROR', { key: 'SIGNER_CARD_EXPIRED', params: { name: sender.name, date: dayNl(sender.validUntil!) } });
    }
    if (!doc.oneTimePassphrase && !doc.recipients.some((r) => r.signPublic === own.signPublic)) {
      throw new AppError('IMPORT_ERROR', { key: 'PACKAGE_NOT_ADDRESSED_TO_YOU' });
    }
    const already = !!ctx
      .db()
      .prepare("SELECT 1 FROM exchange_packages WHERE id = ? AND direction = 'ontvangen'")
      .get(doc.packageId);
    return { doc, sender, hash: sha256Hex(p.bytes), bytes: p.bytes, already };
  }
}
