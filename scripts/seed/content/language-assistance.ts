/**
 * The Section 1557 nondiscrimination notice and the language taglines of the invented provider, in plain
 * words. Phone numbers use the fictional 555-01xx range, except the HHS Office for Civil Rights, a real
 * public line (as the national helplines in settings are).
 */
import type { LanguageAssistanceSeed } from '../lib/types.ts';

const CIVIL_RIGHTS_LINE = '(503) 555-0101';

export const languageAssistance: LanguageAssistanceSeed = {
  notice: [
    'Alderwell Behavioral Health follows federal civil rights laws. We do not turn anyone away, leave anyone out or treat anyone differently because of race, color, national origin, sex, age or disability.',
    `We give free help so that you can talk with us and understand your care: trained interpreters, including sign language interpreters; written information in other languages; and large print, audio and other formats. To ask for any of these, call ${CIVIL_RIGHTS_LINE} or tell any member of our staff.`,
    `If you think we did not give you this help, or treated you unfairly in another way, you can file a grievance with our Civil Rights Coordinator: call ${CIVIL_RIGHTS_LINE} or email civil-rights@example.org. If you need help filing it, the coordinator will help you.`,
    'You can also file a civil rights complaint with the U.S. Department of Health and Human Services, Office for Civil Rights, online at ocrportal.hhs.gov, or by phone at 1-800-368-1019 (TDD 1-800-537-7697).',
  ].join('\n\n'),
  notice_es: [
    'Alderwell Behavioral Health cumple con las leyes federales de derechos civiles. No rechazamos, no dejamos fuera ni tratamos de forma diferente a nadie por su raza, color, origen nacional, sexo, edad o discapacidad.',
    `Ofrecemos ayuda gratis para que pueda hablar con nosotros y entender su atención: intérpretes capacitados, incluidos intérpretes de lengua de señas; información escrita en otros idiomas; y letra grande, audio y otros formatos. Para pedir cualquiera de estos servicios, llame al ${CIVIL_RIGHTS_LINE} o dígaselo a cualquier persona de nuestro personal.`,
    `Si cree que no le dimos esta ayuda, o que le tratamos de forma injusta de otra manera, puede presentar una queja ante nuestro Coordinador de Derechos Civiles: llame al ${CIVIL_RIGHTS_LINE} o escriba a civil-rights@example.org. Si necesita ayuda para presentarla, el coordinador le ayudará.`,
    'También puede presentar una queja de derechos civiles ante la Oficina de Derechos Civiles del Departamento de Salud y Servicios Humanos de los EE. UU., en línea en ocrportal.hhs.gov, o por teléfono al 1-800-368-1019 (TDD 1-800-537-7697).',
  ].join('\n\n'),
  taglines: [
    { language: 'es', text: 'Hay ayuda gratuita con el idioma. Llame al (503) 555-0102.', phone: '+15035550102' },
    {
      language: 'vi',
      text: 'Có dịch vụ hỗ trợ ngôn ngữ miễn phí. Xin gọi số (503) 555-0103.',
      phone: '+15035550103',
    },
    { language: 'zh-Hant', text: '我們提供免費的語言協助。請致電 (503) 555-0104。', phone: '+15035550104' },
    {
      language: 'ko',
      text: '무료 언어 지원을 받으실 수 있습니다. (503) 555-0105 번으로 전화하십시오.',
      phone: '+15035550105',
    },
    {
      language: 'ru',
      text: 'Вы можете бесплатно получить помощь на вашем языке. Звоните по номеру (503) 555-0106.',
      phone: '+15035550106',
    },
    { language: 'tl', text: 'May libreng tulong sa wika. Tumawag sa (503) 555-0107.', phone: '+15035550107' },
    { language: 'ar', text: 'تتوفر لك المساعدة اللغوية مجانًا. اتصل على الرقم (503) 555-0108.', phone: '+15035550108' },
  ],
};
