-- Schema version 1 of the project file, as the model implies it (etp-storage-tool ddl).
CREATE TABLE "project" (
    "key" INTEGER PRIMARY KEY,
    "title" TEXT NOT NULL,
    "created" TEXT,
    "saved_at" TEXT,
    "saved_with" TEXT NOT NULL
) STRICT;
CREATE TABLE "plan_settings" (
    "key" INTEGER PRIMARY KEY,
    "first_connector_routing_group_id" TEXT NOT NULL
) STRICT;
CREATE TABLE "routing_group_order" (
    "position" INTEGER PRIMARY KEY,
    "routing_group_id" TEXT NOT NULL
) STRICT;
CREATE TABLE "section_note" (
    "section" TEXT PRIMARY KEY NOT NULL,
    "note" TEXT NOT NULL
) STRICT;
CREATE TABLE "organization" (
    "position" INTEGER PRIMARY KEY,
    "id" TEXT NOT NULL,
    "guid" TEXT NOT NULL,
    "dn" TEXT NOT NULL,
    "legacy_dn" TEXT NOT NULL,
    "origin" TEXT NOT NULL,
    "field_sources" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "mixed_mode" INTEGER,
    "exchange_schema_version" INTEGER,
    "object_version" INTEGER,
    "data_recovery_plan" TEXT NOT NULL,
    "policy_exemptions" TEXT NOT NULL,
    "edge_wanted" INTEGER,
    "um_wanted" INTEGER,
    "outlook_versions" TEXT NOT NULL,
    "outlook2003_or_earlier_in_use" INTEGER
) STRICT;
CREATE TABLE "forest" (
    "position" INTEGER PRIMARY KEY,
    "id" TEXT NOT NULL,
    "guid" TEXT NOT NULL,
    "dn" TEXT NOT NULL,
    "legacy_dn" TEXT NOT NULL,
    "origin" TEXT NOT NULL,
    "field_sources" TEXT NOT NULL,
    "root_domain" TEXT NOT NULL,
    "functional_level" INTEGER,
    "schema_master_dn" TEXT NOT NULL,
    "schema_master_dc_id" TEXT NOT NULL
) STRICT;
CREATE TABLE "message_delivery" (
    "position" INTEGER PRIMARY KEY,
    "id" TEXT NOT NULL,
    "guid" TEXT NOT NULL,
    "dn" TEXT NOT NULL,
    "legacy_dn" TEXT NOT NULL,
    "origin" TEXT NOT NULL,
    "field_sources" TEXT NOT NULL,
    "send_limit_kb" INTEGER,
    "receive_limit_kb" INTEGER,
    "recipient_limit" INTEGER,
    "sender_filters" TEXT NOT NULL,
    "recipient_filters" TEXT NOT NULL,
    "address_filters" TEXT NOT NULL,
    "message_formats" TEXT NOT NULL
) STRICT;
CREATE TABLE "message_security" (
    "position" INTEGER PRIMARY KEY,
    "id" TEXT NOT NULL,
    "guid" TEXT NOT NULL,
    "dn" TEXT NOT NULL,
    "legacy_dn" TEXT NOT NULL,
    "origin" TEXT NOT NULL,
    "field_sources" TEXT NOT NULL,
    "secure_domains" TEXT NOT NULL,
    "authentication" TEXT NOT NULL,
    "encryption" TEXT NOT NULL
) STRICT;
CREATE TABLE "anti_spam" (
    "position" INTEGER PRIMARY KEY,
    "id" TEXT NOT NULL,
    "guid" TEXT NOT NULL,
    "dn" TEXT NOT NULL,
    "legacy_dn" TEXT NOT NULL,
    "origin" TEXT NOT NULL,
    "field_sources" TEXT NOT NULL,
    "imf_enabled" INTEGER,
    "imf_gateway_threshold" INTEGER,
    "imf_gateway_action" TEXT NOT NULL,
    "imf_store_threshold" INTEGER,
    "ip_block_list" TEXT NOT NULL,
    "ip_allow_list" TEXT NOT NULL,
    "attachment_blocking" TEXT NOT NULL,
    "block_list_providers" TEXT NOT NULL
) STRICT;
CREATE TABLE "network_facts" (
    "position" INTEGER PRIMARY KEY,
    "id" TEXT NOT NULL,
    "guid" TEXT NOT NULL,
    "dn" TEXT NOT NULL,
    "legacy_dn" TEXT NOT NULL,
    "origin" TEXT NOT NULL,
    "field_sources" TEXT NOT NULL,
    "backbone" TEXT NOT NULL,
    "autonomous_system_connections" TEXT NOT NULL,
    "bandwidth" TEXT NOT NULL
) STRICT;
CREATE TABLE "admin_group" (
    "position" INTEGER PRIMARY KEY,
    "id" TEXT NOT NULL,
    "guid" TEXT NOT NULL,
    "dn" TEXT NOT NULL,
    "legacy_dn" TEXT NOT NULL,
    "origin" TEXT NOT NULL,
    "field_sources" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "is_default" INTEGER NOT NULL,
    "permissions" TEXT NOT NULL
) STRICT;
CREATE TABLE "exchange_server" (
    "position" INTEGER PRIMARY KEY,
    "id" TEXT NOT NULL,
    "guid" TEXT NOT NULL,
    "dn" TEXT NOT NULL,
    "legacy_dn" TEXT NOT NULL,
    "origin" TEXT NOT NULL,
    "field_sources" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "fqdn" TEXT NOT NULL,
    "addresses" TEXT NOT NULL,
    "serial_number" TEXT NOT NULL,
    "version_number" INTEGER,
    "product" TEXT NOT NULL,
    "service_pack" INTEGER,
    "build" INTEGER,
    "front_end" INTEGER,
    "server_role" INTEGER,
    "legacy_server_role" INTEGER,
    "current_server_roles" INTEGER,
    "admin_group_id" TEXT NOT NULL,
    "routing_group_id" TEXT NOT NULL,
    "ou" TEXT NOT NULL,
    "computer_dn" TEXT NOT NULL,
    "processors" TEXT NOT NULL,
    "memory_gb" REAL,
    "disk_gb" REAL,
    "network_mbps" REAL,
    "perimeter" INTEGER NOT NULL,
    "site_id" TEXT NOT NULL
) STRICT;
CREATE TABLE "routing_group" (
    "position" INTEGER PRIMARY KEY,
    "id" TEXT NOT NULL,
    "guid" TEXT NOT NULL,
    "dn" TEXT NOT NULL,
    "legacy_dn" TEXT NOT NULL,
    "origin" TEXT NOT NULL,
    "field_sources" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "admin_group_id" TEXT NOT NULL,
    "master_dn" TEXT NOT NULL,
    "master_server_id" TEXT NOT NULL
) STRICT;
CREATE TABLE "connector" (
    "position" INTEGER PRIMARY KEY,
    "id" TEXT NOT NULL,
    "guid" TEXT NOT NULL,
    "dn" TEXT NOT NULL,
    "legacy_dn" TEXT NOT NULL,
    "origin" TEXT NOT NULL,
    "field_sources" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "object_class" TEXT NOT NULL,
    "routing_group_id" TEXT NOT NULL,
    "source_bridgehead_ids" TEXT NOT NULL,
    "target_bridgehead_ids" TEXT NOT NULL,
    "destination_routing_group_id" TEXT NOT NULL,
    "address_spaces" TEXT NOT NULL,
    "connected_domains" TEXT NOT NULL,
    "cost" INTEGER,
    "smart_host" TEXT NOT NULL,
    "message_size_limit_kb" INTEGER,
    "properties" TEXT NOT NULL
) STRICT;
CREATE TABLE "storage_group" (
    "position" INTEGER PRIMARY KEY,
    "id" TEXT NOT NULL,
    "guid" TEXT NOT NULL,
    "dn" TEXT NOT NULL,
    "legacy_dn" TEXT NOT NULL,
    "origin" TEXT NOT NULL,
    "field_sources" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "server_id" TEXT NOT NULL,
    "log_path" TEXT NOT NULL,
    "system_path" TEXT NOT NULL,
    "circular_logging" INTEGER,
    "recovery" INTEGER NOT NULL
) STRICT;
CREATE TABLE "store" (
    "position" INTEGER PRIMARY KEY,
    "id" TEXT NOT NULL,
    "guid" TEXT NOT NULL,
    "dn" TEXT NOT NULL,
    "legacy_dn" TEXT NOT NULL,
    "origin" TEXT NOT NULL,
    "field_sources" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "store_kind" TEXT NOT NULL,
    "storage_group_id" TEXT NOT NULL,
    "server_id" TEXT NOT NULL,
    "database_path" TEXT NOT NULL,
    "streaming_path" TEXT NOT NULL,
    "mailbox_count" INTEGER,
    "size_gb" REAL,
    "public_folder_tree_id" TEXT NOT NULL,
    "storage_quota_kb" INTEGER,
    "policies" TEXT NOT NULL
) STRICT;
CREATE TABLE "public_folder_tree" (
    "position" INTEGER PRIMARY KEY,
    "id" TEXT NOT NULL,
    "guid" TEXT NOT NULL,
    "dn" TEXT NOT NULL,
    "legacy_dn" TEXT NOT NULL,
    "origin" TEXT NOT NULL,
    "field_sources" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "admin_group_id" TEXT NOT NULL,
    "tree_type" INTEGER
) STRICT;
CREATE TABLE "recipient_policy" (
    "position" INTEGER PRIMARY KEY,
    "id" TEXT NOT NULL,
    "guid" TEXT NOT NULL,
    "dn" TEXT NOT NULL,
    "legacy_dn" TEXT NOT NULL,
    "origin" TEXT NOT NULL,
    "field_sources" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "filter" TEXT NOT NULL,
    "order" INTEGER,
    "address_templates" TEXT NOT NULL,
    "non_authoritative_domains" TEXT NOT NULL
) STRICT;
CREATE TABLE "address_list" (
    "position" INTEGER PRIMARY KEY,
    "id" TEXT NOT NULL,
    "guid" TEXT NOT NULL,
    "dn" TEXT NOT NULL,
    "legacy_dn" TEXT NOT NULL,
    "origin" TEXT NOT NULL,
    "field_sources" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "filter" TEXT NOT NULL
) STRICT;
CREATE TABLE "system_policy" (
    "position" INTEGER PRIMARY KEY,
    "id" TEXT NOT NULL,
    "guid" TEXT NOT NULL,
    "dn" TEXT NOT NULL,
    "legacy_dn" TEXT NOT NULL,
    "origin" TEXT NOT NULL,
    "field_sources" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "policy_kind" TEXT NOT NULL,
    "applies_to_ids" TEXT NOT NULL,
    "settings" TEXT NOT NULL
) STRICT;
CREATE TABLE "recipient_update_service" (
    "position" INTEGER PRIMARY KEY,
    "id" TEXT NOT NULL,
    "guid" TEXT NOT NULL,
    "dn" TEXT NOT NULL,
    "legacy_dn" TEXT NOT NULL,
    "origin" TEXT NOT NULL,
    "field_sources" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "server_id" TEXT NOT NULL,
    "server_name" TEXT NOT NULL,
    "domain_dn" TEXT NOT NULL
) STRICT;
CREATE TABLE "offline_address_book" (
    "position" INTEGER PRIMARY KEY,
    "id" TEXT NOT NULL,
    "guid" TEXT NOT NULL,
    "dn" TEXT NOT NULL,
    "legacy_dn" TEXT NOT NULL,
    "origin" TEXT NOT NULL,
    "field_sources" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "server_id" TEXT NOT NULL
) STRICT;
CREATE TABLE "smtp_virtual_server" (
    "position" INTEGER PRIMARY KEY,
    "id" TEXT NOT NULL,
    "guid" TEXT NOT NULL,
    "dn" TEXT NOT NULL,
    "legacy_dn" TEXT NOT NULL,
    "origin" TEXT NOT NULL,
    "field_sources" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "server_id" TEXT NOT NULL,
    "bindings" TEXT NOT NULL,
    "authentication_flags" INTEGER,
    "outbound_security" INTEGER,
    "require_tls" INTEGER,
    "fqdn" TEXT NOT NULL,
    "max_message_size_kb" INTEGER,
    "max_recipients" INTEGER,
    "smart_host" TEXT NOT NULL,
    "smart_host_type" INTEGER,
    "relay_for_authenticated" INTEGER,
    "filter_enabled" INTEGER NOT NULL
) STRICT;
CREATE TABLE "legacy_directory_object" (
    "position" INTEGER PRIMARY KEY,
    "id" TEXT NOT NULL,
    "guid" TEXT NOT NULL,
    "dn" TEXT NOT NULL,
    "legacy_dn" TEXT NOT NULL,
    "origin" TEXT NOT NULL,
    "field_sources" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "object_kind" TEXT NOT NULL,
    "server_name" TEXT NOT NULL
) STRICT;
CREATE TABLE "smart_host" (
    "position" INTEGER PRIMARY KEY,
    "id" TEXT NOT NULL,
    "guid" TEXT NOT NULL,
    "dn" TEXT NOT NULL,
    "legacy_dn" TEXT NOT NULL,
    "origin" TEXT NOT NULL,
    "field_sources" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "addresses" TEXT NOT NULL,
    "authoritative_domains" TEXT NOT NULL,
    "rbl_subscriptions" TEXT NOT NULL,
    "note" TEXT NOT NULL
) STRICT;
CREATE TABLE "delegation" (
    "position" INTEGER PRIMARY KEY,
    "id" TEXT NOT NULL,
    "guid" TEXT NOT NULL,
    "dn" TEXT NOT NULL,
    "legacy_dn" TEXT NOT NULL,
    "origin" TEXT NOT NULL,
    "field_sources" TEXT NOT NULL,
    "principal" TEXT NOT NULL,
    "is_group" INTEGER NOT NULL,
    "role" TEXT NOT NULL,
    "scope" TEXT NOT NULL,
    "members" TEXT NOT NULL
) STRICT;
CREATE TABLE "exchange_aware_product" (
    "position" INTEGER PRIMARY KEY,
    "id" TEXT NOT NULL,
    "guid" TEXT NOT NULL,
    "dn" TEXT NOT NULL,
    "legacy_dn" TEXT NOT NULL,
    "origin" TEXT NOT NULL,
    "field_sources" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "category" TEXT NOT NULL,
    "version" TEXT NOT NULL,
    "server_ids" TEXT NOT NULL,
    "settings" TEXT NOT NULL,
    "exchange2007_ready" INTEGER,
    "held_phases" TEXT NOT NULL
) STRICT;
CREATE TABLE "feature_in_use" (
    "position" INTEGER PRIMARY KEY,
    "id" TEXT NOT NULL,
    "guid" TEXT NOT NULL,
    "dn" TEXT NOT NULL,
    "legacy_dn" TEXT NOT NULL,
    "origin" TEXT NOT NULL,
    "field_sources" TEXT NOT NULL,
    "feature" TEXT NOT NULL,
    "in_use" INTEGER,
    "server_id" TEXT NOT NULL,
    "note" TEXT NOT NULL
) STRICT;
CREATE TABLE "domain" (
    "position" INTEGER PRIMARY KEY,
    "id" TEXT NOT NULL,
    "guid" TEXT NOT NULL,
    "dn" TEXT NOT NULL,
    "legacy_dn" TEXT NOT NULL,
    "origin" TEXT NOT NULL,
    "field_sources" TEXT NOT NULL,
    "dns_name" TEXT NOT NULL,
    "netbios_name" TEXT NOT NULL,
    "naming_context" TEXT NOT NULL,
    "sid" TEXT NOT NULL,
    "mixed_mode" INTEGER,
    "functional_level" INTEGER,
    "forest_root" INTEGER NOT NULL,
    "holds_exchange" INTEGER
) STRICT;
CREATE TABLE "ad_site" (
    "position" INTEGER PRIMARY KEY,
    "id" TEXT NOT NULL,
    "guid" TEXT NOT NULL,
    "dn" TEXT NOT NULL,
    "legacy_dn" TEXT NOT NULL,
    "origin" TEXT NOT NULL,
    "field_sources" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "location" TEXT NOT NULL
) STRICT;
CREATE TABLE "subnet" (
    "position" INTEGER PRIMARY KEY,
    "id" TEXT NOT NULL,
    "guid" TEXT NOT NULL,
    "dn" TEXT NOT NULL,
    "legacy_dn" TEXT NOT NULL,
    "origin" TEXT NOT NULL,
    "field_sources" TEXT NOT NULL,
    "prefix" TEXT NOT NULL,
    "site_id" TEXT NOT NULL,
    "location" TEXT NOT NULL,
    "description" TEXT NOT NULL
) STRICT;
CREATE TABLE "site_link" (
    "position" INTEGER PRIMARY KEY,
    "id" TEXT NOT NULL,
    "guid" TEXT NOT NULL,
    "dn" TEXT NOT NULL,
    "legacy_dn" TEXT NOT NULL,
    "origin" TEXT NOT NULL,
    "field_sources" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "site_ids" TEXT NOT NULL,
    "cost" INTEGER,
    "replication_interval_minutes" INTEGER,
    "transport" TEXT NOT NULL
) STRICT;
CREATE TABLE "domain_controller" (
    "position" INTEGER PRIMARY KEY,
    "id" TEXT NOT NULL,
    "guid" TEXT NOT NULL,
    "dn" TEXT NOT NULL,
    "legacy_dn" TEXT NOT NULL,
    "origin" TEXT NOT NULL,
    "field_sources" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "fqdn" TEXT NOT NULL,
    "addresses" TEXT NOT NULL,
    "site_id" TEXT NOT NULL,
    "domain_id" TEXT NOT NULL,
    "global_catalog" INTEGER,
    "operating_system" TEXT NOT NULL,
    "operating_system_version" TEXT NOT NULL,
    "operating_system_service_pack" TEXT NOT NULL,
    "dc_functional_level" INTEGER,
    "ntds_settings_dn" TEXT NOT NULL,
    "computer_dn" TEXT NOT NULL
) STRICT;
CREATE TABLE "expansion_group" (
    "position" INTEGER PRIMARY KEY,
    "id" TEXT NOT NULL,
    "guid" TEXT NOT NULL,
    "dn" TEXT NOT NULL,
    "legacy_dn" TEXT NOT NULL,
    "origin" TEXT NOT NULL,
    "field_sources" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "expansion_server_legacy_dn" TEXT NOT NULL,
    "expansion_server_id" TEXT NOT NULL
) STRICT;
CREATE TABLE "privileged_member" (
    "position" INTEGER PRIMARY KEY,
    "id" TEXT NOT NULL,
    "guid" TEXT NOT NULL,
    "dn" TEXT NOT NULL,
    "legacy_dn" TEXT NOT NULL,
    "origin" TEXT NOT NULL,
    "field_sources" TEXT NOT NULL,
    "group" TEXT NOT NULL,
    "account" TEXT NOT NULL,
    "via_group" TEXT NOT NULL
) STRICT;
CREATE TABLE "dns_server" (
    "position" INTEGER PRIMARY KEY,
    "id" TEXT NOT NULL,
    "guid" TEXT NOT NULL,
    "dn" TEXT NOT NULL,
    "legacy_dn" TEXT NOT NULL,
    "origin" TEXT NOT NULL,
    "field_sources" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "address" TEXT NOT NULL,
    "role" TEXT NOT NULL
) STRICT;
CREATE TABLE "smtp_namespace" (
    "position" INTEGER PRIMARY KEY,
    "id" TEXT NOT NULL,
    "guid" TEXT NOT NULL,
    "dn" TEXT NOT NULL,
    "legacy_dn" TEXT NOT NULL,
    "origin" TEXT NOT NULL,
    "field_sources" TEXT NOT NULL,
    "domain" TEXT NOT NULL,
    "authoritative" INTEGER NOT NULL,
    "mx_records" TEXT NOT NULL,
    "mx_checked_at" TEXT,
    "mx_error" TEXT NOT NULL
) STRICT;
CREATE TABLE "port_check" (
    "position" INTEGER PRIMARY KEY,
    "id" TEXT NOT NULL,
    "guid" TEXT NOT NULL,
    "dn" TEXT NOT NULL,
    "legacy_dn" TEXT NOT NULL,
    "origin" TEXT NOT NULL,
    "field_sources" TEXT NOT NULL,
    "host" TEXT NOT NULL,
    "server_id" TEXT NOT NULL,
    "port" INTEGER NOT NULL,
    "purpose" TEXT NOT NULL,
    "reachable" INTEGER,
    "checked_at" TEXT,
    "error" TEXT NOT NULL
) STRICT;
CREATE TABLE "perimeter_server" (
    "position" INTEGER PRIMARY KEY,
    "id" TEXT NOT NULL,
    "guid" TEXT NOT NULL,
    "dn" TEXT NOT NULL,
    "legacy_dn" TEXT NOT NULL,
    "origin" TEXT NOT NULL,
    "field_sources" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "addresses" TEXT NOT NULL,
    "services" TEXT NOT NULL,
    "smtp_relay" INTEGER NOT NULL
) STRICT;
CREATE TABLE "manual_answer" (
    "position" INTEGER PRIMARY KEY,
    "finding_id" TEXT NOT NULL,
    "yes" INTEGER NOT NULL,
    "by" TEXT NOT NULL,
    "at" TEXT,
    "note" TEXT NOT NULL
) STRICT;
CREATE TABLE "task_state" (
    "position" INTEGER PRIMARY KEY,
    "task_key" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "owner" TEXT NOT NULL,
    "date" TEXT,
    "note" TEXT NOT NULL,
    "last_title" TEXT NOT NULL
) STRICT;
CREATE TABLE "routing_group_targets" (
    "position" INTEGER PRIMARY KEY,
    "routing_group_id" TEXT NOT NULL,
    "site_ids" TEXT NOT NULL
) STRICT;
CREATE TABLE "effort_settings" (
    "position" INTEGER PRIMARY KEY,
    "move_rate_gb_per_hour" REAL NOT NULL,
    "concurrent_moves" INTEGER NOT NULL,
    "hours_per_night" REAL NOT NULL
) STRICT;
CREATE TABLE "connection_settings" (
    "position" INTEGER PRIMARY KEY,
    "uri" TEXT NOT NULL,
    "gc_uri" TEXT NOT NULL,
    "bind_dn" TEXT NOT NULL,
    "start_tls" INTEGER NOT NULL,
    "ca_file" TEXT NOT NULL,
    "last_discovery" TEXT
) STRICT;
