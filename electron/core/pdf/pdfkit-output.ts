// How a pdfkit document's bytes are gathered, without changing one of them. pdfkit turns each
// drawing operator into bytes of its own as it is drawn (a Uint8Array filled one character at a
// time), and pushes every piece of the file through a Node stream. A home-programme sheet draws
// thousands of operators, so that was a large part of its time and of its garbage. Here a
// page's operators are kept as text and turned into bytes once, when the page is finished, and
// the file's pieces are collected directly.
//
// This reaches into two pdfkit internals (PDFReference.write/finalize and PDFDocument._write),
// so it checks they are there and leaves the document alone when they are not. The tests in
// tests/integration/pdfkit-output.test.ts compare the file byte for byte with pdfkit's own and
// fail when a pdfkit update turns this path off.

/** The part of pdfkit's PDFReference (a page's content stream) used here. */
interface ContentStream {
  write(chunk: unknown): void;
  finalize(): void;
}

/** The part of pdfkit's PDFDocument used here. */
interface DocumentInternals {
  page?: { content?: unknown };
  _offset: number;
  _write(data: unknown): void;
  on(event: 'pageAdded', listener: () => void): unknown;
  /** Node's Readable.read(): what the stream holds so far (the file's header). */
  read(): unknown;
}

function isContentStream(value: unknown): value is ContentStream {
  return (
    typeof value === 'object' &&
    value !== null &&
    'write' in value &&
    typeof value.write === 'function' &&
    'finalize' in value &&
    typeof value.finalize === 'function'
  );
}

function hasInternals(doc: object): doc is DocumentInternals {
  return (
    '_write' in doc &&
    typeof doc._write === 'function' &&
    '_offset' in doc &&
    'read' in doc &&
    typeof doc.read === 'function'
  );
}

/** pdfkit's bytes for text: each character keeps its low byte (callers add pdfkit's newline). */
function bytesOf(text: string): Buffer {
  return Buffer.from(text, 'latin1');
}

/** A page's operators are kept as text until the page is finished, then written at once. */
function batchWrites(stream: ContentStream): void {
  const write = stream.write.bind(stream);
  const finalize = stream.finalize.bind(stream);
  let pending: string[] = [];
  const flush = () => {
    if (pending.length === 0) return;
    write(bytesOf(`${pending.join('\n')}\n`));
    pending = [];
  };
  stream.write = (chunk) => {
    if (typeof chunk === 'string') pending.push(chunk);
    else {
      flush();
      write(chunk);
    }
  };
  stream.finalize = () => {
    flush();
    finalize();
  };
}

/**
 * Gathers `doc`'s file into `chunks` (in place of its 'data' events, which then carry nothing)
 * and batches each page's drawing. Call before the first page is added.
 */
export function collectOutput(doc: object, chunks: Uint8Array[]): void {
  if (!hasInternals(doc)) return;
  // The header pdfkit wrote on creation is still in the stream.
  const written = doc.read();
  if (written instanceof Uint8Array) chunks.push(written);
  doc._write = (data) => {
    const bytes = data instanceof Uint8Array ? data : bytesOf(`${String(data)}\n`);
    chunks.push(bytes);
    doc._offset += bytes.length;
  };
  doc.on('pageAdded', () => {
    const content = doc.page?.content;
    if (isContentStream(content)) batchWrites(content);
  });
}
