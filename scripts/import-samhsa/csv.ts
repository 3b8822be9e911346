/**
 * A small RFC 4180 CSV reader: quoted fields with commas, doubled quotes and line breaks inside, CRLF or LF
 * line ends, an optional UTF-8 byte-order mark. SAMHSA's legend files need all of that; the facility files
 * need speed (21,000 rows), so this scans characters once and never backtracks.
 */

/** One record as read: its fields in column order and the file row it starts on (the header is row 1). */
export interface CsvRecord {
  row: number;
  fields: string[];
}

/** Splits CSV text into records; a line break inside quotes stays part of the field. */
export function parseCsv(text: string): CsvRecord[] {
  const records: CsvRecord[] = [];
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let line = 1;
  let fields: string[] = [];
  let startLine = 1;
  const n = text.length;
  while (i <= n) {
    // One field per pass.
    let value: string;
    if (text[i] === '"') {
      let out = '';
      let from = i + 1;
      for (;;) {
        const q = text.indexOf('"', from);
        if (q === -1) throw new Error(`row ${startLine}: a quoted field is never closed`);
        out += text.slice(from, q);
        for (let k = from; k < q; k++) if (text.charCodeAt(k) === 10) line++;
        if (text[q + 1] === '"') {
          out += '"';
          from = q + 2;
          continue;
        }
        i = q + 1;
        break;
      }
      value = out;
    } else {
      let end = i;
      while (end < n) {
        const c = text.charCodeAt(end);
        if (c === 44 || c === 10 || c === 13) break;
        end++;
      }
      value = text.slice(i, end);
      i = end;
    }
    fields.push(value);
    const c = text.charCodeAt(i);
    if (c === 44) {
      i++;
      continue;
    }
    // End of record: CRLF, LF, or the end of the text.
    if (c === 13) i++;
    if (text.charCodeAt(i) === 10) i++;
    const blank = fields.length === 1 && fields[0] === '';
    if (!blank) records.push({ row: startLine, fields });
    fields = [];
    line++;
    startLine = line;
    if (i >= n) break;
  }
  return records;
}

/** A CSV file as named columns; each row keeps its file row number for reports. */
export interface Table {
  columns: string[];
  rows: { row: number; values: Record<string, string> }[];
}

/** Reads a table whose first record is the header; throws when a required column is missing. */
export function readTable(text: string, file: string, required: readonly string[] = []): Table {
  const [header, ...records] = parseCsv(text);
  if (!header) throw new Error(`${file}: the file is empty`);
  const columns = header.fields.map((name) => name.trim());
  const missing = required.filter((name) => !columns.includes(name));
  if (missing.length > 0) throw new Error(`${file}: missing column(s) ${missing.join(', ')}`);
  const rows = records.map(({ row, fields }) => {
    const values: Record<string, string> = {};
    columns.forEach((name, index) => (values[name] = fields[index] ?? ''));
    return { row, values };
  });
  return { columns, rows };
}
