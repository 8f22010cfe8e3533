// Reading generated PDFs back in tests: text per page (with positions and sizes), metadata,
// structure, links and images via pdfjs-dist, and the file checked by qpdf.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { getDocument, OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { tempDir } from './core';

export interface TextRun {
  text: string;
  x: number;
  /** From the bottom of the page (PDF coordinates). */
  y: number;
  /** Font size in points. */
  size: number;
}

export interface PdfPage {
  width: number;
  height: number;
  /** The page's text, lines joined with newlines. */
  text: string;
  runs: TextRun[];
  links: string[];
  images: number;
}

export interface ParsedPdf {
  pageCount: number;
  pages: PdfPage[];
  /** All pages' text joined. */
  text: string;
  info: Record<string, unknown>;
  marked: boolean;
  /** Structure roles used anywhere in the document (H1, H2, P, Figure, Table, ...). */
  roles: Set<string>;
  figureAlts: string[];
}

interface StructNode {
  role?: string;
  alt?: string;
  children?: StructNode[];
}

function collectRoles(node: StructNode | null, roles: Set<string>, alts: string[]): void {
  if (!node) return;
  if (node.role) roles.add(node.role);
  if (node.role === 'Figure' && node.alt) alts.push(node.alt);
  for (const child of node.children ?? []) collectRoles(child, roles, alts);
}

export async function parsePdf(data: Buffer | Uint8Array): Promise<ParsedPdf> {
  const doc = await getDocument({
    data: new Uint8Array(data),
    useSystemFonts: false,
    isEvalSupported: false,
    verbosity: 0,
  }).promise;
  const pages: PdfPage[] = [];
  const roles = new Set<string>();
  const figureAlts: string[] = [];
  for (let n = 1; n <= doc.numPages; n += 1) {
    const page = await doc.getPage(n);
    const [, , width = 0, height = 0] = page.view;
    const content = await page.getTextContent();
    const runs: TextRun[] = [];
    let text = '';
    for (const item of content.items) {
      if (!('str' in item)) continue;
      text += item.str + (item.hasEOL ? '\n' : '');
      if (item.str.trim()) {
        const [, , , d = 0, e = 0, f = 0] = item.transform as number[];
        runs.push({ text: item.str, x: e, y: f, size: Math.abs(d) });
      }
    }
    const annotations = (await page.getAnnotations()) as { url?: string }[];
    const operators = await page.getOperatorList();
    const images = operators.fnArray.filter((fn) => fn === OPS.paintImageXObject).length;
    collectRoles((await page.getStructTree()) as StructNode | null, roles, figureAlts);
    pages.push({
      width,
      height,
      text,
      runs,
      links: annotations.flatMap((a) => (a.url ? [a.url] : [])),
      images,
    });
  }
  const metadata = await doc.getMetadata();
  const markInfo = await doc.getMarkInfo();
  const parsed: ParsedPdf = {
    pageCount: doc.numPages,
    pages,
    text: pages.map((p) => p.text).join('\n'),
    info: metadata.info as Record<string, unknown>,
    marked: markInfo?.Marked === true,
    roles,
    figureAlts,
  };
  await doc.destroy();
  return parsed;
}

/** Text with line breaks and repeated spaces collapsed, for phrase searches across wrapped lines. */
export function flat(text: string): string {
  return text.replace(/\s+/g, ' ');
}

/** Runs `qpdf --check`; qpdf must be installed (CI installs it; so does `apt-get install qpdf`). */
export function qpdfCheck(data: Buffer, name = 'document.pdf'): string {
  const file = path.join(tempDir('physioplan-qpdf-'), name);
  fs.writeFileSync(file, data);
  try {
    return execFileSync('qpdf', ['--check', file], { encoding: 'utf8' });
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new Error(
      `qpdf --check failed for ${name} (is qpdf installed? apt-get install qpdf): ${detail}`,
    );
  }
}
