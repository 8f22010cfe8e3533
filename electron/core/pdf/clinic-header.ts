// The clinic's letterhead at the top of the first page: logo on the left, who and how to reach
// the clinic on the right (from clinic settings).
import type { ImageRef } from '../../../shared/domain/common';
import type { ClinicSettings } from '../../../shared/domain/settings';
import { columns, rule, spacer, stack, text, type Block } from './blocks';
import type { DocumentWords } from './document-language';
import { imageRow, type LoadedImage } from './media-blocks';
import { colours, type Styles, type TypeScale } from './styles';

/** Reads a stored image's bytes; undefined when it is missing (the document prints without it). */
export type ImageLoader = (ref: ImageRef) => Buffer | undefined;

export function loadImages(
  refs: readonly ImageRef[],
  load: ImageLoader,
  alt: string,
): LoadedImage[] {
  const images: LoadedImage[] = [];
  for (const ref of refs) {
    const data = load(ref);
    if (data) images.push({ key: ref.sha256, data, width: ref.width, height: ref.height, alt });
  }
  return images;
}

/** One line per address line, joined with commas: addresses are typed with line breaks. */
function oneLine(address: string): string {
  return address
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean)
    .join(', ');
}

export function clinicHeader(
  settings: ClinicSettings,
  load: ImageLoader,
  s: Styles,
  type: TypeScale,
  { t }: DocumentWords,
): Block {
  const right = { align: 'right' as const };
  const who = [settings.clinicianName, settings.credentials].filter(Boolean).join(', ');
  const tel = settings.phone && t('pdf:common.tel', { phone: settings.phone });
  const reach = [tel, settings.email, settings.website].filter(Boolean).join('  ·  ');
  const details: Block[] = [];
  if (settings.clinicName)
    details.push(text(settings.clinicName, { ...s.heading, ...right, color: colours.accent }, 'P'));
  if (who) details.push(text(who, { ...s.small, ...right }));
  if (settings.address) details.push(text(oneLine(settings.address), { ...s.muted, ...right }));
  if (reach) details.push(text(reach, { ...s.muted, ...right }));
  const logo = settings.logo
    ? loadImages(
        [settings.logo],
        load,
        settings.clinicName
          ? t('pdf:common.logo', { clinic: settings.clinicName })
          : t('pdf:common.clinicLogo'),
      )
    : [];
  if (details.length === 0 && logo.length === 0) return spacer(0); // settings not filled in yet
  const logoHeight = type.title * 2.6;
  const cells = [
    ...(logo.length > 0
      ? [{ block: imageRow(logo, logoHeight, 0, false), width: logoHeight * 2.6 }]
      : []),
    { block: stack(details, { gap: 1 }), grow: 1 },
  ];
  return stack([columns(cells, 16), spacer(2), rule(colours.accent, 1.2, 2)]);
}
