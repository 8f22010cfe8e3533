// @vitest-environment jsdom
// DataTable: the one table for lists of records, named for screen readers, one row per record,
// a row click opening its record.
import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { DataTable } from '../../renderer/src/app/DataTable';
import { renderWithTheme } from './render';

interface Row {
  id: string;
  name: string;
  born: string;
}

const rows: Row[] = [
  { id: 'p1', name: 'Núñez, Ana', born: '2 Apr 1988' },
  { id: 'p2', name: 'Okafor, Chidi', born: '15 Nov 1979' },
];

const columns = [
  { key: 'name', header: 'Name', cell: (r: Row) => <a href={`#/patients/${r.id}`}>{r.name}</a> },
  { key: 'born', header: 'Date of birth', cell: (r: Row) => r.born },
];

describe('DataTable', () => {
  it('is a table named by its label, with a header row and one row per record', () => {
    renderWithTheme(
      <DataTable label="Patients" rows={rows} rowKey={(r) => r.id} columns={columns} />,
    );
    const table = screen.getByRole('table', { name: 'Patients' });
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((h) => h.textContent);
    expect(headers).toEqual(['Name', 'Date of birth']);
    const body = within(table).getAllByRole('row').slice(1);
    expect(
      body.map((r) =>
        within(r)
          .getAllByRole('cell')
          .map((c) => c.textContent),
      ),
    ).toEqual([
      ['Núñez, Ana', '2 Apr 1988'],
      ['Okafor, Chidi', '15 Nov 1979'],
    ]);
    // The record's link is in its first cell, reachable by keyboard.
    expect(screen.getByRole('link', { name: 'Okafor, Chidi' }).getAttribute('href')).toBe(
      '#/patients/p2',
    );
  });

  it('opens the clicked row’s record', () => {
    const open = vi.fn();
    renderWithTheme(
      <DataTable
        label="Patients"
        rows={rows}
        rowKey={(r) => r.id}
        columns={columns}
        onRowClick={open}
      />,
    );
    fireEvent.click(screen.getByRole('cell', { name: '15 Nov 1979' }));
    expect(open).toHaveBeenCalledTimes(1);
    expect(open).toHaveBeenCalledWith(rows[1]);
  });

  it('has only the header row when there are no records', () => {
    renderWithTheme(
      <DataTable label="Plans" rows={[]} rowKey={(r: Row) => r.id} columns={columns} />,
    );
    expect(within(screen.getByRole('table', { name: 'Plans' })).getAllByRole('row')).toHaveLength(
      1,
    );
  });
});
