// Printing an issued plan version: choose the document and options, see the exact PDF, then
// save it (native dialog in Electron, a download in the browser host) or print it.
import {
  Alert,
  Box,
  Button,
  Group,
  Loader,
  Modal,
  ScrollArea,
  SegmentedControl,
  Stack,
  Text,
} from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useApiQuery } from '../../app/api';
import { useT, useUiLanguage } from '../../app/i18n';
import type { UiLanguage } from '../../../../shared/i18n';
import { LanguageChoice, sheetLanguageFor, UntranslatedNotice } from './PrintLanguage';
import type { ApiError } from '../../../../shared/errors';
import { PdfPreview } from './PdfPreview';
import { PrintRedFlagGate, SafetySheetNotice } from './PrintRedFlags';
import { printPdf, savePdf } from './pdf-output';
import { previewDocument, usePdfPreview } from './print-requests';
import {
  defaultChoices,
  PrintOptionsForm,
  type PrintChoices,
  type PrintDocument,
} from './PrintOptionsForm';

export interface PrintPlanDialogProps {
  /** The issued plan version to print (plan_versions.id). */
  planVersionId: string;
  opened: boolean;
  onClose(): void;
  /** Which document the dialog opens on; the clinician can switch. */
  initialDocument?: PrintDocument;
}

const documentLabels = {
  'home-programme': 'print:dialog.homeProgramme',
  'plan-summary': 'print:dialog.clinicianSummary',
} as const satisfies Record<PrintDocument, string>;

const cannotPrint = {
  'home-programme': 'print:dialog.cannotPrintHome',
  'plan-summary': 'print:dialog.cannotPrintSummary',
} as const satisfies Record<PrintDocument, string>;

export function PrintPlanDialog({
  planVersionId,
  opened,
  onClose,
  initialDocument = 'home-programme',
}: PrintPlanDialogProps) {
  const [document, setDocument] = useState<PrintDocument>(initialDocument);
  const [choices, setChoices] = useState<PrintChoices>(defaultChoices);
  const t = useT();
  const screens = useUiLanguage();
  // Chosen per document: the patient's sheet and the clinician's summary start apart.
  const [chosen, setChosen] = useState<Partial<Record<PrintDocument, UiLanguage>>>({});
  const settings = useApiQuery('settings.get', {});
  const version = useApiQuery(
    'plans.getVersion',
    { versionId: planVersionId },
    { enabled: opened },
  );
  const snapshot = version.data?.snapshot;
  const patientPrefers = snapshot?.patient.preferredLanguage;
  const language =
    chosen[document] ??
    (document === 'home-programme'
      ? sheetLanguageFor(patientPrefers, settings.data?.handoutLanguage)
      : screens);
  const currentPhaseId = snapshot?.currentPhaseId ?? snapshot?.phases[0]?.id;
  const phases = (snapshot?.phases ?? []).map((p) => ({
    id: p.id,
    title: p.title,
    current: p.id === currentPhaseId,
  }));
  // The sheet's language is known once the version and the settings are read.
  const known =
    document === 'plan-summary' || (version.data !== undefined && settings.data !== undefined);
  const preview = usePdfPreview(document, planVersionId, choices, language, opened && known);
  const waitMessage = t('print:dialog.waitForPreview');
  // A preview left open past the time the core keeps it is made again, ready to save.
  const refreshIfGone = (error: ApiError) => {
    if (error.code === 'NOT_FOUND') void preview.refetch();
  };

  // Saving and printing take the document the preview shows; the core does not render it again.
  const save = useMutation<{ fileName: string; saved: boolean; location: string | null }, ApiError>(
    {
      mutationFn: async () => {
        const shown = previewDocument(preview.data, waitMessage);
        return { fileName: shown.fileName, ...(await savePdf(shown)) };
      },
      onError: (error) => refreshIfGone(error),
    },
  );
  const print = useMutation<undefined, ApiError>({
    mutationFn: async () => {
      await printPdf(previewDocument(preview.data, waitMessage));
      return undefined;
    },
    onError: (error) => refreshIfGone(error),
  });
  const failure = save.error ?? print.error;
  // A new choice means a new document: earlier "saved" or error messages no longer apply.
  const change =
    <T,>(apply: (value: T) => void) =>
    (value: T) => {
      save.reset();
      print.reset();
      apply(value);
    };
  // Not while an earlier preview stands in for the one being made: that is what would be saved.
  const ready = preview.data !== undefined && !preview.isError && !preview.isPlaceholderData;

  return (
    <Modal opened={opened} onClose={onClose} title={t('print:dialog.title')} size={1040} centered>
      {/* As tall as the window allows, with the options and the preview scrolling inside it,
          so Print and Save PDF stay on screen on a laptop without zooming out. */}
      <Stack gap={0} h="calc(100dvh - 10dvh - 90px)" mah={900}>
        <Group align="stretch" gap="lg" wrap="nowrap" style={{ flex: 1, minHeight: 0 }}>
          <ScrollArea
            w={300}
            type="auto"
            offsetScrollbars
            style={{ flexShrink: 0 }}
            aria-label={t('print:dialog.options')}
            viewportProps={{ tabIndex: 0 }}
          >
            <Stack gap="md">
              <SegmentedControl
                aria-label={t('print:dialog.document')}
                fullWidth
                value={document}
                onChange={change((value: string) =>
                  setDocument(value === 'plan-summary' ? 'plan-summary' : 'home-programme'),
                )}
                data={[
                  { value: 'home-programme', label: t(documentLabels['home-programme']) },
                  { value: 'plan-summary', label: t(documentLabels['plan-summary']) },
                ]}
              />
              {document === 'home-programme' && <SafetySheetNotice planVersionId={planVersionId} />}
              <LanguageChoice
                label={
                  document === 'home-programme'
                    ? t('print:language.label')
                    : t('print:language.summaryLabel')
                }
                value={language}
                patientPrefers={document === 'home-programme' ? patientPrefers : undefined}
                onChange={change((next: UiLanguage) =>
                  setChosen((all) => ({ ...all, [document]: next })),
                )}
              />
              {preview.data && !preview.isError && !preview.isPlaceholderData && (
                <UntranslatedNotice
                  items={preview.data.untranslated}
                  language={preview.data.language}
                />
              )}
              <PrintOptionsForm
                document={document}
                choices={choices}
                clinicPaper={settings.data?.paperSize}
                phases={phases}
                onChange={change(setChoices)}
              />
              {preview.data && !preview.isError && (
                <Text size="xs" c="dimmed" aria-live="polite">
                  {t('print:dialog.pages', { count: preview.data.pageCount })} ·{' '}
                  {/* The file name goes to its own line whole rather than break in its date. */}
                  <span style={{ display: 'inline-block', wordBreak: 'break-all' }}>
                    {preview.data.fileName}
                  </span>
                </Text>
              )}
              {failure && (
                <Alert color="red" title={t('print:dialog.notDone')} role="alert">
                  {failure.message}
                </Alert>
              )}
            </Stack>
          </ScrollArea>
          <Box style={{ flex: 1, minWidth: 0 }} bg="gray.1">
            {/* Focusable so the preview can be scrolled from the keyboard. */}
            <ScrollArea
              h="100%"
              aria-label={t('print:dialog.preview')}
              viewportProps={{ tabIndex: 0 }}
            >
              {preview.isError && preview.error.code === 'RED_FLAG' ? (
                <Box m="md">
                  <PrintRedFlagGate planVersionId={planVersionId} />
                </Box>
              ) : preview.isError ? (
                <Alert color="red" m="md" title={t(cannotPrint[document])}>
                  {preview.error.message}
                </Alert>
              ) : preview.data ? (
                <PdfPreview dataBase64={preview.data.dataBase64} />
              ) : (
                <Group justify="center" p="xl">
                  <Loader aria-label={t('print:dialog.making')} />
                </Group>
              )}
            </ScrollArea>
          </Box>
        </Group>
        <Group justify="flex-end" pt="md" role="group" aria-label={t('print:dialog.printOrSave')}>
          {save.data?.saved && (
            // Said here rather than in a notification, which would cover these buttons.
            <Text size="sm" c="teal.8" role="status" mr="auto">
              {save.data.location
                ? t('print:dialog.savedTo', {
                    file: save.data.fileName,
                    location: save.data.location,
                  })
                : t('print:dialog.saved', { file: save.data.fileName })}
            </Text>
          )}
          <Button variant="default" onClick={onClose}>
            {t('print:dialog.close')}
          </Button>
          <Button
            variant="light"
            disabled={!ready}
            loading={print.isPending}
            onClick={() => print.mutate()}
          >
            {t('print:dialog.print')}
          </Button>
          <Button disabled={!ready} loading={save.isPending} onClick={() => save.mutate()}>
            {t('print:dialog.savePdf')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
