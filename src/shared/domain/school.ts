import { z } from 'zod';
import { longText, mediumText, shortText } from './common';

export const HelpResourceSchema = z
  .object({
    name: shortText('Naam').min(1, { error: 'Geef de hulpbron een naam.' }),
    forWhom: z.enum(['ouders', 'leerlingen', 'beide'], { error: 'Kies voor wie deze hulp is.' }),
    contact: shortText('Contact'),
    description: mediumText('Omschrijving'),
  })
  .strict();
export type HelpResource = z.infer<typeof HelpResourceSchema>;

export const SchoolProfileSchema = z.object({
  name: shortText('Schoolnaam'),
  address: mediumText('Adres'),
  postalCode: shortText('Postcode'),
  city: shortText('Plaats'),
  phone: shortText('Telefoon'),
  email: shortText('E-mail'),
  website: shortText('Website'),
  /** PNG or JPEG as a data: URL, at most ~300 kB; printed on letters. */
  logoDataUrl: z
    .string()
    .max(400_000, { error: 'Het logo is te groot (maximaal 300 kB).' })
    .regex(/^(data:image\/(png|jpeg);base64,[A-Za-z0-9+/=]+)?$/, {
      error: 'Het logo moet een PNG- of JPEG-afbeelding zijn.',
    }),
  protocolReference: mediumText('Verwijzing naar schoolprotocol'),
  confidant: shortText('Vertrouwenspersoon'),
  confidantContact: shortText('Contact vertrouwenspersoon'),
  policeContact: shortText('Politiecontact / wijkagent'),
  policeContactDetails: shortText('Contactgegevens politie'),
  signatory: shortText('Ondertekening (naam)'),
  signatoryRole: shortText('Ondertekening (functie)'),
  /** The signatory's own phone or e-mail: in letters they sign as the contact, instead of the general number. */
  // Added later than the rest: optional on input, so a caller (or a saved form) from before still works.
  signatoryContact: shortText('Contact ondertekenaar').default(''),
  helpResources: z.array(HelpResourceSchema).max(100),
  notes: longText('Notities'),
});
export type SchoolProfile = z.infer<typeof SchoolProfileSchema>;

export const EMPTY_SCHOOL_PROFILE: SchoolProfile = {
  name: '',
  address: '',
  postalCode: '',
  city: '',
  phone: '',
  email: '',
  website: '',
  logoDataUrl: '',
  protocolReference: '',
  confidant: '',
  confidantContact: '',
  policeContact: '',
  policeContactDetails: '',
  signatory: '',
  signatoryRole: '',
  signatoryContact: '',
  helpResources: [],
  notes: '',
};
