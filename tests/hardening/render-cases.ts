import { block, edit, type Doc, type RenderCase } from './corpus.ts';

const settings = (change: (doc: Doc) => void) => edit('siteSettings', change);
const downtown = (change: (doc: Doc) => void) => edit('location.downtown', change);
const eastside = (change: (doc: Doc) => void) => edit('location.eastside', change);
const iop = (change: (doc: Doc) => void) => edit('program.iop', change);
/** Adds a paragraph to the program body: every body case gets its own block. */
const addBlock = (...args: Parameters<typeof block>) => iop((d) => d.body.push(block(...args)));
/** Adds a referral resource (shown in every page footer). */
const addResource = (key: string, fields: Doc) =>
  settings((d) => d.referralResources.push({ _type: 'referralResource', _key: key, ...fields }));

const assistance = (change: (doc: Doc) => void) => edit('languageAssistance', change);

const DOWNTOWN = '/locations/downtown/';
const EASTSIDE = '/locations/eastside/';
const PROGRAM = '/programs/intensive-outpatient/';
const LONG_NOTE = 'Ramp at the side door <b>wheelchair</b> & elevator. '.repeat(200);

/**
 * Content the build accepts and must render as inert text. All of these go into ONE dataset (the full mock
 * dataset, see createFullDataset), so each change touches its own field or adds its own item.
 */
export const RENDER_CASES: RenderCase[] = [
  // html and script in text: the language assistance page
  {
    name: 'nondiscrimination notice with <script> renders escaped',
    category: 'html and script in text',
    expect: 'renders-safely',
    change: assistance((d) => (d.notice = 'We do not discriminate. <script>alert("pwned")</script>')),
    page: '/language-assistance/',
    shows: 'We do not discriminate. <script>alert("pwned")</script>',
  },
  {
    name: 'tagline with <img onerror> renders escaped, its number still a link',
    category: 'html and script in text',
    expect: 'renders-safely',
    change: assistance((d) => (d.taglines[0].text = 'Llame al (503) 555-0102 <img src=x onerror=alert(1)>')),
    page: '/language-assistance/',
    shows: ' <img src=x onerror=alert(1)>',
  },
  // html and script in text: locations
  {
    name: 'location name with <script> renders escaped',
    category: 'html and script in text',
    expect: 'renders-safely',
    change: downtown((d) => (d.name = 'Downtown <script>alert("pwned")</script> Clinic')),
    page: DOWNTOWN,
    shows: 'Downtown <script>alert("pwned")</script> Clinic',
  },
  {
    name: 'street address with <img onerror> renders escaped',
    category: 'html and script in text',
    expect: 'renders-safely',
    change: downtown((d) => (d.address.street1 = '100 Example St <img src=x onerror=alert(1)>')),
    page: DOWNTOWN,
    shows: '100 Example St <img src=x onerror=alert(1)>',
  },
  {
    name: 'street2 closing </address> and opening <script> renders escaped',
    category: 'html and script in text',
    expect: 'renders-safely',
    change: downtown((d) => (d.address.street2 = 'Suite 2</address><script>alert(1)</script>')),
    page: DOWNTOWN,
    shows: 'Suite 2</address><script>alert(1)</script>',
  },
  {
    // The city also lands in attributes (search filters, metadata) and in the directions URL.
    name: 'city breaking out of an attribute (" onmouseover=) renders escaped',
    category: 'html and script in text',
    expect: 'renders-safely',
    change: eastside((d) => (d.address.city = 'Portland" onmouseover="alert(1)')),
    page: EASTSIDE,
    shows: 'Portland" onmouseover="alert(1)',
  },
  {
    name: 'hours note with </script> renders escaped',
    category: 'html and script in text',
    expect: 'renders-safely',
    change: downtown((d) => (d.hoursNote = 'Closed on holidays</script><script>alert(1)</script>')),
    page: DOWNTOWN,
    shows: 'Closed on holidays</script><script>alert(1)</script>',
  },
  {
    name: 'program schedule note with <iframe> renders escaped',
    category: 'html and script in text',
    expect: 'renders-safely',
    change: downtown((d) => (d.programs[0].scheduleNote = 'Evenings <iframe src="javascript:alert(1)"></iframe>')),
    page: DOWNTOWN,
    shows: 'Evenings <iframe src="javascript:alert(1)"></iframe>',
  },
  {
    name: 'not-offered note with an <a href="javascript:"> renders escaped, not as a link',
    category: 'html and script in text',
    expect: 'renders-safely',
    change: eastside((d) => (d.notOffered[0].note = 'See <a href="javascript:alert(1)">our partner</a>')),
    page: EASTSIDE,
    shows: 'See <a href="javascript:alert(1)">our partner</a>',
    link: null,
  },
  {
    name: 'language with <b onmouseover> renders escaped',
    category: 'html and script in text',
    expect: 'renders-safely',
    change: downtown((d) => (d.languages = ['English', '<b onmouseover=alert(1)>Spanish</b>'])),
    page: DOWNTOWN,
    shows: '<b onmouseover=alert(1)>Spanish</b>',
  },

  // html and script in text: programs
  {
    name: 'program title with </title><script> renders escaped',
    category: 'html and script in text',
    expect: 'renders-safely',
    change: iop((d) => (d.title = 'Intensive Outpatient </title><script>alert(1)</script>')),
    page: PROGRAM,
    shows: 'Intensive Outpatient </title><script>alert(1)</script>',
  },
  {
    name: 'program short name with "\'><svg onload> renders escaped',
    category: 'html and script in text',
    expect: 'renders-safely',
    change: iop((d) => (d.shortName = `IOP"'><svg onload=alert(1)>`)),
    page: PROGRAM,
    shows: `IOP"'><svg onload=alert(1)>`,
  },
  {
    // The summary is also the meta description and JSON-LD: a meta refresh would redirect every visitor.
    name: 'program summary with <meta http-equiv=refresh> renders escaped',
    category: 'html and script in text',
    expect: 'renders-safely',
    change: iop((d) => (d.summary = 'Evening care. <meta http-equiv="refresh" content="0;url=https://evil.example/">')),
    page: PROGRAM,
    shows: 'Evening care. <meta http-equiv="refresh" content="0;url=https://evil.example/">',
  },
  {
    name: 'ASAM level with <script> renders escaped',
    category: 'html and script in text',
    expect: 'renders-safely',
    change: iop((d) => (d.asamLevel = '2.1<script>alert(1)</script>')),
    page: PROGRAM,
    shows: '2.1<script>alert(1)</script>',
  },
  {
    // Template syntax must stay text: nothing evaluates content.
    name: 'typical schedule with {{template}} and ${expression} syntax renders literally',
    category: 'html and script in text',
    expect: 'renders-safely',
    change: iop((d) => (d.typicalSchedule = '{{constructor.constructor("alert(1)")()}} ${alert(1)} <%= 7*7 %>')),
    page: PROGRAM,
    shows: '{{constructor.constructor("alert(1)")()}} ${alert(1)} <%= 7*7 %>',
  },
  {
    name: 'suitable-for item with <style> renders escaped',
    category: 'html and script in text',
    expect: 'renders-safely',
    change: iop((d) => d.suitableFor.push('<style>body{display:none}</style>Adults')),
    page: PROGRAM,
    shows: '<style>body{display:none}</style>Adults',
  },
  {
    name: 'not-suitable-for item with <base href> renders escaped',
    category: 'html and script in text',
    expect: 'renders-safely',
    change: iop((d) => d.notSuitableFor.push('<base href="https://evil.example/">Minors')),
    page: PROGRAM,
    shows: '<base href="https://evil.example/">Minors',
  },
  {
    name: 'reason recommended with a <form action> renders escaped',
    category: 'html and script in text',
    expect: 'renders-safely',
    change: iop((d) => d.reasonsRecommended.push('<form action="https://evil.example"><button>Go</button></form>')),
    page: PROGRAM,
    shows: '<form action="https://evil.example"><button>Go</button></form>',
  },
  {
    // An entity in content is text too: the visitor reads "&amp;", not "&".
    name: 'FAQ question with an <h1> and &amp; renders literally',
    category: 'html and script in text',
    expect: 'renders-safely',
    change: iop((d) => (d.faq[0].question = '<h1>Cost</h1> &amp; coverage?')),
    page: PROGRAM,
    shows: '<h1>Cost</h1> &amp; coverage?',
  },
  {
    name: 'FAQ answer with an <object data=data:> renders escaped',
    category: 'html and script in text',
    expect: 'renders-safely',
    change: iop((d) => (d.faq[0].answer = '<object data="data:text/html,<script>alert(1)</script>"></object>')),
    page: PROGRAM,
    shows: '<object data="data:text/html,<script>alert(1)</script>"></object>',
  },
  {
    // Aliases also go into a data attribute for search and into the search page's JSON.
    name: 'program alias with </script> renders escaped',
    category: 'html and script in text',
    expect: 'renders-safely',
    change: iop((d) => d.aliases.push('day program</script><script>alert(1)</script>')),
    page: PROGRAM,
    shows: 'day program</script><script>alert(1)</script>',
  },
  {
    name: 'program body text with <script> renders escaped',
    category: 'html and script in text',
    expect: 'renders-safely',
    change: addBlock('script-text', 'We meet <script>alert("pwned")</script> weekly.'),
    page: PROGRAM,
    shows: 'We meet <script>alert("pwned")</script> weekly.',
  },

  // html and script in text: services and site settings
  {
    name: 'service title with <script> renders escaped',
    category: 'html and script in text',
    expect: 'renders-safely',
    change: edit('service.yoga', (d) => (d.title = 'Yoga <script>alert(1)</script>')),
    page: '/services/yoga/',
    shows: 'Yoga <script>alert(1)</script>',
  },
  {
    name: 'service description with <img onerror> renders escaped',
    category: 'html and script in text',
    expect: 'renders-safely',
    change: edit('service.group-therapy', (d) => (d.description = 'Small groups <img src=x onerror=alert(1)>')),
    page: '/services/group-therapy/',
    shows: 'Small groups <img src=x onerror=alert(1)>',
  },
  {
    name: 'service alias with " autofocus onfocus= renders escaped',
    category: 'html and script in text',
    expect: 'renders-safely',
    change: edit('service.yoga', (d) => d.aliases.push('stretch" autofocus onfocus="alert(1)')),
    page: '/services/yoga/',
    shows: 'stretch" autofocus onfocus="alert(1)',
  },
  {
    // On every page: header, footer, <title>, og:site_name and JSON-LD.
    name: 'organization name with <script> renders escaped',
    category: 'html and script in text',
    expect: 'renders-safely',
    change: settings((d) => (d.organizationName = 'Example <script>alert("org")</script> Health')),
    page: '/',
    shows: 'Example <script>alert("org")</script> Health',
  },
  {
    name: 'tagline with <img onerror> renders escaped',
    category: 'html and script in text',
    expect: 'renders-safely',
    change: settings((d) => (d.tagline = 'Care close to home <img src=x onerror=alert(1)>')),
    page: '/',
    shows: 'Care close to home <img src=x onerror=alert(1)>',
  },
  {
    name: 'not-offered note with </p><script> renders escaped',
    category: 'html and script in text',
    expect: 'renders-safely',
    change: settings((d) => (d.notOfferedNote = 'We do not offer detox.</p><script>alert(1)</script>')),
    // Shown once, under the location's "not offered" list, where an item has no location to go to instead.
    page: DOWNTOWN,
    shows: 'We do not offer detox.</p><script>alert(1)</script>',
  },
  {
    // Also serialised into the search page's inline JSON, which must not be closed early.
    name: 'organization-wide not-offered note with </script> renders escaped',
    category: 'html and script in text',
    expect: 'renders-safely',
    change: settings((d) => (d.notOffered[0].note = 'Call the helpline</script><script>alert(1)</script>')),
    page: '/programs/detox/',
    shows: 'Call the helpline</script><script>alert(1)</script>',
  },
  {
    name: 'program safety note with <img> renders escaped where the program is not offered',
    category: 'html and script in text',
    expect: 'renders-safely',
    change: edit('program.detox', (d) => (d.safetyNote = 'Withdrawal <img src=x onerror=alert(1)> can be dangerous.')),
    page: DOWNTOWN,
    shows: 'Withdrawal <img src=x onerror=alert(1)> can be dangerous.',
    link: null,
  },
  {
    name: 'a phone number in a not-offered note becomes a tel: link, the text around it stays text',
    category: 'html and script in text',
    expect: 'renders-safely',
    change: downtown((d) => (d.notOffered[0].note = '<b>Call</b> (503) 555-0123 <i>today</i>')),
    page: DOWNTOWN,
    shows: '(503) 555-0123',
    link: 'tel:+15035550123',
  },
  {
    name: 'referral resource name and description with markup render escaped',
    category: 'html and script in text',
    expect: 'renders-safely',
    change: addResource('markup', {
      name: '<script>alert(1)</script>Helpline',
      description: '<img src=x onerror=alert(1)> free & confidential',
      url: 'https://markup.example/',
    }),
    page: '/',
    shows: '<img src=x onerror=alert(1)> free & confidential',
  },

  // unsafe urls
  {
    name: 'javascript: link in a program body loses its link and keeps its text',
    category: 'unsafe urls',
    expect: 'renders-safely',
    change: addBlock('js-link', 'javascript link text', { href: 'javascript:alert(document.domain)' }),
    page: PROGRAM,
    shows: 'javascript link text',
    link: null,
  },
  {
    name: 'javascript: link split by a newline (java\\nscript:) loses its link',
    category: 'unsafe urls',
    expect: 'renders-safely',
    change: addBlock('js-newline-link', 'split scheme text', { href: 'java\nscript:alert(1)' }),
    page: PROGRAM,
    shows: 'split scheme text',
    link: null,
  },
  {
    name: 'data: link in a program body loses its link and keeps its text',
    category: 'unsafe urls',
    expect: 'renders-safely',
    change: addBlock('data-link', 'data link text', {
      href: 'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
    }),
    page: PROGRAM,
    shows: 'data link text',
    link: null,
  },
  {
    name: 'protocol-relative //evil.example link is marked external with rel noopener noreferrer',
    category: 'unsafe urls',
    expect: 'renders-safely',
    change: addBlock('protocol-relative', 'protocol-relative text', { href: '//evil.example/path' }),
    page: PROGRAM,
    shows: 'protocol-relative text',
    link: '//evil.example/path',
  },
  {
    // Browsers read /\evil.example as //evil.example: it leaves the site.
    name: 'backslash /\\evil.example link is marked external with rel noopener noreferrer',
    category: 'unsafe urls',
    expect: 'renders-safely',
    change: addBlock('backslash', 'backslash text', { href: '/\\evil.example/' }),
    page: PROGRAM,
    shows: 'backslash text',
    link: '/\\evil.example/',
  },
  {
    name: 'link href breaking out of its attribute (" onmouseover=) stays one attribute',
    category: 'unsafe urls',
    expect: 'renders-safely',
    change: addBlock('attr-href', 'attribute href text', { href: '/programs/" onmouseover="alert(1)' }),
    page: PROGRAM,
    shows: 'attribute href text',
    link: '/programs/" onmouseover="alert(1)',
  },
  {
    name: 'referral URL with "><script> in its path stays inside the href',
    category: 'unsafe urls',
    expect: 'renders-safely',
    change: addResource('quote', { name: 'Quote', url: 'https://quote.example/"><script>alert(1)</script>' }),
    page: '/',
    shows: 'quote.example',
    link: 'https://quote.example/"><script>alert(1)</script>',
  },
  {
    name: 'reportProblemEmail with an apostrophe stays inside the mailto: href',
    category: 'unsafe urls',
    expect: 'renders-safely',
    change: settings((d) => (d.reportProblemEmail = "o'brien+listings@example.org")),
    page: EASTSIDE,
    shows: 'Report a problem with this listing',
    link: "mailto:o'brien+listings@example.org?subject=",
  },
  {
    name: 'unknown Portable Text block type and mark render nothing of their own',
    category: 'html and script in text',
    expect: 'renders-safely',
    change: iop((d) =>
      d.body.push(
        { _type: 'image', _key: 'image', asset: { _ref: 'image-abc' } },
        {
          ...block('unknown-mark', 'marked text'),
          children: [{ _type: 'span', _key: 's', text: 'marked text', marks: ['<img src=x>'] }],
        },
      ),
    ),
    page: PROGRAM,
    shows: 'marked text',
    hides: 'Unknown block type',
  },
  {
    name: 'Portable Text block style "<script>" renders as a paragraph',
    category: 'html and script in text',
    expect: 'renders-safely',
    change: addBlock('odd-style', 'odd style text', { style: '<script>' }),
    page: PROGRAM,
    shows: 'odd style text',
  },

  // very long strings
  {
    name: '10,000-character accessibility note renders whole and escaped',
    category: 'very long strings',
    expect: 'renders-safely',
    change: downtown((d) => (d.accessibilityNotes = LONG_NOTE)),
    page: DOWNTOWN,
    shows: LONG_NOTE,
  },
  {
    name: '10,000-character program body paragraph renders whole',
    category: 'very long strings',
    expect: 'renders-safely',
    change: addBlock('long', 'Recovery takes time. '.repeat(500).trim()),
    page: PROGRAM,
    shows: 'Recovery takes time. '.repeat(500).trim(),
  },

  // emoji, rtl and zero-width: allowed in free text (and emoji in names), shown as written
  {
    name: 'location name with an emoji renders as written',
    category: 'emoji, rtl and zero-width',
    expect: 'renders-safely',
    change: eastside((d) => (d.name = 'Eastside Clinic 🌱')),
    page: EASTSIDE,
    shows: 'Eastside Clinic 🌱',
  },
  {
    // Free text may hold bidi controls (quoted Arabic or Hebrew); names may not (see the error cases).
    name: 'hours note with an RTL override and Hebrew renders as text',
    category: 'emoji, rtl and zero-width',
    expect: 'renders-safely',
    change: downtown((d) => (d.hours[0].note = 'Walk-ins \u202Eat the back\u202C · שלום')),
    page: DOWNTOWN,
    shows: 'Walk-ins \u202Eat the back\u202C · שלום',
  },
  {
    name: 'language written in Arabic script renders as written',
    category: 'emoji, rtl and zero-width',
    expect: 'renders-safely',
    change: eastside((d) => (d.languages = ['العربية'])),
    page: EASTSIDE,
    shows: 'العربية',
  },
  {
    name: 'service description with a zero-width space and emoji renders as written',
    category: 'emoji, rtl and zero-width',
    expect: 'renders-safely',
    change: edit('service.yoga', (d) => (d.description = 'Gentle\u200B yoga 🧘‍♀️ for everyone')),
    page: '/services/yoga/',
    shows: 'Gentle\u200B yoga 🧘‍♀️ for everyone',
  },
];
