// The finished PDF shown inside the app, page by page (drawn by pdf.js onto canvases, so the
// preview is exactly the file that will be saved or printed, in every host).
import { Button, Center, Loader, Paper, Stack, Text } from '@mantine/core';
import { getDocument, GlobalWorkerOptions, type PDFDocumentProxy } from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import { useEffect, useRef, useState } from 'react';
import { base64ToBytes } from './pdf-output';
import { useT } from '../../app/i18n';

GlobalWorkerOptions.workerSrc = workerUrl;

/** Pages drawn at first; long summaries show the rest on request. */
const FIRST_PAGES = 8;
const PAGE_WIDTH = 560;

function PreviewPage({ pdf, pageNumber }: { pdf: PDFDocumentProxy; pageNumber: number }) {
  const t = useT();
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    let cancelled = false;
    let cancelRender: (() => void) | undefined;
    void pdf.getPage(pageNumber).then((page) => {
      const target = canvas.current;
      if (cancelled || !target) return;
      const unscaled = page.getViewport({ scale: 1 });
      const ratio = window.devicePixelRatio || 1;
      const viewport = page.getViewport({ scale: (PAGE_WIDTH / unscaled.width) * ratio });
      target.width = viewport.width;
      target.height = viewport.height;
      target.style.width = `${PAGE_WIDTH}px`;
      target.style.height = `${viewport.height / ratio}px`;
      const task = page.render({ canvas: target, viewport });
      cancelRender = () => task.cancel();
      task.promise.catch(() => undefined);
    });
    return () => {
      cancelled = true;
      cancelRender?.();
    };
  }, [pdf, pageNumber]);
  return (
    <Paper shadow="sm" withBorder style={{ lineHeight: 0 }}>
      <canvas
        ref={canvas}
        role="img"
        aria-label={t('print:preview.page', { page: pageNumber, pages: pdf.numPages })}
      />
    </Paper>
  );
}

export function PdfPreview({ dataBase64 }: { dataBase64: string }) {
  const t = useT();
  // Which file the loaded document or the error belongs to, so a new file never shows the
  // pages of the previous one.
  const [loaded, setLoaded] = useState<{ source: string; pdf: PDFDocumentProxy } | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  const [showAll, setShowAll] = useState(false);

  useEffect(() => {
    const task = getDocument({ data: base64ToBytes(dataBase64), isEvalSupported: false });
    task.promise.then(
      (pdf) => setLoaded({ source: dataBase64, pdf }),
      (reason: unknown) => {
        if (reason instanceof Error && reason.name === 'AbortException') return;
        setFailed(dataBase64);
      },
    );
    return () => {
      void task.destroy();
    };
  }, [dataBase64]);

  if (failed === dataBase64) {
    return <Text c="red">{t('print:preview.failed')}</Text>;
  }
  const pdf = loaded?.source === dataBase64 ? loaded.pdf : null;
  if (!pdf) {
    return (
      <Center h={300}>
        <Loader aria-label={t('print:preview.drawing')} />
      </Center>
    );
  }
  const shown = showAll ? pdf.numPages : Math.min(pdf.numPages, FIRST_PAGES);
  return (
    <Stack align="center" gap="md" py="sm">
      {Array.from({ length: shown }, (_, i) => (
        <PreviewPage key={i + 1} pdf={pdf} pageNumber={i + 1} />
      ))}
      {shown < pdf.numPages && (
        <Button variant="light" onClick={() => setShowAll(true)}>
          {t('print:preview.showAll', { count: pdf.numPages })}
        </Button>
      )}
    </Stack>
  );
}
