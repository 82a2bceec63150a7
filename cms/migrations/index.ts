import * as migration_20261125_151454_initial from './20261125_151454_initial';
import * as migration_20261125_153709_deploys from './20261125_153709_deploys';

export const migrations = [
  {
    up: migration_20261125_151454_initial.up,
    down: migration_20261125_151454_initial.down,
    name: '20261125_151454_initial',
  },
  {
    up: migration_20261125_153709_deploys.up,
    down: migration_20261125_153709_deploys.down,
    name: '20261125_153709_deploys'
  },
];
