/** The frame of every page: skip link, crisis line, header, footer, preview banner. */
export const layout = {
  skipToMain: 'Skip to main content',
  previewLabel: 'Preview',
  previewBanner: 'Preview — unpublished changes',
  crisisLabel: 'Crisis help',
  crisisQuestion: 'In crisis?',
  crisisCall: 'Call',
  crisisOr: 'or',
  crisisText: 'text 988',
  crisisLifeline: ', the Suicide & Crisis Lifeline, any time. In an emergency, call',
  mainNavigation: 'Main',
  /** The link to this page in the other language, written in that language. */
  otherLanguage: 'Español',
  navPrograms: 'Programs',
  navLocations: 'Locations',
  navServices: 'Services',
  admissions: 'Admissions:',
  footerAdmissions: 'admissions:',
  footerOtherHelp: 'Other help, any time',
  footerLanguageAssistance: 'Language assistance',
  footerLanguageAssistanceNote: 'Free help in your language, and our nondiscrimination notice:',
  footerPrivacy: 'This site uses no cookies, no trackers and no third-party services.',
};
