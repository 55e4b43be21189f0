/** The in-app user guide (namespace 'help'). The guide itself is docs/gebruikershandleiding.md. */
export default {
  nav: 'Handleiding',
  link: 'Hulp',
  linkLabel: 'Hulp bij dit scherm',
  toc: 'Inhoud',
  back: 'Terug naar het scherm',
  dutchOnly: 'De handleiding is in het Nederlands.',
  unknownSection: 'Dit deel van de handleiding bestaat niet (meer).',
  toStart: 'Naar het begin van de handleiding',
};
