import * as migration_20261125_151454_initial from './20261125_151454_initial';

export const migrations = [
  {
    up: migration_20261125_151454_initial.up,
    down: migration_20261125_151454_initial.down,
    name: '20261125_151454_initial'
  },
];
