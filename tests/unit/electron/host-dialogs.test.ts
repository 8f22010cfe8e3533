// Native dialogs behind host.saveFile / host.savePdf / host.openFile / host.chooseFolder.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { IpcMainInvokeEvent } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AppError } from '../../../electron/core/errors';
import { createHostHandlers, filtersForFileName } from '../../../electron/main/host-dialogs';

const event = { sender: {} } as unknown as IpcMainInvokeEvent;
let dir: string;
const dialog = { showSaveDialog: vi.fn(), showOpenDialog: vi.fn() };
const window = { id: 1 };
/** The core's side of host.savePdf: records the save and hands over the kept document's bytes. */
const savedDocument = vi.fn((_documentId: string) => Promise.resolve(Buffer.from('%PDF-1.7 kept')));

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'physioplan-dialogs-'));
  dialog.showSaveDialog.mockReset();
  dialog.showOpenDialog.mockReset();
  savedDocument.mockClear();
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const handlers = () =>
  createHostHandlers({
    dialog: dialog as never,
    windowFor: () => window as never,
    documentsDir: () => dir,
    savedDocument,
  });

describe('host.saveFile', () => {
  const pdf = {
    fileName: 'Home program - Ana Silva.pdf',
    mimeType: 'application/pdf',
    dataBase64: Buffer.from('%PDF-1.7 test').toString('base64'),
  };

  it('writes the bytes where the clinician chose, offering the Documents folder first', async () => {
    const target = path.join(dir, 'chosen.pdf');
    dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: target });
    const result = await handlers()['host.saveFile'](pdf, event);
    expect(result).toEqual({ saved: true, location: target });
    expect(fs.readFileSync(target, 'utf8')).toBe('%PDF-1.7 test');
    const [parent, options] = dialog.showSaveDialog.mock.calls[0] as [
      unknown,
      { defaultPath: string; filters: unknown },
    ];
    expect(parent).toBe(window);
    expect(options.defaultPath).toBe(path.join(dir, 'Home program - Ana Silva.pdf'));
    expect(options.filters).toEqual([{ name: 'PDF document', extensions: ['pdf'] }]);
    expect(fs.readdirSync(dir)).toEqual(['chosen.pdf']);
  });

  it('saves nothing when cancelled', async () => {
    dialog.showSaveDialog.mockResolvedValue({ canceled: true, filePath: '' });
    expect(await handlers()['host.saveFile'](pdf, event)).toEqual({ saved: false, location: null });
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it('reports a folder it cannot write to as IO, leaving no partial file', async () => {
    dialog.showSaveDialog.mockResolvedValue({
      canceled: false,
      filePath: path.join(dir, 'missing', 'x.pdf'),
    });
    await expect(handlers()['host.saveFile'](pdf, event)).rejects.toMatchObject({ code: 'IO' });
    expect(fs.readdirSync(dir)).toEqual([]);
  });
});

describe('host.savePdf', () => {
  const ref = { documentId: 'doc-1', fileName: 'Unal-Zoe-home-programme-v3-2026-11-22.pdf' };

  it("writes the core's kept document where the clinician chose, asking for it only then", async () => {
    const target = path.join(dir, 'chosen.pdf');
    dialog.showSaveDialog.mockImplementation(() => {
      // Nothing is recorded or fetched while the clinician is still choosing.
      expect(savedDocument).not.toHaveBeenCalled();
      return Promise.resolve({ canceled: false, filePath: target });
    });
    const result = await handlers()['host.savePdf'](ref, event);
    expect(result).toEqual({ saved: true, location: target });
    expect(savedDocument).toHaveBeenCalledWith('doc-1');
    expect(fs.readFileSync(target, 'utf8')).toBe('%PDF-1.7 kept');
    const [, options] = dialog.showSaveDialog.mock.calls[0] as [unknown, { defaultPath: string }];
    expect(options.defaultPath).toBe(path.join(dir, ref.fileName));
  });

  it('records and writes nothing when cancelled', async () => {
    dialog.showSaveDialog.mockResolvedValue({ canceled: true, filePath: '' });
    expect(await handlers()['host.savePdf'](ref, event)).toEqual({ saved: false, location: null });
    expect(savedDocument).not.toHaveBeenCalled();
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it("passes on the core's refusal (a document it no longer keeps) and writes no file", async () => {
    dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: path.join(dir, 'x.pdf') });
    savedDocument.mockRejectedValueOnce(
      new AppError('NOT_FOUND', 'This document is no longer ready'),
    );
    await expect(handlers()['host.savePdf'](ref, event)).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    expect(fs.readdirSync(dir)).toEqual([]);
  });
});

describe('host.openFile', () => {
  it('returns the chosen file ready for an upload', async () => {
    const file = path.join(dir, 'logo.png');
    fs.writeFileSync(file, Buffer.from([0x89, 0x50, 0x4e, 0x47]));
    dialog.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: [file] });
    const result = await handlers()['host.openFile'](
      { filters: [{ name: 'Images', extensions: ['png', 'jpg'] }], maxBytes: 1024 },
      event,
    );
    expect(result).toEqual({
      file: { fileName: 'logo.png', dataBase64: 'iVBORw==', sizeBytes: 4 },
    });
  });

  it('refuses a file over the limit with a message naming it', async () => {
    const file = path.join(dir, 'scan.png');
    fs.writeFileSync(file, Buffer.alloc(3 * 1024 * 1024));
    dialog.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: [file] });
    const attempt = handlers()['host.openFile']({ filters: [], maxBytes: 1024 * 1024 }, event);
    await expect(attempt).rejects.toBeInstanceOf(AppError);
    await expect(attempt).rejects.toMatchObject({
      code: 'VALIDATION',
      message: expect.stringContaining('"scan.png" is 3.0 MB'),
    });
  });

  it('returns null when cancelled', async () => {
    dialog.showOpenDialog.mockResolvedValue({ canceled: true, filePaths: [] });
    expect(await handlers()['host.openFile']({ filters: [], maxBytes: 10 }, event)).toEqual({
      file: null,
    });
  });
});

describe('host.chooseFolder', () => {
  it('returns the folder, or null when cancelled', async () => {
    dialog.showOpenDialog.mockResolvedValueOnce({
      canceled: false,
      filePaths: ['/media/usb/backups'],
    });
    expect(await handlers()['host.chooseFolder']({ title: 'Backup folder' }, event)).toEqual({
      path: '/media/usb/backups',
    });
    const [, options] = dialog.showOpenDialog.mock.calls[0] as [unknown, { properties: string[] }];
    expect(options.properties).toContain('openDirectory');
    dialog.showOpenDialog.mockResolvedValueOnce({ canceled: true, filePaths: [] });
    expect(await handlers()['host.chooseFolder']({}, event)).toEqual({ path: null });
  });
});

describe('save filters', () => {
  it('match the file extension', () => {
    expect(filtersForFileName('audit.csv')).toEqual([{ name: 'CSV table', extensions: ['csv'] }]);
    expect(filtersForFileName('notes')).toEqual([]);
  });
});
