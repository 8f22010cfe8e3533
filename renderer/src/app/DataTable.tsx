// The one table for lists of records: a labelled table whose rows can open their record by
// click (the first cell holds the keyboard-reachable link, so the row click is a mouse extra).
import { Table } from '@mantine/core';
import type { ReactNode } from 'react';

export interface Column<T> {
  /** Stable key of the column (React key). */
  key: string;
  header: ReactNode;
  cell: (row: T) => ReactNode;
  /** Fixed width (e.g. 120 or '20%'); the rest share what is left. */
  width?: number | string;
}

export function DataTable<T>(props: {
  /** The table's accessible name: "Patients". */
  label: string;
  rows: readonly T[];
  rowKey: (row: T) => string;
  columns: readonly Column<T>[];
  /** Opens the row's record on click; give the same target as a link in a cell. */
  onRowClick?: (row: T) => void;
  highlightOnHover?: boolean;
}) {
  const { onRowClick } = props;
  return (
    <Table
      highlightOnHover={props.highlightOnHover ?? onRowClick !== undefined}
      aria-label={props.label}
    >
      <Table.Thead>
        <Table.Tr>
          {props.columns.map((column) => (
            <Table.Th key={column.key} w={column.width}>
              {column.header}
            </Table.Th>
          ))}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {props.rows.map((row) => (
          <Table.Tr
            key={props.rowKey(row)}
            style={onRowClick ? { cursor: 'pointer' } : undefined}
            onClick={onRowClick ? () => onRowClick(row) : undefined}
          >
            {props.columns.map((column) => (
              <Table.Td key={column.key}>{column.cell(row)}</Table.Td>
            ))}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
