// The stepper's steps as the pane renders them: the next step is the one primary button,
// a step that cannot run is disabled with its reason, the current one is marked for assistive tech.
import { renderToString } from 'react-dom/server';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { STEP_IDS, stepper } from '../../../src/core/stepper';
import { StepItem } from '../../../src/taskpane/stepper/StepItem';
import { ACTION } from '../../../src/taskpane/stepper-messages';

function render(views: ReturnType<typeof stepper>): string {
  return renderToString(
    <FluentProvider theme={webLightTheme}>
      <ol>
        {views.map((v, i) => (
          <StepItem key={v.id} index={i} view={v} action={ACTION[v.id]} onAction={() => undefined} />
        ))}
      </ol>
    </FluentProvider>,
  );
}

const zeroed = stepper({
  busy: false,
  workbook: { quants: { rows: 3, products: 1 }, products: { listed: 1, chosen: 1, errors: 0, runs: ['RA-20261201-abcd'] }, restore: null, report: null },
  odoo: { run: 'RA-20261201-abcd', stages: { 'to zero': 0, zeroed: 1, retracked: 0, restored: 0, 'partly restored': 0 }, zeroedLines: 2 },
});

test('one primary button, the next step; the current step is marked; counts shown', () => {
  const html = render(zeroed);
  expect(html.match(/data-primary="true"/g)).toHaveLength(1);
  expect(html).toMatch(/data-primary="true"[^>]*>Change tracking<\/button>/);
  expect(html).toMatch(/data-testid="step-retrack" data-status="current" aria-current="step"/);
  expect(html).toContain('Zeroed 2 quants of 1 product');
});

test('a step that cannot run is disabled and says why', () => {
  const html = render(zeroed);
  const button = /<button type="button" title="Change tracking first\." aria-describedby="([^"]+)" disabled=""[^>]*>Restore sheet<\/button>/.exec(html);
  expect(button).not.toBeNull();
  // The reason is the button's description for assistive technology, and visible text.
  expect(html).toContain(`id="${button![1]}" data-testid="reason-fill">Change tracking first.</span>`);
  // Every step has its button with a visible name.
  for (const id of STEP_IDS) expect(html).toContain(`>${ACTION[id]}</button>`);
});

test('while a task runs no step is primary and every button is disabled', () => {
  const busy = stepper({ busy: true, workbook: { quants: null, products: null, restore: null, report: null }, odoo: null });
  const html = render(busy);
  expect(html).not.toContain('data-primary');
  expect(html.match(/<button[^>]*disabled=""/g)).toHaveLength(STEP_IDS.length);
});
