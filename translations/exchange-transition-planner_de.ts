<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>etp::ExchangeVersion</name>
    <message>
        <source>Exchange Server 5.5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange 2000 Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange Server 2003</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange Server 2007</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange Server later than 2007</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> SP%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (build %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>etp::FieldLabels</name>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrative group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachment blocking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authoritative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authoritative domains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autonomous-system connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backbone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bandwidth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bindings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block list providers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Circular logging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computer DN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected domains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange 2007 server roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data recovery plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DC functional level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination routing group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk (GB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain DN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edge Transport wanted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange 2007 ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange schema version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expansion server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expansion server (legacyExchangeDN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LDAP filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filtering enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forest root</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FQDN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Front-end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Functional level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Global catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held phases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holds Exchange servers or recipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IMF enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IMF gateway action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IMF gateway threshold (SCL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IMF store threshold (SCL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP allow list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP block list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>msExchServerRole</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailbox count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routing master DN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routing master</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum message size (KB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum recipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory (GB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message formats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message size limit (KB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mixed mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MX checked at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MX check error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MX records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Naming context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NetBIOS name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network (Mbit/s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Non-authoritative domains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NTDS Settings DN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Object class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Object version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operating system version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organizational unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbound security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outlook 2003 or earlier in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outlook versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In perimeter network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy exemptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prefix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Principal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public folder tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RBL subscriptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receiving limit (KB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery storage group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relay for authenticated computers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replication interval (minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Require TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Root domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routing group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema master</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema master DN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secure domains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending limit (KB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>serialNumber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>serverRole</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size (GB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smart host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smart host type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMTP relay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source bridgeheads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage quota (KB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Streaming path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target bridgeheads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tree type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unified Messaging wanted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>versionNumber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Through group</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>etp::InventoryOutline</name>
    <message>
        <source>Organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrative groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routing groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connectors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public folder trees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient policies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server and store policies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient Update Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline address books</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMTP virtual servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange 5.5 coexistence objects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anti-spam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smart hosts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrators and delegation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subnets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain controllers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups with an expansion server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema Admins and Enterprise Admins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Physical network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMTP namespaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port availability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perimeter network servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange-aware products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsupported features in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the whole organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active Directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Products and features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>typed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LDIF import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV import</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>etp::InventoryText</name>
    <message>
        <source>Created: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>etp::ProjectDocument</name>
    <message>
        <source>opened read-only for review</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>etp::ProjectFile</name>
    <message>
        <source>it is not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid page size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (process %2 on %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the lock file %1 cannot be created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds an invalid value in row %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>etp::app::Gui</name>
    <message>
        <source>Exchange Transition Planner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no display to open the window on (neither DISPLAY nor WAYLAND_DISPLAY is set). Run it in a desktop session, or use a command such as &quot;show&quot; that needs no window; &quot;--help&quot; lists them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>etp::app::Main</name>
    <message>
        <source>Usage: %1 [PROJECT.etplan | --demo | COMMAND ...]; run &quot;%1 --help&quot; for the commands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange Transition Planner %1 plans the transition of an Exchange Server 2003/2000 organization to Exchange Server 2007.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> [PROJECT.etplan]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the window on a project file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the window on the bundled sample organization.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> COMMAND [OPTIONS]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run a command without a window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this language instead of the system&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &quot;%1 COMMAND --help&quot; for the options of a command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit status: 0 success, 1 failure (the reason is written to standard error), 2 bad usage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The option --lang needs a language, e.g. --lang de.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a command, and the window opens one project file at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command or option &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a command nor a project file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>etp::app::SampleCommand</name>
    <message>
        <source>Usage: exchange-transition-planner sample --out PROJECT.etplan [--force]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes the bundled sample organization (Fabrikam: 3 administrative groups, 5 routing groups, 15 servers, 6 AD sites) to a new project file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the file when it exists already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sample: unexpected argument &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sample: say where to write the project with --out PROJECT.etplan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists already. Choose another file, or pass --force to replace it with the sample organization.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sample --out P [--force]        write the bundled sample organization to a project file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist. Create it first, or choose a file in an existing folder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>etp::app::ShowCommand</name>
    <message>
        <source>Usage: exchange-transition-planner show PROJECT.etplan [--format text|json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prints the whole inventory of a project: every section of the seed&apos;s Tables 1, 2 and 3, servers, products and features, with each object&apos;s fields. The file is opened read-only and is not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readable text for a terminal (the default).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One JSON object, described in docs/json-show.md.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show: unexpected argument &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show: name the project file to print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show: unknown format &quot;%1&quot;; use text or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show P [--format text|json]     print the whole inventory</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>etp::app::Translations</name>
    <message>
        <source>There is no translation for the language &quot;%1&quot;; the program continues in English. Available: de, en.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>etp::storage</name>
    <message>
        <source>no schema version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project file %1 does not exist. Check the name and folder, or create a new project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project file %1 cannot be read (%2). Check that it is a file and that you may read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project file %1 cannot be written. Check the permissions of the file and its folder, or open it read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a project file of Exchange Transition Planner: it is not a SQLite database. Choose a .etplan file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty, so it holds no project. Choose another file or restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project file %1 is damaged (%2). Restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project file %1 is truncated: it should hold %2 bytes but holds only %3. It was probably copied incompletely; copy it again or restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a SQLite database of another program, not a project file of Exchange Transition Planner. Choose a .etplan file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project file %1 was saved by a newer version of Exchange Transition Planner (file format %2; this version reads up to %3). Open it with the newer version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project file %1 is open for editing by %2. Close it there first, or open it read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project file %1 was being saved when a program stopped, and its last saved state has not been restored yet. Open it for editing once (not read-only) to restore it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project file %1 is being saved by another program. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project file %1 could not be updated to file format %2 (%3). The file was left as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project could not be saved to %1 (%2). The file holds its last saved state; check the free space and permissions and save again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project %1 is open read-only (%2). Use Save As to save it under another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project has no file yet. Use Save As to choose one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>etp::ui::InventoryTreeModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inventory</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>etp::ui::InventoryView</name>
    <message>
        <source>Inventory sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The inventory&apos;s sections and objects; select one to see its fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found by: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an object on the left to see its fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections of this part of the inventory and their sizes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>etp::ui::MainWindow</name>
    <message>
        <source>Error message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No project is open.

Open a project file (File &gt; Open) or look at the bundled sample organization (File &gt; Open Sample Organization).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No project open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inventory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Sample Organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Exchange Transition Planner</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Read-only. %n Exchange server(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n AD site(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange Transition Planner projects (*.etplan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Exchange Transition Planner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange Transition Planner %1

Plans the transition of an Exchange Server 2003/2000 organization to Exchange Server 2007.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange Transition Planner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (read-only) - Exchange Transition Planner</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>etp::ui::ObjectDetailModel</name>
    <message>
        <source>Objects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
