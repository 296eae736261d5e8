// Per-request DataLoaders: nested fields (order.pemesan, user.department, ...) cost one batched query per kind.
import DataLoader from 'dataloader';
import { DataSource, In, ObjectLiteral, Repository } from 'typeorm';
import { Department, Jabatan, Karyawan, Shift } from '../entities';

function byId<T extends ObjectLiteral & { id: number }>(
  repository: Repository<T>,
): DataLoader<number, T | null> {
  return new DataLoader<number, T | null>(async (ids) => {
    const rows = await repository.findBy({ id: In([...ids]) } as never);
    const found = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => found.get(id) ?? null);
  });
}

export function createLoaders(dataSource: DataSource) {
  return {
    department: byId(dataSource.getRepository(Department)),
    jabatan: byId(dataSource.getRepository(Jabatan)),
    shift: byId(dataSource.getRepository(Shift)),
    karyawan: byId(dataSource.getRepository(Karyawan)),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
