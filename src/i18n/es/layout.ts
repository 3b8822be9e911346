import type { Dictionary } from '../dictionary.ts';

export const layout = {
  skipToMain: 'Ir al contenido principal',
  previewLabel: 'Vista previa',
  previewBanner: 'Vista previa: cambios sin publicar',
  crisisLabel: 'Ayuda en una crisis',
  crisisQuestion: '¿En crisis?',
  crisisCall: 'Llame',
  crisisOr: 'o',
  crisisText: 'envíe un mensaje de texto al 988',
  crisisLifeline: '; oprima 2 para español. Emergencias:',
  mainNavigation: 'Principal',
  otherLanguage: 'English',
  navPrograms: 'Programas',
  navLocations: 'Centros',
  navServices: 'Servicios',
  admissions: 'Admisiones:',
  footerAdmissions: 'admisiones:',
  footerOtherHelp: 'Otra ayuda, a cualquier hora',
  footerLanguageAssistance: 'Ayuda con el idioma',
  footerLanguageAssistanceNote: 'Ayuda gratuita en su idioma y nuestro aviso de no discriminación:',
  footerPrivacy: 'Este sitio no usa cookies, ni rastreadores, ni servicios de otras empresas.',
} satisfies Dictionary['layout'];
