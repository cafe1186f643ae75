// Filling Lot/Serial in bulk: generate names into the selected rows (previewed first),
// spread cells with several values, import a packing list from another sheet.
import { useState } from 'react';
import { Button, Checkbox, Dropdown, Field, Input, Option, Text } from '@fluentui/react-components';
import { generateIntoSelection, importPackingList, otherSheets, spreadSeveralValues } from '../../app/lot-entry-step';
import { generateNames, previewNames } from '../../core/lot-entry';
import { useExcel } from '../excel-context';
import { useTask } from '../use-task';
import { TaskStatus } from './TaskStatus';

export function BulkLotsCard() {
  const run = useExcel();
  const task = useTask();
  const [prefix, setPrefix] = useState('SN-');
  const [first, setFirst] = useState('1');
  const [padding, setPadding] = useState('6');
  const [step, setStep] = useState('1');
  const [overwrite, setOverwrite] = useState(false);
  const [sheets, setSheets] = useState<string[]>([]);
  const [source, setSource] = useState('');
  const options = { prefix, first: Number(first), padding: Number(padding), step: Number(step) };
  const sample = generateNames({ ...options, count: 3 });

  return (
    <section className="card" aria-label="Fill lots and serials">
      <h2>3. Fill lots and serials</h2>
      <div className="steps">
        <Field label="Prefix">
          <Input value={prefix} onChange={(_, d) => setPrefix(d.value)} name="gen-prefix" />
        </Field>
        <Field label="First number">
          <Input value={first} onChange={(_, d) => setFirst(d.value)} name="gen-first" />
        </Field>
        <Field label="Padding (digits)">
          <Input value={padding} onChange={(_, d) => setPadding(d.value)} name="gen-padding" />
        </Field>
        <Field label="Step">
          <Input value={step} onChange={(_, d) => setStep(d.value)} name="gen-step" />
        </Field>
      </div>
      <Text size={200} data-testid="gen-preview">
        {typeof sample === 'string' ? sample : `Preview: ${previewNames(sample)} …`}
      </Text>
      <Checkbox checked={overwrite} onChange={(_, d) => setOverwrite(!!d.checked)} label="Overwrite Lot/Serial cells that are not blank" />
      <Button
        data-testid="lot-generate"
        disabled={task.state.busy || typeof sample === 'string'}
        onClick={() =>
          task.run(
            () => generateIntoSelection(run, { ...options, overwrite }),
            (r) => `Generated ${r.names.length} names: ${previewNames(r.names)}.`,
          )
        }
      >
        Generate into the selected rows
      </Button>
      <Button
        data-testid="lot-spread"
        disabled={task.state.busy}
        onClick={() =>
          task.run(
            async () => {
              const r = await spreadSeveralValues(run);
              task.show({ issues: r.issues });
              return r;
            },
            (r) => (r.spread ? `Spread ${r.spread} values over their rows.` : 'No cell holds several values.'),
          )
        }
      >
        Spread cells with several values
      </Button>
      <div className="steps">
        <Dropdown
          aria-label="Packing list sheet"
          placeholder="Sheet with the packing list"
          value={source}
          selectedOptions={source ? [source] : []}
          onOpenChange={(_, d) => d.open && void otherSheets(run).then(setSheets)}
          onOptionSelect={(_, d) => setSource(d.optionValue ?? '')}
        >
          {sheets.map((name) => (
            <Option key={name} value={name}>
              {name}
            </Option>
          ))}
        </Dropdown>
        <Button
          data-testid="lot-import"
          disabled={task.state.busy || !source}
          onClick={() =>
            task.run(
              async () => {
                const r = await importPackingList(run, source);
                task.show({ issues: r.unmatched });
                return r;
              },
              (r) => `Placed ${r.filled} lots/serials from ${source}${r.unmatched.length ? `; ${r.unmatched.length} not placed (listed below)` : ''}.`,
            )
          }
        >
          Import packing list
        </Button>
      </div>
      <TaskStatus state={task.state} onCancel={task.cancel} />
    </section>
  );
}
