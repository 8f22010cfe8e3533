// @vitest-environment jsdom
// QueryState: the one loading / error / empty block every list screen uses, and the notice for
// records the core could not read.
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { QueryState, type QueryLike } from '../../renderer/src/app/QueryState';
import { renderWithTheme } from './render';

interface List {
  names: string[];
  unreadable: number;
}

function show(query: QueryLike<List>) {
  return renderWithTheme(
    <QueryState
      query={query}
      loadingLabel="Loading patients"
      errorTitle="Could not load patients"
      unreadable={(list) => list.unreadable}
      isEmpty={(list) => list.names.length === 0}
      empty={<p>No patients yet.</p>}
    >
      {(list) => (
        <ul aria-label="Names">
          {list.names.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
      )}
    </QueryState>,
  );
}

const loaded = (data: List): QueryLike<List> => ({ data, error: null, isPending: false });

describe('QueryState', () => {
  it('shows a labelled, busy placeholder while loading, and no content', () => {
    show({ data: undefined, error: null, isPending: true });
    const loading = screen.getByRole('status', { name: 'Loading patients' });
    expect(loading.getAttribute('aria-busy')).toBe('true');
    expect(screen.queryByRole('list', { name: 'Names' })).toBeNull();
  });

  it('shows the error under its title, in the words the core gave', () => {
    show({
      data: undefined,
      error: { message: 'The clinic database is locked by another program.' },
      isPending: false,
    });
    expect(screen.getByText('Could not load patients')).toBeDefined();
    expect(screen.getByText('The clinic database is locked by another program.')).toBeDefined();
    expect(screen.queryByRole('status', { name: 'Loading patients' })).toBeNull();
  });

  it('shows the content once there is data', () => {
    show(loaded({ names: ['Núñez, Ana', 'Okafor, Chidi'], unreadable: 0 }));
    const items = screen.getAllByRole('listitem').map((li) => li.textContent);
    expect(items).toEqual(['Núñez, Ana', 'Okafor, Chidi']);
    expect(screen.queryByText(/could not be read/)).toBeNull();
  });

  it('shows the empty state instead of an empty list', () => {
    show(loaded({ names: [], unreadable: 0 }));
    expect(screen.getByText('No patients yet.')).toBeDefined();
    expect(screen.queryByRole('list', { name: 'Names' })).toBeNull();
  });

  it('says how many records could not be read, one or many, beside what could', () => {
    const { unmount } = show(loaded({ names: ['Okafor, Chidi'], unreadable: 1 }));
    expect(screen.getByText('1 record could not be read')).toBeDefined();
    expect(screen.getAllByRole('listitem')).toHaveLength(1);
    unmount();
    show(loaded({ names: [], unreadable: 3 }));
    expect(screen.getByText('3 records could not be read')).toBeDefined();
    expect(screen.getByText('No patients yet.')).toBeDefined();
  });

  it('keeps showing the previous data while a new search loads', () => {
    show({ data: { names: ['Okafor, Chidi'], unreadable: 0 }, error: null, isPending: true });
    expect(screen.getAllByRole('listitem')).toHaveLength(1);
    expect(screen.queryByRole('status', { name: 'Loading patients' })).toBeNull();
  });
});
