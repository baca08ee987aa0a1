// BRIDGING_OPTS options NetworkManager understands (`nm.reader`
// handle_bridge_option(); ids of docs/sources.md): one set for the
// bridge itself, another for a bridge port (a file with BRIDGE=).
export const BRIDGE_OPTIONS: readonly string[] = [
  'priority',
  'hello_time',
  'max_age',
  'ageing_time',
  'multicast_last_member_count',
  'multicast_last_member_interval',
  'multicast_membership_interval',
  'multicast_hash_max',
  'multicast_querier',
  'multicast_querier_interval',
  'multicast_query_interval',
  'multicast_query_response_interval',
  'multicast_query_use_ifaddr',
  'multicast_snooping',
  'multicast_router',
  'multicast_startup_query_count',
  'multicast_startup_query_interval',
  'vlan_filtering',
  'default_pvid',
  'group_address',
  'group_fwd_mask',
  'vlan_protocol',
  'vlan_stats_enabled',
];

export const BRIDGE_PORT_OPTIONS: readonly string[] = ['priority', 'path_cost', 'hairpin_mode'];
