// The backups, newest first, with what a clinician needs to pick one.
import { Badge, Paper, Table, Text, VisuallyHidden } from '@mantine/core';
import type { BackupInfo } from '../../../../shared/domain/backups';
import { formatBytes, formatDateTime } from '../../app/format';
import { reasonLabels } from './labels';
import { RestoreBackupButton } from './RestoreBackupButton';

export function BackupTable({ backups }: { backups: BackupInfo[] }) {
  if (backups.length === 0) {
    return (
      <Paper withBorder p="md">
        <Text size="sm" c="dimmed">
          No backups yet. Physioplan makes one each day it is opened, or use “Back up now”.
        </Text>
      </Paper>
    );
  }
  return (
    <Paper withBorder>
      <Table striped highlightOnHover aria-label="Backups">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Date</Table.Th>
            <Table.Th>Kind</Table.Th>
            <Table.Th>Size</Table.Th>
            <Table.Th>Schema</Table.Th>
            <Table.Th>Folder</Table.Th>
            <Table.Th>
              <VisuallyHidden>Actions</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {backups.map((backup) => (
            <Table.Tr key={`${backup.location}/${backup.fileName}`}>
              <Table.Td>{formatDateTime(backup.createdAt)}</Table.Td>
              <Table.Td>{reasonLabels[backup.reason]}</Table.Td>
              <Table.Td>{formatBytes(backup.sizeBytes)}</Table.Td>
              <Table.Td>
                {backup.restorable ? (
                  (backup.schemaVersion ?? '?')
                ) : (
                  <Badge color="orange" variant="light">
                    {backup.schemaVersion === null
                      ? 'unreadable'
                      : `${backup.schemaVersion} (newer)`}
                  </Badge>
                )}
              </Table.Td>
              <Table.Td>
                <Text size="xs" c="dimmed" title={backup.path}>
                  {backup.location === 'chosen' ? 'Chosen folder' : 'Data folder'}
                </Text>
              </Table.Td>
              <Table.Td>
                <RestoreBackupButton backup={backup} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Paper>
  );
}
