// The fill step's tools on the Restore sheet: generate names into the selected rows
// (previewed first), spread cells with several values, import a packing list, split a lot line.
import { useState } from 'react';
import { Button, Checkbox, Dropdown, Field, Input, Option, Text, makeStyles, tokens } from '@fluentui/react-components';
import { generateIntoSelection, importPackingList, otherSheets, spreadSeveralValues } from '../../app/lot-entry-step';
import { splitSelectedRow } from '../../app/split-step';
import { generateNames, previewNames } from '../../core/lot-entry';
import { useExcel } from '../excel-context';
import { usePaneTask } from '../use-task';
import { usePaneLook } from '../pane-look';
import { Act } from './act';

const useStyles = makeStyles({
  tools: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, paddingBlockStart: tokens.spacingVerticalS },
  grid: { display: 'grid', gridTemplateColumns: 'minmax(0, 1fr) minmax(0, 1fr)', gap: tokens.spacingHorizontalS },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  input: { minWidth: 0, width: '100%' },
});

const FILL_EN = {
  group: 'Fill tools',
  prefix: 'Prefix',
  first: 'First number',
  padding: 'Padding (digits)',
  step: 'Step',
  overwrite: 'Overwrite Lot/Serial cells that are not blank',
  generate: 'Generate into the selected rows',
  spread: 'Spread cells with several values',
  sheet: 'Packing list sheet',
  sheetPlaceholder: 'Sheet with the packing list',
  import: 'Import packing list',
  split: 'Split lot line',
  preview: (names: string) => `Preview: ${names} …`,
  generated: (n: number, names: string) => `Generated ${n} names: ${names}.`,
  spreadDone: (n: number) => (n ? `Spread ${n} values over their rows.` : 'No cell holds several values.'),
  imported: (n: number, source: string, unmatched: number) =>
    `Placed ${n} lots/serials from ${source}${unmatched ? `; ${unmatched} not placed (listed below)` : ''}.`,
  splitDone: (row: number, remaining: number) => `Row ${row} added with the remaining ${remaining}; give it its lot.`,
};

const FILL_FR: typeof FILL_EN = {
  group: 'Outils de saisie',
  prefix: 'Préfixe',
  first: 'Premier numéro',
  padding: 'Remplissage (chiffres)',
  step: 'Pas',
  overwrite: 'Remplacer les cellules Lot/Série non vides',
  generate: 'Générer dans les lignes sélectionnées',
  spread: 'Répartir les cellules à plusieurs valeurs',
  sheet: 'Feuille de la liste de colisage',
  sheetPlaceholder: 'Feuille avec la liste de colisage',
  import: 'Importer la liste de colisage',
  split: 'Scinder la ligne de lot',
  preview: (names: string) => `Aperçu : ${names} …`,
  generated: (n: number, names: string) => `${n.toLocaleString('fr-FR')} ${n > 1 ? 'noms générés' : 'nom généré'} : ${names}.`,
  spreadDone: (n: number) =>
    n ? `${n.toLocaleString('fr-FR')} ${n > 1 ? 'valeurs réparties' : 'valeur répartie'} sur leurs lignes.` : 'Aucune cellule n’a plusieurs valeurs.',
  imported: (n: number, source: string, unmatched: number) =>
    `${n.toLocaleString('fr-FR')} lots/numéros de série placés depuis ${source}${unmatched ? ` ; ${unmatched.toLocaleString('fr-FR')} non placés (listés ci-dessous)` : ''}.`,
  splitDone: (row: number, remaining: number) => `Ligne ${row} ajoutée avec le reste (${remaining.toLocaleString('fr-FR')}) ; donnez-lui son lot.`,
};

export function FillTools({ act, enabled }: { act: Act; enabled: boolean }) {
  const styles = useStyles();
  const T = usePaneLook().lang === 'fr' ? FILL_FR : FILL_EN;
  const run = useExcel();
  const task = usePaneTask();
  const [prefix, setPrefix] = useState('SN-');
  const [first, setFirst] = useState('1');
  const [padding, setPadding] = useState('6');
  const [step, setStep] = useState('1');
  const [overwrite, setOverwrite] = useState(false);
  const [sheets, setSheets] = useState<string[]>([]);
  const [source, setSource] = useState('');
  const options = { prefix, first: Number(first), padding: Number(padding), step: Number(step) };
  const sample = generateNames({ ...options, count: 3 });
  const off = !enabled;

  return (
    <div className={styles.tools} role="group" aria-label={T.group}>
      <div className={styles.grid}>
        <Field label={T.prefix}>
          <Input value={prefix} onChange={(_, d) => setPrefix(d.value)} name="gen-prefix" className={styles.input} />
        </Field>
        <Field label={T.first}>
          <Input value={first} onChange={(_, d) => setFirst(d.value)} name="gen-first" className={styles.input} />
        </Field>
        <Field label={T.padding}>
          <Input value={padding} onChange={(_, d) => setPadding(d.value)} name="gen-padding" className={styles.input} />
        </Field>
        <Field label={T.step}>
          <Input value={step} onChange={(_, d) => setStep(d.value)} name="gen-step" className={styles.input} />
        </Field>
      </div>
      <Text size={200} data-testid="gen-preview">
        {typeof sample === 'string' ? sample : T.preview(previewNames(sample))}
      </Text>
      <Checkbox checked={overwrite} onChange={(_, d) => setOverwrite(!!d.checked)} label={T.overwrite} />
      <div className={styles.row}>
        <Button
          data-testid="lot-generate"
          disabled={off || typeof sample === 'string'}
          onClick={() =>
            act(
              'fill',
              () => generateIntoSelection(run, { ...options, overwrite }),
              (r) => T.generated(r.names.length, previewNames(r.names)),
            )
          }
        >
          {T.generate}
        </Button>
        <Button
          data-testid="lot-spread"
          disabled={off}
          onClick={() =>
            act(
              'fill',
              async () => {
                const r = await spreadSeveralValues(run);
                task.show({ issues: r.issues });
                return r;
              },
              (r) => T.spreadDone(r.spread),
            )
          }
        >
          {T.spread}
        </Button>
        <Button
          data-testid="step-split"
          disabled={off}
          onClick={() =>
            act(
              'fill',
              () => splitSelectedRow(run),
              (r) => T.splitDone(r.row, r.remaining),
            )
          }
        >
          {T.split}
        </Button>
      </div>
      <div className={styles.row}>
        <Dropdown
          aria-label={T.sheet}
          placeholder={T.sheetPlaceholder}
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
          disabled={off || !source}
          onClick={() =>
            act(
              'fill',
              async () => {
                const r = await importPackingList(run, source);
                task.show({ issues: r.unmatched });
                return r;
              },
              (r) => T.imported(r.filled, source, r.unmatched.length),
            )
          }
        >
          {T.import}
        </Button>
      </div>
    </div>
  );
}
