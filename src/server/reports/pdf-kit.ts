/**
 * Small drawing helpers over pdfkit shared by the report's pages: a page frame with header and footer
 * numbers, tables that break across pages, and palette. Built-in Helvetica (WinAnsi) covers Spanish and
 * English text; arrows and markers are drawn as vectors, never as glyphs the font lacks.
 */
import PDFDocument from 'pdfkit';

export type Pdf = PDFKit.PDFDocument;

export const PAGE = { width: 595.28, height: 841.89, margin: 42 } as const;
export const CONTENT_WIDTH = PAGE.width - 2 * PAGE.margin;
export const PALETTE = ['#2563eb', '#16a34a', '#f59e0b', '#dc2626', '#7c3aed', '#0891b2', '#db2777', '#65a30d'];
export const INK = '#111827';
export const MUTED = '#6b7280';
export const RULE = '#d1d5db';

export function createPdf(title: string, language: string): Pdf {
  return new PDFDocument({
    size: 'A4',
    margin: PAGE.margin,
    bufferPages: true,
    autoFirstPage: true,
    lang: language,
    info: { Title: title, Creator: 'Mesa', Producer: 'Mesa (pdfkit)' },
    // Stable output for the same data (no creation date embedded).
    compress: true,
  });
}

export function toBuffer(doc: Pdf): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.end();
  });
}

export function heading(doc: Pdf, text: string): void {
  ensureSpace(doc, 60);
  doc.moveDown(0.6).font('Helvetica-Bold').fontSize(14).fillColor(INK).text(text, PAGE.margin, doc.y);
  const y = doc.y + 2;
  doc.moveTo(PAGE.margin, y).lineTo(PAGE.width - PAGE.margin, y).lineWidth(0.8).strokeColor(RULE).stroke();
  doc.moveDown(0.5);
}

export function ensureSpace(doc: Pdf, needed: number): void {
  if (doc.y + needed > PAGE.height - PAGE.margin - 20) doc.addPage();
}

export interface Column {
  label: string;
  width: number;
  align?: 'left' | 'right';
}

/** A table with a repeated header on every page it spans; cells are clipped to one line. */
export function table(doc: Pdf, columns: Column[], rows: Array<Array<string>>, fontSize = 8): void {
  const rowHeight = fontSize + 6;
  const drawHeader = (): void => {
    let x = PAGE.margin;
    const y = doc.y;
    doc.rect(PAGE.margin, y - 2, CONTENT_WIDTH, rowHeight).fill('#f3f4f6');
    doc.font('Helvetica-Bold').fontSize(fontSize).fillColor(INK);
    for (const c of columns) {
      doc.text(c.label, x + 2, y + 1, { width: c.width - 4, align: c.align ?? 'left', lineBreak: false, ellipsis: true });
      x += c.width;
    }
    doc.y = y + rowHeight;
  };
  ensureSpace(doc, rowHeight * 3);
  drawHeader();
  doc.font('Helvetica').fontSize(fontSize);
  rows.forEach((row, index) => {
    if (doc.y + rowHeight > PAGE.height - PAGE.margin - 20) {
      doc.addPage();
      drawHeader();
      doc.font('Helvetica').fontSize(fontSize);
    }
    const y = doc.y;
    if (index % 2 === 1) doc.rect(PAGE.margin, y - 2, CONTENT_WIDTH, rowHeight).fill('#fafafa');
    doc.fillColor(INK);
    let x = PAGE.margin;
    row.forEach((cell, i) => {
      const c = columns[i]!;
      doc.text(cell, x + 2, y + 1, { width: c.width - 4, align: c.align ?? 'left', lineBreak: false, ellipsis: true });
      x += c.width;
    });
    doc.y = y + rowHeight;
  });
  doc.x = PAGE.margin;
  doc.moveDown(0.5);
}

/** Page numbers and the report's title in every footer (after all pages exist: bufferPages). */
export function footers(doc: Pdf, left: string, pageText: (page: number, pages: number) => string): void {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const y = PAGE.height - PAGE.margin + 8;
    doc.font('Helvetica').fontSize(7).fillColor(MUTED);
    doc.text(left, PAGE.margin, y, { width: CONTENT_WIDTH / 2, lineBreak: false, height: 10 });
    doc.text(pageText(i + 1, range.count), PAGE.margin + CONTENT_WIDTH / 2, y, {
      width: CONTENT_WIDTH / 2,
      align: 'right',
      lineBreak: false,
      height: 10,
    });
  }
}

/** A small up/down triangle (the comparison arrows), green when better, red when worse. */
export function arrow(doc: Pdf, x: number, y: number, direction: 'up' | 'down' | 'same' | 'unknown', color: string): void {
  doc.save().fillColor(color);
  if (direction === 'up') doc.polygon([x, y + 7], [x + 4, y], [x + 8, y + 7]).fill();
  else if (direction === 'down') doc.polygon([x, y], [x + 8, y], [x + 4, y + 7]).fill();
  else if (direction === 'same') doc.rect(x, y + 3, 8, 1.6).fill();
  doc.restore();
}
