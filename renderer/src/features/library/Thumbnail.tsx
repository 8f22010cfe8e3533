// A small square photo for list rows; a neutral tile with the kind's icon when there is none.
import { Center, Image } from '@mantine/core';
import type { ImageRef } from '../../../../shared/domain/common';
import type { ItemKind } from '../../../../shared/domain/parameters';
import { useApiQuery } from '../../app/api';
import { dataUrl } from '../../app/files';
import { KindIcon } from './library-labels';

export function Thumbnail(props: { image: ImageRef | null; kind: ItemKind; size?: number }) {
  const size = props.size ?? 44;
  const thumb = useApiQuery(
    'library.thumbnail',
    { sha256: props.image?.sha256 ?? '0'.repeat(64), size: 96 },
    { enabled: props.image !== null, staleTime: Infinity },
  );
  if (props.image && thumb.data) {
    return (
      <Image
        src={dataUrl(thumb.data.mimeType, thumb.data.dataBase64)}
        alt=""
        w={size}
        h={size}
        radius="sm"
        fit="cover"
      />
    );
  }
  return (
    <Center w={size} h={size} bg="gray.1" style={{ borderRadius: 4, flexShrink: 0 }}>
      <KindIcon kind={props.kind} size={size / 2} />
    </Center>
  );
}
