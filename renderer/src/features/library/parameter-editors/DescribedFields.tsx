// A kind's settings drawn from its descriptor table, in table order. Composite parameters (a
// load, another device's settings) are drawn by the editor that knows them.
import { SimpleGrid } from '@mantine/core';
import type { ReactNode } from 'react';
import type { DescribedParameter } from '../../../../../shared/domain/parameter-descriptors';
import { DescribedField } from './DescribedField';
import type { ParameterErrors } from './fields';

/** The settings with one changed; a cleared setting is left out rather than stored empty. */
export function withSetting<T extends Readonly<Record<string, unknown>>>(
  value: T,
  key: string,
  next: unknown,
): T {
  const kept = Object.entries(value).filter(([k]) => k !== key);
  return Object.fromEntries(next === undefined ? kept : [...kept, [key, next]]) as T;
}

export function DescribedFields<T extends Readonly<Record<string, unknown>>>(props: {
  descriptors: readonly DescribedParameter[];
  value: T;
  onChange(value: T): void;
  errors?: ParameterErrors | undefined;
  size?: 'xs' | 'sm';
  /** Editors for the composite parameters, by key. */
  composite?: Readonly<Record<string, ReactNode>>;
  /** Parameters drawn elsewhere (the device picker). */
  skip?: readonly string[];
}) {
  const values: Readonly<Record<string, unknown>> = props.value;
  return (
    <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="xs">
      {props.descriptors.map((described) => {
        const [key, d] = described;
        if (props.skip?.includes(key) || (d.when && !d.when(values))) return null;
        if (d.type === 'composite') {
          const editor = props.composite?.[key];
          return editor ? (
            <div key={key} style={{ gridColumn: '1 / -1' }}>
              {editor}
            </div>
          ) : null;
        }
        return (
          <DescribedField
            key={key}
            described={described}
            size={props.size ?? 'sm'}
            value={values[key]}
            error={props.errors?.[key]}
            onChange={(next) => props.onChange(withSetting(props.value, key, next))}
          />
        );
      })}
    </SimpleGrid>
  );
}
