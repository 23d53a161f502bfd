import { DATASETS } from '../../domain/datasets';
import { DATASET_SQL } from './dataset-queries';

describe('dataset queries', () => {
  it('has exactly one query per documented dataset', () => {
    expect(Object.keys(DATASET_SQL).sort()).toEqual(DATASETS.map((d) => d.name).sort());
  });
});
