// A button that opens the print dialog for one issued plan version.
import { Button, type ButtonProps } from '@mantine/core';
import { IconPrinter } from '@tabler/icons-react';
import { useState } from 'react';
import { PrintPlanDialog } from './PrintPlanDialog';
import type { PrintDocument } from './PrintOptionsForm';
import { useT } from '../../app/i18n';

interface Props extends Pick<ButtonProps, 'size' | 'variant'> {
  planVersionId: string;
  versionNumber: number;
  initialDocument?: PrintDocument;
}

export function PrintVersionButton({
  planVersionId,
  versionNumber,
  initialDocument,
  ...button
}: Props) {
  const [opened, setOpened] = useState(false);
  const t = useT();
  return (
    <>
      <Button
        variant="default"
        leftSection={<IconPrinter size={16} />}
        {...button}
        onClick={() => setOpened(true)}
      >
        {t('print:button.printVersion', { version: versionNumber })}
      </Button>
      {opened && (
        <PrintPlanDialog
          planVersionId={planVersionId}
          opened
          onClose={() => setOpened(false)}
          {...(initialDocument ? { initialDocument } : {})}
        />
      )}
    </>
  );
}
