import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DomainError } from '@pb/kernel';
import type { DataSource } from 'typeorm';
import { DATASETS, toCsv } from '../domain/datasets';

export class DatasetNotFoundError extends DomainError {
  readonly code = 'REVIEW.DATASET_NOT_FOUND';
  readonly kind = 'not-found' as const;
  constructor() {
    super('Deze dataset bestaat niet.', 'This dataset does not exist.');
  }
}

@Injectable()
export class OpenDataService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  list(): { name: string; title: string; description: string; url: string; schema: { columns: object[] } }[] {
    return DATASETS.map((d) => ({ name: d.name, title: d.title, description: d.description, url: `/api/review/open-data/${d.name}.csv`, schema: { columns: d.columns } }));
  }

  async csv(name: string): Promise<string> {
    const def = DATASETS.find((d) => d.name === name);
    if (!def) throw new DatasetNotFoundError();
    return toCsv(def, await this.dataSource.query(def.sql));
  }
}
