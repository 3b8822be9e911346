import type { Dictionary } from '../dictionary.ts';

export const languageAssistance = {
  title: 'Ayuda con el idioma',
  description:
    'Nuestro aviso de no discriminación y ayuda gratuita en su idioma: intérpretes, documentos traducidos y otros apoyos.',
  taglinesHeading: 'Ayuda gratuita en su idioma',
  noticeHeading: 'Aviso de no discriminación',
} satisfies Dictionary['languageAssistance'];
