/**
 * The report's charts, drawn with pdfkit's vector API (no canvas, no raster): stacked daily bars by
 * channel, horizontal bars (status, SLA compliance, agents). Vector charts stay sharp when printed and
 * cost a few kilobytes.
 */
import type { Pdf } from './pdf-kit';
import { INK, MUTED, PALETTE, RULE } from './pdf-kit';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

function title(doc: Pdf, box: Box, text: string): void {
  doc.font('Helvetica-Bold').fontSize(9).fillColor(INK).text(text, box.x, box.y, { width: box.width, lineBreak: false });
}

function niceMax(value: number): number {
  if (value <= 0) return 1;
  const magnitude = 10 ** Math.floor(Math.log10(value));
  const step = [1, 2, 2.5, 5, 10].find((s) => s * magnitude >= value) ?? 10;
  return step * magnitude;
}

/** Stacked vertical bars: one per x label, one segment per series. */
export function stackedBars(
  doc: Pdf,
  box: Box,
  heading: string,
  labels: string[],
  series: Array<{ name: string; values: number[] }>,
): void {
  title(doc, box, heading);
  const legendY = box.y + 14;
  let lx = box.x;
  doc.font('Helvetica').fontSize(7);
  series.forEach((s, i) => {
    doc.rect(lx, legendY + 1, 7, 7).fill(PALETTE[i % PALETTE.length]!);
    doc.fillColor(INK).text(s.name, lx + 10, legendY, { lineBreak: false });
    lx += 14 + doc.widthOfString(s.name) + 8;
  });
  const plot = { x: box.x + 28, y: box.y + 30, width: box.width - 32, height: box.height - 48 };
  const totals = labels.map((_, i) => series.reduce((sum, s) => sum + (s.values[i] ?? 0), 0));
  const max = niceMax(Math.max(4, ...totals));
  axis(doc, plot, max);
  const slot = plot.width / Math.max(1, labels.length);
  const barWidth = Math.max(1.5, slot * 0.7);
  labels.forEach((label, i) => {
    let top = plot.y + plot.height;
    series.forEach((s, si) => {
      const h = ((s.values[i] ?? 0) / max) * plot.height;
      if (h <= 0) return;
      top -= h;
      doc.rect(plot.x + i * slot + (slot - barWidth) / 2, top, barWidth, h).fill(PALETTE[si % PALETTE.length]!);
    });
    if (labels.length <= 16 || i % Math.ceil(labels.length / 10) === 0) {
      doc.font('Helvetica').fontSize(6).fillColor(MUTED);
      doc.text(label, plot.x + i * slot - 6, plot.y + plot.height + 3, { width: slot + 12, align: 'center', lineBreak: false });
    }
  });
}

/** Horizontal bars with the value at the end; `max` fixes the scale (100 for percentages). */
export function horizontalBars(
  doc: Pdf,
  box: Box,
  heading: string,
  rows: Array<{ label: string; value: number | null; text: string }>,
  max?: number,
): void {
  title(doc, box, heading);
  const labelWidth = Math.min(120, box.width * 0.38);
  const top = box.y + 16;
  const rowHeight = Math.min(16, (box.height - 18) / Math.max(1, rows.length));
  const scale = max ?? niceMax(Math.max(0, ...rows.map((r) => r.value ?? 0)));
  const barArea = box.width - labelWidth - 40;
  rows.forEach((r, i) => {
    const y = top + i * rowHeight;
    doc.font('Helvetica').fontSize(7).fillColor(INK);
    doc.text(r.label, box.x, y + 2, { width: labelWidth - 4, lineBreak: false, ellipsis: true });
    doc.rect(box.x + labelWidth, y + 1, barArea, rowHeight - 4).fill('#f3f4f6');
    const w = r.value === null ? 0 : Math.max(0, Math.min(1, r.value / scale)) * barArea;
    if (w > 0) doc.rect(box.x + labelWidth, y + 1, w, rowHeight - 4).fill(PALETTE[i % PALETTE.length]!);
    doc.fillColor(INK).text(r.text, box.x + labelWidth + barArea + 3, y + 2, { width: 37, lineBreak: false });
  });
}

function axis(doc: Pdf, plot: Box, max: number): void {
  doc.lineWidth(0.4).strokeColor(RULE);
  for (let i = 0; i <= 4; i++) {
    const y = plot.y + plot.height - (plot.height * i) / 4;
    doc.moveTo(plot.x, y).lineTo(plot.x + plot.width, y).stroke();
    doc.font('Helvetica').fontSize(6).fillColor(MUTED);
    doc.text(String(Math.round((max * i) / 4)), plot.x - 26, y - 3, { width: 22, align: 'right', lineBreak: false });
  }
}
