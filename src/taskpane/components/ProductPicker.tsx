import { useEffect, useState } from 'react';
import { Combobox, Field, Option, Radio, RadioGroup, Tag, TagGroup, Textarea } from '@fluentui/react-components';
import { Product } from '../../core/model';
import { ProductScope, findProducts } from '../../app/pane-support';

export type { ProductScope };

/** Splits a pasted column or list of references: newlines, tabs, commas or semicolons. */
export function parseReferences(text: string): string[] {
  return [
    ...new Set(
      text
        .split(/[\r\n\t,;]+/)
        .map((s) => s.trim())
        .filter(Boolean),
    ),
  ];
}

export function ProductPicker({ onChange }: { onChange: (scope: ProductScope) => void }) {
  const [kind, setKind] = useState<ProductScope['kind']>('untracked');
  const [query, setQuery] = useState('');
  const [matches, setMatches] = useState<Product[]>([]);
  const [picked, setPicked] = useState<Product[]>([]);
  const [pasted, setPasted] = useState('');

  useEffect(() => {
    if (kind === 'untracked') onChange({ kind });
    else if (kind === 'picked') onChange({ kind, products: picked });
    else onChange({ kind, references: parseReferences(pasted) });
  }, [kind, picked, pasted, onChange]);

  useEffect(() => {
    if (kind !== 'picked') return;
    const controller = new AbortController();
    const timer = setTimeout(() => {
      findProducts(query, controller.signal)
        .then(setMatches)
        .catch(() => setMatches([]));
    }, 250);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [kind, query]);

  const label = (p: Product) => (p.reference ? `[${p.reference}] ${p.name}` : p.name);

  return (
    <Field label="Products">
      <RadioGroup value={kind} onChange={(_, d) => setKind(d.value as ProductScope['kind'])}>
        <Radio value="untracked" label="All storable products without tracking" />
        <Radio value="picked" label="Search by reference, name or barcode" />
        <Radio value="pasted" label="Paste a list of references" />
      </RadioGroup>
      {kind === 'picked' && (
        <>
          <Combobox
            aria-label="Search products"
            placeholder="Type a reference, name or barcode"
            multiselect
            freeform
            value={query}
            selectedOptions={picked.map((p) => String(p.id))}
            onChange={(e) => setQuery((e.target as HTMLInputElement).value)}
            onOptionSelect={(_, d) => {
              const chosen = d.selectedOptions
                .map((id) => picked.find((p) => String(p.id) === id) ?? matches.find((p) => String(p.id) === id))
                .filter((p): p is Product => !!p);
              setPicked(chosen);
              setQuery('');
            }}
          >
            {matches.map((p) => (
              <Option key={p.id} value={String(p.id)} text={label(p)}>
                {label(p)}
              </Option>
            ))}
          </Combobox>
          {picked.length > 0 && (
            <TagGroup onDismiss={(_, d) => setPicked(picked.filter((p) => String(p.id) !== d.value))} aria-label="Chosen products">
              {picked.map((p) => (
                <Tag key={p.id} value={String(p.id)} dismissible size="small">
                  {p.reference || p.name}
                </Tag>
              ))}
            </TagGroup>
          )}
        </>
      )}
      {kind === 'pasted' && (
        <Textarea
          aria-label="Product references"
          placeholder="One internal reference per line"
          value={pasted}
          onChange={(_, d) => setPasted(d.value)}
          resize="vertical"
        />
      )}
    </Field>
  );
}
