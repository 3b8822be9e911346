/** The language assistance page (Section 1557): its frame; the notice and taglines are content. */
export const languageAssistance = {
  title: 'Language assistance',
  description:
    'Our nondiscrimination notice, and free help in your language: interpreters, translated documents and other aids.',
  taglinesHeading: 'Free help in your language',
  noticeHeading: 'Nondiscrimination notice',
};
