import * as migration_20261125_151454_initial from './20261125_151454_initial'
import * as migration_20261125_153709_deploys from './20261125_153709_deploys'
import * as migration_20261125_154757_deploy_not_before from './20261125_154757_deploy_not_before'
import * as migration_20261125_155731_deploy_change_count from './20261125_155731_deploy_change_count'
import * as migration_20261125_182457_previous_slugs from './20261125_182457_previous_slugs'
import * as migration_20261201_092459_domains_as_data from './20261201_092459_domains_as_data'
import * as migration_20261201_100108_relationship_database from './20261201_100108_relationship_database'
import * as migration_20261201_102504_media_storage_and_leases from './20261201_102504_media_storage_and_leases'
import * as migration_20261201_113754_sign_in_throttle_api_key_access from './20261201_113754_sign_in_throttle_api_key_access'
import * as migration_20261201_113800_repair_invalid_dates from './20261201_113800_repair_invalid_dates'
import * as migration_20261201_120519_staff_workspace from './20261201_120519_staff_workspace'
import * as migration_20261201_134327_parent_indexes from './20261201_134327_parent_indexes'

export const migrations = [
  {
    up: migration_20261125_151454_initial.up,
    down: migration_20261125_151454_initial.down,
    name: '20261125_151454_initial',
  },
  {
    up: migration_20261125_153709_deploys.up,
    down: migration_20261125_153709_deploys.down,
    name: '20261125_153709_deploys',
  },
  {
    up: migration_20261125_154757_deploy_not_before.up,
    down: migration_20261125_154757_deploy_not_before.down,
    name: '20261125_154757_deploy_not_before',
  },
  {
    up: migration_20261125_155731_deploy_change_count.up,
    down: migration_20261125_155731_deploy_change_count.down,
    name: '20261125_155731_deploy_change_count',
  },
  {
    up: migration_20261125_182457_previous_slugs.up,
    down: migration_20261125_182457_previous_slugs.down,
    name: '20261125_182457_previous_slugs',
  },
  {
    up: migration_20261201_092459_domains_as_data.up,
    down: migration_20261201_092459_domains_as_data.down,
    name: '20261201_092459_domains_as_data',
  },
  {
    up: migration_20261201_100108_relationship_database.up,
    down: migration_20261201_100108_relationship_database.down,
    name: '20261201_100108_relationship_database',
  },
  {
    up: migration_20261201_102504_media_storage_and_leases.up,
    down: migration_20261201_102504_media_storage_and_leases.down,
    name: '20261201_102504_media_storage_and_leases',
  },
  {
    up: migration_20261201_113754_sign_in_throttle_api_key_access.up,
    down: migration_20261201_113754_sign_in_throttle_api_key_access.down,
    name: '20261201_113754_sign_in_throttle_api_key_access',
  },
  {
    up: migration_20261201_113800_repair_invalid_dates.up,
    down: migration_20261201_113800_repair_invalid_dates.down,
    name: '20261201_113800_repair_invalid_dates',
  },
  {
    up: migration_20261201_120519_staff_workspace.up,
    down: migration_20261201_120519_staff_workspace.down,
    name: '20261201_120519_staff_workspace',
  },
  {
    up: migration_20261201_134327_parent_indexes.up,
    down: migration_20261201_134327_parent_indexes.down,
    name: '20261201_134327_parent_indexes',
  },
]
