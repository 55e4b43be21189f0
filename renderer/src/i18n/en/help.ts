/** The in-app user guide (namespace 'help'). The guide itself is Dutch only. */
export default {
  nav: 'User guide',
  link: 'Help',
  linkLabel: 'Help with this screen',
  toc: 'Contents',
  back: 'Back to the screen',
  dutchOnly: 'The user guide is written in Dutch.',
  unknownSection: 'This part of the guide does not exist (any more).',
  toStart: 'Go to the start of the guide',
};
