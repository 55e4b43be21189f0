/**
 * English strings for the overview, intake and school profile. Only the chrome is translated;
 * anything missing falls back to Dutch (fallbackLng 'nl'), as the protocol itself is Dutch.
 */
export default {
  title: 'Overview',
  subtitle: 'All case files, what is overdue and what is coming up.',
  newCase: 'New case',
  dossiers: 'Case files',
  all: 'All',
  search: { label: 'Search all case files', placeholder: 'Name, class, a word from a note, log or conversation…' },
  overdue: { title: 'Overdue', none: 'Nothing overdue.' },
  aftercare: { title: 'Aftercare coming up' },
  intake: { title: 'New case', submit: 'Open case file', cancel: 'Cancel' },
  school: { title: 'School profile' },
};
