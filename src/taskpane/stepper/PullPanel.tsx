// What to pull: the products (all untracked, searched, or a pasted list) and the locations.
import { ProductPicker, ProductScope } from '../components/ProductPicker';
import { LocationPicker } from '../components/LocationPicker';

export function PullPanel(props: { onScope: (s: ProductScope) => void; onLocations: (ids: number[]) => void }) {
  return (
    <>
      <ProductPicker onChange={props.onScope} />
      <LocationPicker onChange={props.onLocations} />
    </>
  );
}
