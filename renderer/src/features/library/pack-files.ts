// Moving pack files between the clinician's disk and the core, through the host's dialogs.
import { useT } from '../../app/i18n';
import { hostApi } from '../../app/host';
import { invoke } from '../../app/api';
import { LIBRARY_PACK_MAX_BYTES } from '../../../../shared/domain/library-pack';

function utf8ToBase64(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) {
    binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  }
  return btoa(binary);
}

function base64ToUtf8(base64: string): string {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return new TextDecoder('utf-8', { fatal: false }).decode(bytes);
}

/** The words of the host's file dialogs, in the screens' language. */
export interface PackDialogWords {
  /** The file type's name ("Physioplan library pack"). */
  fileType: string;
  /** The open dialog's title. */
  pickTitle: string;
}

const packFilter = (words: PackDialogWords) => [{ name: words.fileType, extensions: ['json'] }];

/** Exports the items (all active ones when `ids` is undefined) and saves the pack. */
export async function exportPackToFile(
  words: PackDialogWords,
  ids?: string[],
): Promise<{ saved: boolean; itemCount: number }> {
  const pack = await invoke('library.exportPack', ids === undefined ? {} : { ids });
  const result = await hostApi.invoke('host.saveFile', {
    fileName: pack.fileName,
    mimeType: 'application/json',
    dataBase64: utf8ToBase64(pack.text),
    filters: packFilter(words),
  });
  return { saved: result.saved, itemCount: pack.itemCount };
}

/** Lets the clinician pick a pack file; null when they cancel. */
export async function pickPackFile(
  words: PackDialogWords,
): Promise<{ fileName: string; text: string } | null> {
  const { file } = await hostApi.invoke('host.openFile', {
    title: words.pickTitle,
    filters: packFilter(words),
    maxBytes: LIBRARY_PACK_MAX_BYTES,
  });
  if (!file) return null;
  return { fileName: file.fileName, text: base64ToUtf8(file.dataBase64) };
}

/** The dialogs' words in the screens' language. */
export function usePackDialogWords(): PackDialogWords {
  const t = useT();
  return { fileType: t('library:packFiles.fileType'), pickTitle: t('library:packFiles.pickTitle') };
}
