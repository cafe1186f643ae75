import { useEffect, useState } from 'react';
import { Dropdown, Field, Option } from '@fluentui/react-components';
import { Location } from '../../core/model';
import { listLocations } from '../../app/pane-support';

/** Internal locations; none chosen means all of them (children included, as Odoo counts). */
export function LocationPicker({ onChange }: { onChange: (ids: number[]) => void }) {
  const [locations, setLocations] = useState<Location[]>([]);
  const [chosen, setChosen] = useState<string[]>([]);

  useEffect(() => {
    const controller = new AbortController();
    listLocations(controller.signal)
      .then(setLocations)
      .catch(() => setLocations([]));
    return () => controller.abort();
  }, []);

  return (
    <Field label="Locations" hint="None chosen: all internal locations. A location includes its sub-locations.">
      <Dropdown
        multiselect
        aria-label="Locations"
        placeholder="All internal locations"
        selectedOptions={chosen}
        value={chosen.map((id) => locations.find((l) => String(l.id) === id)?.name ?? id).join(', ')}
        onOptionSelect={(_, d) => {
          setChosen(d.selectedOptions);
          onChange(d.selectedOptions.map(Number));
        }}
      >
        {locations.map((l) => (
          <Option key={l.id} value={String(l.id)}>
            {l.name}
          </Option>
        ))}
      </Dropdown>
    </Field>
  );
}
