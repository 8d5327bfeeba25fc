<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>etp::AddressResolver</name>
    <message>
        <source>the name has no address records</source>
        <translation>für den Namen gibt es keine Adresseinträge</translation>
    </message>
    <message>
        <source>the name does not exist in DNS</source>
        <translation>der Name ist im DNS nicht vorhanden</translation>
    </message>
    <message>
        <source>the DNS server did not answer in time</source>
        <translation>der DNS-Server hat nicht rechtzeitig geantwortet</translation>
    </message>
    <message>
        <source>the DNS server refused or failed to answer (%1)</source>
        <translation>der DNS-Server hat die Antwort verweigert oder konnte nicht antworten (%1)</translation>
    </message>
    <message>
        <source>the resolver could not be used (%1)</source>
        <translation>der Resolver konnte nicht verwendet werden (%1)</translation>
    </message>
</context>
<context>
    <name>etp::DirectoryMapper</name>
    <message>
        <source>The distinguished name cannot be read; the entry is skipped.</source>
        <translation>Der definierte Name kann nicht gelesen werden; der Eintrag wird übersprungen.</translation>
    </message>
    <message>
        <source>The objectGUID is not 16 bytes long; a new id is used.</source>
        <translation>Die objectGUID ist nicht 16 Bytes lang; eine neue ID wird verwendet.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number; the value is ignored.</source>
        <translation>„%1“ ist keine Zahl; der Wert wird ignoriert.</translation>
    </message>
    <message>
        <source>%1 is out of range; the value is ignored.</source>
        <translation>%1 liegt außerhalb des gültigen Bereichs; der Wert wird ignoriert.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither TRUE nor FALSE (nor 1 or 0); the value is ignored.</source>
        <translation>„%1“ ist weder TRUE noch FALSE (noch 1 oder 0); der Wert wird ignoriert.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid distinguished name; the link is ignored.</source>
        <translation>„%1“ ist kein gültiger definierter Name; die Verknüpfung wird ignoriert.</translation>
    </message>
    <message>
        <source>A second Exchange organization was found; only &quot;%1&quot; is used.</source>
        <translation>Eine zweite Exchange-Organisation wurde gefunden; nur „%1“ wird verwendet.</translation>
    </message>
    <message>
        <source>serverRole (%1) and msExchServerRole (%2) disagree about the front-end role; serverRole is used.</source>
        <translation>serverRole (%1) und msExchServerRole (%2) widersprechen sich bei der Front-End-Rolle; serverRole wird verwendet.</translation>
    </message>
    <message>
        <source>The server&apos;s routing group is not in the export.</source>
        <translation>Die Routinggruppe des Servers ist nicht im Export enthalten.</translation>
    </message>
    <message>
        <source>The bridgehead &quot;%1&quot; is not an Exchange server in the export.</source>
        <translation>Der Bridgeheadserver „%1“ ist kein Exchange-Server im Export.</translation>
    </message>
    <message>
        <source>The destination routing group is not in the export.</source>
        <translation>Die Zielroutinggruppe ist nicht im Export enthalten.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names no SMTP domain.</source>
        <translation>„%1“ bezeichnet keine SMTP-Domäne.</translation>
    </message>
    <message>
        <source>No forest root domain was found, so Schema Admins and Enterprise Admins cannot be identified; include the configuration and root domain exports.</source>
        <translation>Es wurde keine Stammdomäne der Gesamtstruktur gefunden, daher können Schema-Admins und Organisations-Admins nicht ermittelt werden; nehmen Sie die Exporte der Konfiguration und der Stammdomäne hinzu.</translation>
    </message>
    <message>
        <source>The subnet &quot;%1&quot; is not in address/length form.</source>
        <translation>Das Subnetz „%1“ hat nicht die Form Adresse/Länge.</translation>
    </message>
    <message>
        <source>The site &quot;%1&quot; is not in the export.</source>
        <translation>Der Standort „%1“ ist nicht im Export enthalten.</translation>
    </message>
    <message>
        <source>The domain SID cannot be read.</source>
        <translation>Die Domänen-SID kann nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>etp::Discovery</name>
    <message>
        <source>Connecting to %1</source>
        <translation>Verbindung mit %1 wird hergestellt</translation>
    </message>
    <message>
        <source>Reading the RootDSE of %1</source>
        <translation>RootDSE von %1 wird gelesen</translation>
    </message>
    <message>
        <source>reading the RootDSE</source>
        <translation>Lesen des RootDSE</translation>
    </message>
    <message>
        <source>the RootDSE names no configurationNamingContext: this is not an Active Directory domain controller</source>
        <translation>der RootDSE nennt keinen configurationNamingContext: Dies ist kein Active Directory-Domänencontroller</translation>
    </message>
    <message>
        <source>Connecting to the global catalog %1</source>
        <translation>Verbindung mit dem globalen Katalog %1 wird hergestellt</translation>
    </message>
    <message>
        <source>Reading the domains of the forest from %1</source>
        <translation>Domänen der Gesamtstruktur werden aus %1 gelesen</translation>
    </message>
    <message>
        <source>Reading the configuration partition %1 from %2</source>
        <translation>Konfigurationspartition %1 wird von %2 gelesen</translation>
    </message>
    <message>
        <source>Reading the schema master and Exchange schema version from %1</source>
        <translation>Schemamaster und Exchange-Schemaversion werden von %1 gelesen</translation>
    </message>
    <message>
        <source>Reading domain data under %1 from the global catalog %2:%3</source>
        <translation>Domänendaten unter %1 werden aus dem globalen Katalog %2:%3 gelesen</translation>
    </message>
    <message numerus="yes">
        <source>Read %n entries</source>
        <translation>
            <numerusform>%n Eintrag gelesen</numerusform>
            <numerusform>%n Einträge gelesen</numerusform>
        </translation>
    </message>
    <message>
        <source>The address is not an LDAP URI.</source>
        <translation>Die Adresse ist kein LDAP-URI.</translation>
    </message>
    <message>
        <source>Give a URI such as ldap://dc1.example.com or ldaps://dc1.example.com:636.</source>
        <translation>Geben Sie einen URI wie ldap://dc1.example.com oder ldaps://dc1.example.com:636 an.</translation>
    </message>
    <message>
        <source>The connection would be unencrypted, so the password would cross the network in clear text.</source>
        <translation>Die Verbindung wäre unverschlüsselt, sodass das Kennwort als Klartext über das Netzwerk übertragen würde.</translation>
    </message>
    <message>
        <source>Add --starttls or use an ldaps:// URI; pass --allow-unencrypted only on a network you trust.</source>
        <translation>Fügen Sie --starttls hinzu, oder verwenden Sie einen ldaps://-URI; geben Sie --allow-unencrypted nur in einem vertrauenswürdigen Netzwerk an.</translation>
    </message>
    <message>
        <source>The CA certificate file cannot be read.</source>
        <translation>Die Zertifikatdatei der Zertifizierungsstelle kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Check the path given to --ca-file; it must be a PEM file with the certificate of the authority that signed the domain controller&apos;s certificate.</source>
        <translation>Überprüfen Sie den mit --ca-file angegebenen Pfad; es muss eine PEM-Datei mit dem Zertifikat der Zertifizierungsstelle sein, die das Zertifikat des Domänencontrollers signiert hat.</translation>
    </message>
    <message>
        <source>Nothing accepts connections there: the server is down, the host name is wrong or no directory service listens on that port.</source>
        <translation>Dort werden keine Verbindungen angenommen: Der Server ist nicht in Betrieb, der Hostname ist falsch, oder an diesem Port lauscht kein Verzeichnisdienst.</translation>
    </message>
    <message>
        <source>Check the host name and port (389 for LDAP, 636 for LDAPS, 3268/3269 for the global catalog) and that the domain controller is running.</source>
        <translation>Überprüfen Sie Hostname und Port (389 für LDAP, 636 für LDAPS, 3268/3269 für den globalen Katalog), und stellen Sie sicher, dass der Domänencontroller ausgeführt wird.</translation>
    </message>
    <message>
        <source>The connection was not accepted in time: a firewall may drop the packets or the host is unreachable.</source>
        <translation>Die Verbindung wurde nicht rechtzeitig angenommen: Möglicherweise verwirft eine Firewall die Pakete, oder der Host ist nicht erreichbar.</translation>
    </message>
    <message>
        <source>Check that the port is open from this workstation, or raise the connect time-out.</source>
        <translation>Überprüfen Sie, ob der Port von dieser Arbeitsstation aus geöffnet ist, oder erhöhen Sie den Wert für die Zeitüberschreitung beim Verbindungsaufbau.</translation>
    </message>
    <message>
        <source>Something answered, but not in the way expected: this is probably an LDAPS port addressed with ldap://, an LDAP port addressed with ldaps://, or not a directory service at all.</source>
        <translation>Es kam eine Antwort, aber nicht in der erwarteten Form: Wahrscheinlich wurde ein LDAPS-Port mit ldap:// oder ein LDAP-Port mit ldaps:// angesprochen, oder es handelt sich überhaupt nicht um einen Verzeichnisdienst.</translation>
    </message>
    <message>
        <source>Use ldap:// (with --starttls) for port 389 or 3268 and ldaps:// for port 636 or 3269.</source>
        <translation>Verwenden Sie ldap:// (mit --starttls) für Port 389 oder 3268 und ldaps:// für Port 636 oder 3269.</translation>
    </message>
    <message>
        <source>The server accepted the connection but did not answer in time: it may be overloaded, hung, or not a directory service.</source>
        <translation>Der Server hat die Verbindung angenommen, aber nicht rechtzeitig geantwortet: Er ist möglicherweise überlastet, reagiert nicht mehr oder ist kein Verzeichnisdienst.</translation>
    </message>
    <message>
        <source>Try another domain controller, check the port, or raise the operation time-out.</source>
        <translation>Versuchen Sie es mit einem anderen Domänencontroller, überprüfen Sie den Port, oder erhöhen Sie den Wert für die Zeitüberschreitung bei Vorgängen.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not signed by an authority this workstation trusts (or it has expired).</source>
        <translation>Das Zertifikat des Servers ist nicht von einer Zertifizierungsstelle signiert, der diese Arbeitsstation vertraut (oder es ist abgelaufen).</translation>
    </message>
    <message>
        <source>Pass the certificate of your enterprise certification authority with --ca-file, or add it to the system&apos;s trusted certificates.</source>
        <translation>Geben Sie das Zertifikat Ihrer Unternehmenszertifizierungsstelle mit --ca-file an, oder fügen Sie es den vertrauenswürdigen Zertifikaten des Systems hinzu.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is trusted but does not name the host that was connected to.</source>
        <translation>Das Zertifikat des Servers ist vertrauenswürdig, nennt aber nicht den Host, mit dem die Verbindung hergestellt wurde.</translation>
    </message>
    <message>
        <source>Connect with the name the certificate was issued for (usually the domain controller&apos;s full DNS name), not an alias or an address.</source>
        <translation>Stellen Sie die Verbindung mit dem Namen her, für den das Zertifikat ausgestellt wurde (normalerweise der vollqualifizierte DNS-Name des Domänencontrollers), nicht mit einem Alias oder einer Adresse.</translation>
    </message>
    <message>
        <source>The encrypted session could not be set up: the server may not support StartTLS or has no certificate.</source>
        <translation>Die verschlüsselte Sitzung konnte nicht eingerichtet werden: Der Server unterstützt möglicherweise StartTLS nicht oder hat kein Zertifikat.</translation>
    </message>
    <message>
        <source>Check that the domain controller has a server certificate, or try ldaps:// on port 636.</source>
        <translation>Überprüfen Sie, ob der Domänencontroller über ein Serverzertifikat verfügt, oder versuchen Sie es mit ldaps:// an Port 636.</translation>
    </message>
    <message>
        <source>The password is empty: a bind with a name and no password is an unauthenticated bind that reads nothing.</source>
        <translation>Das Kennwort ist leer: Eine Bindung mit Namen, aber ohne Kennwort ist eine nicht authentifizierte Bindung, die nichts lesen kann.</translation>
    </message>
    <message>
        <source>Give the account&apos;s password in the password file or on standard input.</source>
        <translation>Geben Sie das Kennwort des Kontos in der Kennwortdatei oder über die Standardeingabe an.</translation>
    </message>
    <message>
        <source>The server refused the account name or password (or the account is locked, disabled or expired).</source>
        <translation>Der Server hat den Kontonamen oder das Kennwort abgelehnt (oder das Konto ist gesperrt, deaktiviert oder abgelaufen).</translation>
    </message>
    <message>
        <source>Check the bind name (a DN or user@domain) and the password, and that the account may log on.</source>
        <translation>Überprüfen Sie den Bindungsnamen (einen DN oder Benutzer@Domäne) und das Kennwort, und stellen Sie sicher, dass sich das Konto anmelden darf.</translation>
    </message>
    <message>
        <source>The server does not let anonymous users search the directory.</source>
        <translation>Der Server erlaubt anonymen Benutzern keine Suche im Verzeichnis.</translation>
    </message>
    <message>
        <source>Give an account with --bind-dn and its password with --password-file.</source>
        <translation>Geben Sie mit --bind-dn ein Konto und mit --password-file dessen Kennwort an.</translation>
    </message>
    <message>
        <source>The account is logged on but may not read what discovery needs.</source>
        <translation>Das Konto ist angemeldet, darf aber nicht lesen, was für die Ermittlung benötigt wird.</translation>
    </message>
    <message>
        <source>Use an account that can read the configuration partition, such as a member of Domain Users in the forest root domain.</source>
        <translation>Verwenden Sie ein Konto, das die Konfigurationspartition lesen kann, z. B. ein Mitglied von Domänen-Benutzer in der Stammdomäne der Gesamtstruktur.</translation>
    </message>
    <message>
        <source>The connection broke in the middle of discovery: the server stopped or the network failed. Nothing was saved from this incomplete reading.</source>
        <translation>Die Verbindung ist während der Ermittlung abgebrochen: Der Server wurde beendet, oder das Netzwerk ist ausgefallen. Aus diesem unvollständigen Lesevorgang wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>Run discovery again when the domain controller is back.</source>
        <translation>Führen Sie die Ermittlung erneut aus, sobald der Domänencontroller wieder verfügbar ist.</translation>
    </message>
    <message>
        <source>Discovery was cancelled. Nothing was saved from this incomplete reading.</source>
        <translation>Die Ermittlung wurde abgebrochen. Aus diesem unvollständigen Lesevorgang wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>Run discovery again to read the whole directory.</source>
        <translation>Führen Sie die Ermittlung erneut aus, um das gesamte Verzeichnis zu lesen.</translation>
    </message>
    <message>
        <source>The server stopped a search at its size or time limit, so the answer is incomplete. Nothing was saved from this incomplete reading.</source>
        <translation>Der Server hat eine Suche bei Erreichen seiner Größen- oder Zeitbeschränkung beendet, daher ist die Antwort unvollständig. Aus diesem unvollständigen Lesevorgang wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>Ask the directory administrator about the server&apos;s MaxPageSize and MaxResultSetSize limits, or use an account the limits do not apply to.</source>
        <translation>Fragen Sie den Verzeichnisadministrator nach den Beschränkungen MaxPageSize und MaxResultSetSize des Servers, oder verwenden Sie ein Konto, für das diese Beschränkungen nicht gelten.</translation>
    </message>
    <message>
        <source>A naming context the server announced does not exist there.</source>
        <translation>Ein vom Server angekündigter Namenskontext ist dort nicht vorhanden.</translation>
    </message>
    <message>
        <source>Connect to a domain controller of the forest (not a member server or another directory).</source>
        <translation>Stellen Sie eine Verbindung mit einem Domänencontroller der Gesamtstruktur her (nicht mit einem Mitgliedsserver oder einem anderen Verzeichnis).</translation>
    </message>
    <message>
        <source>The server answered with an error.</source>
        <translation>Der Server hat mit einem Fehler geantwortet.</translation>
    </message>
    <message>
        <source>Read the server&apos;s message below; try another domain controller if it persists.</source>
        <translation>Lesen Sie die Meldung des Servers unten; versuchen Sie es mit einem anderen Domänencontroller, wenn der Fehler weiterhin auftritt.</translation>
    </message>
    <message>
        <source>Discovery failed</source>
        <translation>Ermittlung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Discovery failed at %1 port %2</source>
        <translation>Ermittlung bei %1, Port %2 fehlgeschlagen</translation>
    </message>
    <message>
        <source>Discovery failed at %1</source>
        <translation>Ermittlung bei %1 fehlgeschlagen</translation>
    </message>
    <message>
        <source> while trying: %1</source>
        <translation> (Vorgang: %1)</translation>
    </message>
    <message>
        <source>Server or library said: %1</source>
        <translation>Meldung von Server oder Bibliothek: %1</translation>
    </message>
    <message>
        <source>reading the URI</source>
        <translation>Lesen des URI</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>keine Antwort innerhalb von %1 s</translation>
    </message>
    <message>
        <source>an unencrypted connection</source>
        <translation>unverschlüsselte Verbindung</translation>
    </message>
    <message>
        <source>simple bind as %1</source>
        <translation>einfache Bindung als %1</translation>
    </message>
    <message>
        <source>reading %1</source>
        <translation>Lesen von %1</translation>
    </message>
    <message>
        <source>a TCP connection</source>
        <translation>TCP-Verbindung</translation>
    </message>
    <message>
        <source>a TLS handshake (LDAPS)</source>
        <translation>TLS-Handshake (LDAPS)</translation>
    </message>
    <message>
        <source>StartTLS</source>
        <translation>StartTLS</translation>
    </message>
    <message>
        <source>an LDAP connection</source>
        <translation>LDAP-Verbindung</translation>
    </message>
    <message>
        <source>an anonymous bind</source>
        <translation>anonyme Bindung</translation>
    </message>
    <message>
        <source>search of %1 for %2</source>
        <translation>Suche in %1 nach %2</translation>
    </message>
    <message>
        <source>search of %1</source>
        <translation>Suche in %1</translation>
    </message>
    <message>
        <source>range retrieval of %1 on %2</source>
        <translation>Bereichsabruf von %1 für %2</translation>
    </message>
    <message>
        <source>The global catalog was not read.</source>
        <translation>Der globale Katalog wurde nicht gelesen.</translation>
    </message>
</context>
<context>
    <name>etp::ExchangeVersion</name>
    <message>
        <source>Exchange Server 5.5</source>
        <translation>Exchange Server 5.5</translation>
    </message>
    <message>
        <source>Exchange 2000 Server</source>
        <translation>Exchange 2000 Server</translation>
    </message>
    <message>
        <source>Exchange Server 2003</source>
        <translation>Exchange Server 2003</translation>
    </message>
    <message>
        <source>Exchange Server 2007</source>
        <translation>Exchange Server 2007</translation>
    </message>
    <message>
        <source>Exchange Server later than 2007</source>
        <translation>Exchange Server neuer als 2007</translation>
    </message>
    <message>
        <source>unknown version</source>
        <translation>unbekannte Version</translation>
    </message>
    <message>
        <source> SP%1</source>
        <translation> SP%1</translation>
    </message>
    <message>
        <source>, no service pack</source>
        <translation>, kein Service Pack</translation>
    </message>
    <message>
        <source>, build %1</source>
        <translation>, Build %1</translation>
    </message>
</context>
<context>
    <name>etp::FieldDescriptor</name>
    <message>
        <source>%1 takes a list.</source>
        <translation>%1 erwartet eine Liste.</translation>
    </message>
    <message>
        <source>%1 cannot hold an empty entry.</source>
        <translation>%1 darf keinen leeren Eintrag enthalten.</translation>
    </message>
    <message>
        <source>%1 names &quot;%2&quot; twice.</source>
        <translation>%1 enthält &quot;%2&quot; doppelt.</translation>
    </message>
    <message>
        <source>%1 cannot be empty.</source>
        <translation>%1 darf nicht leer sein.</translation>
    </message>
    <message>
        <source>%1 takes a number.</source>
        <translation>%1 erwartet eine Zahl.</translation>
    </message>
    <message>
        <source>%1 takes a number, not &quot;%2&quot;.</source>
        <translation>%1 erwartet eine Zahl, nicht &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>%1 takes yes, no or unknown, not &quot;%2&quot;.</source>
        <translation>%1 erwartet Ja, Nein oder Unbekannt, nicht &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>%1 takes yes or no, not &quot;%2&quot;.</source>
        <translation>%1 erwartet Ja oder Nein, nicht &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an Exchange serialNumber; write it as the directory does, e.g. &quot;Version 6.5 (Build 7638.2: Service Pack 2)&quot;.</source>
        <translation>&quot;%1&quot; ist keine Exchange-serialNumber; geben Sie den Wert so an, wie er im Verzeichnis steht, z. B. &quot;Version 6.5 (Build 7638.2: Service Pack 2)&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Windows version; write it as the directory does, e.g. &quot;5.2 (3790)&quot;.</source>
        <translation>&quot;%1&quot; ist keine Windows-Version; geben Sie den Wert so an, wie er im Verzeichnis steht, z. B. &quot;5.2 (3790)&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phase; name a phase of the catalogue (e.g. mailbox, hub-transport) or the key of one phase as the plan prints it.</source>
        <translation>&quot;%1&quot; ist keine Phase; geben Sie eine Phase aus dem Katalog an (z. B. mailbox, hub-transport) oder den Schlüssel einer Phase, wie er im Plan ausgegeben wird.</translation>
    </message>
    <message>
        <source>%1 takes text.</source>
        <translation>%1 erwartet Text.</translation>
    </message>
    <message>
        <source>%1 takes a whole number, not %2.</source>
        <translation>%1 erwartet eine ganze Zahl, nicht %2.</translation>
    </message>
    <message>
        <source>%1 cannot be less than %2.</source>
        <translation>%1 darf nicht kleiner als %2 sein.</translation>
    </message>
    <message>
        <source>%1 cannot be more than %2.</source>
        <translation>%1 darf nicht größer als %2 sein.</translation>
    </message>
    <message>
        <source>%1 takes yes, no or unknown.</source>
        <translation>%1 erwartet Ja, Nein oder Unbekannt.</translation>
    </message>
    <message>
        <source>%1 takes yes or no.</source>
        <translation>%1 erwartet Ja oder Nein.</translation>
    </message>
    <message>
        <source>%1 cannot be &quot;%2&quot;; choose one of: %3.</source>
        <translation>%1 darf nicht &quot;%2&quot; sein; wählen Sie einen der folgenden Werte: %3.</translation>
    </message>
    <message>
        <source>%1 takes a date as YYYY-MM-DD.</source>
        <translation>%1 erwartet ein Datum im Format JJJJ-MM-TT.</translation>
    </message>
    <message>
        <source>%1 takes a date and time as YYYY-MM-DDThh:mm:ssZ.</source>
        <translation>%1 erwartet Datum und Uhrzeit im Format JJJJ-MM-TTThh:mm:ssZ.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IPv4 or IPv6 address (%2).</source>
        <translation>&quot;%1&quot; ist keine IPv4- oder IPv6-Adresse (%2).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a subnet in CIDR form, e.g. 192.0.2.0/24 or 2001:db8::/48.</source>
        <translation>&quot;%1&quot; ist kein Subnetz in CIDR-Notation, z. B. 192.0.2.0/24 oder 2001:db8::/48.</translation>
    </message>
    <message>
        <source>%1 takes the id of an object.</source>
        <translation>%1 erwartet die ID eines Objekts.</translation>
    </message>
    <message>
        <source>%1: there is no %2 with the id &quot;%3&quot;.</source>
        <translation>%1: Es gibt kein Objekt vom Typ %2 mit der ID &quot;%3&quot;.</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
</context>
<context>
    <name>etp::FieldLabels</name>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Address filters</source>
        <translation>Adressfilter</translation>
    </message>
    <message>
        <source>Address spaces</source>
        <translation>Adressräume</translation>
    </message>
    <message>
        <source>Address templates</source>
        <translation>Adressvorlagen</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Adressen</translation>
    </message>
    <message>
        <source>Administrative group</source>
        <translation>Administrative Gruppe</translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation>Gilt für</translation>
    </message>
    <message>
        <source>Attachment blocking</source>
        <translation>Anlagenblockierung</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Authentifizierung</translation>
    </message>
    <message>
        <source>Authentication flags</source>
        <translation>Authentifizierungsflags</translation>
    </message>
    <message>
        <source>Authoritative</source>
        <translation>Autorisierend</translation>
    </message>
    <message>
        <source>Authoritative domains</source>
        <translation>Autorisierende Domänen</translation>
    </message>
    <message>
        <source>Autonomous-system connections</source>
        <translation>Verbindungen autonomer Systeme</translation>
    </message>
    <message>
        <source>Backbone</source>
        <translation>Backbone</translation>
    </message>
    <message>
        <source>Bandwidth</source>
        <translation>Bandbreite</translation>
    </message>
    <message>
        <source>Bindings</source>
        <translation>Bindungen</translation>
    </message>
    <message>
        <source>Block list providers</source>
        <translation>Anbieter von Sperrlisten</translation>
    </message>
    <message>
        <source>Build</source>
        <translation>Build</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Checked at</source>
        <translation>Geprüft am</translation>
    </message>
    <message>
        <source>Circular logging</source>
        <translation>Umlaufprotokollierung</translation>
    </message>
    <message>
        <source>Computer DN</source>
        <translation>Computer-DN</translation>
    </message>
    <message>
        <source>Connected domains</source>
        <translation>Verbundene Domänen</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Exchange 2007 server roles</source>
        <translation>Exchange 2007-Serverrollen</translation>
    </message>
    <message>
        <source>Data recovery plan</source>
        <translation>Datenwiederherstellungsplan</translation>
    </message>
    <message>
        <source>Database path</source>
        <translation>Datenbankpfad</translation>
    </message>
    <message>
        <source>DC functional level</source>
        <translation>DC-Funktionsebene</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Destination routing group</source>
        <translation>Zielroutinggruppe</translation>
    </message>
    <message>
        <source>Disk (GB)</source>
        <translation>Datenträger (GB)</translation>
    </message>
    <message>
        <source>DNS name</source>
        <translation>DNS-Name</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domäne</translation>
    </message>
    <message>
        <source>Domain DN</source>
        <translation>Domänen-DN</translation>
    </message>
    <message>
        <source>Edge Transport wanted</source>
        <translation>Edge-Transport gewünscht</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Verschlüsselung</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Exchange 2007 ready</source>
        <translation>Bereit für Exchange 2007</translation>
    </message>
    <message>
        <source>Exchange schema version</source>
        <translation>Exchange-Schemaversion</translation>
    </message>
    <message>
        <source>Expansion server</source>
        <translation>Erweiterungsserver</translation>
    </message>
    <message>
        <source>Expansion server (legacyExchangeDN)</source>
        <translation>Erweiterungsserver (legacyExchangeDN)</translation>
    </message>
    <message>
        <source>Feature</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>LDAP filter</source>
        <translation>LDAP-Filter</translation>
    </message>
    <message>
        <source>Filtering enabled</source>
        <translation>Filterung aktiviert</translation>
    </message>
    <message>
        <source>Forest root</source>
        <translation>Stammdomäne der Gesamtstruktur</translation>
    </message>
    <message>
        <source>FQDN</source>
        <translation>FQDN</translation>
    </message>
    <message>
        <source>Front-end</source>
        <translation>Front-End</translation>
    </message>
    <message>
        <source>Functional level</source>
        <translation>Funktionsebene</translation>
    </message>
    <message>
        <source>Global catalog</source>
        <translation>Globaler Katalog</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Held phases</source>
        <translation>Aufgehaltene Phasen</translation>
    </message>
    <message>
        <source>Holds Exchange servers or recipients</source>
        <translation>Enthält Exchange-Server oder Empfänger</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>IMF enabled</source>
        <translation>IMF aktiviert</translation>
    </message>
    <message>
        <source>IMF gateway action</source>
        <translation>IMF-Gatewayaktion</translation>
    </message>
    <message>
        <source>IMF gateway threshold (SCL)</source>
        <translation>IMF-Gatewayschwellenwert (SCL)</translation>
    </message>
    <message>
        <source>IMF store threshold (SCL)</source>
        <translation>IMF-Speicherschwellenwert (SCL)</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>In Verwendung</translation>
    </message>
    <message>
        <source>IP allow list</source>
        <translation>IP-Zulassungsliste</translation>
    </message>
    <message>
        <source>IP block list</source>
        <translation>IP-Sperrliste</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>msExchServerRole</source>
        <translation>msExchServerRole</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Log path</source>
        <translation>Protokollpfad</translation>
    </message>
    <message>
        <source>Mailbox count</source>
        <translation>Anzahl der Postfächer</translation>
    </message>
    <message>
        <source>Routing master DN</source>
        <translation>Routingmaster-DN</translation>
    </message>
    <message>
        <source>Routing master</source>
        <translation>Routingmaster</translation>
    </message>
    <message>
        <source>Maximum message size (KB)</source>
        <translation>Maximale Nachrichtengröße (KB)</translation>
    </message>
    <message>
        <source>Maximum recipients</source>
        <translation>Maximale Empfängeranzahl</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>Memory (GB)</source>
        <translation>Arbeitsspeicher (GB)</translation>
    </message>
    <message>
        <source>Message formats</source>
        <translation>Nachrichtenformate</translation>
    </message>
    <message>
        <source>Message size limit (KB)</source>
        <translation>Größenbeschränkung für Nachrichten (KB)</translation>
    </message>
    <message>
        <source>Mixed mode</source>
        <translation>Gemischter Modus</translation>
    </message>
    <message>
        <source>MX checked at</source>
        <translation>MX geprüft am</translation>
    </message>
    <message>
        <source>MX check error</source>
        <translation>Fehler bei der MX-Prüfung</translation>
    </message>
    <message>
        <source>MX records</source>
        <translation>MX-Einträge</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Naming context</source>
        <translation>Namenskontext</translation>
    </message>
    <message>
        <source>NetBIOS name</source>
        <translation>NetBIOS-Name</translation>
    </message>
    <message>
        <source>Network (Mbit/s)</source>
        <translation>Netzwerk (MBit/s)</translation>
    </message>
    <message>
        <source>Non-authoritative domains</source>
        <translation>Nicht autorisierende Domänen</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>NTDS Settings DN</source>
        <translation>NTDS Settings-DN</translation>
    </message>
    <message>
        <source>Object class</source>
        <translation>Objektklasse</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Object version</source>
        <translation>Objektversion</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>Betriebssystem</translation>
    </message>
    <message>
        <source>Service pack</source>
        <translation>Service Pack</translation>
    </message>
    <message>
        <source>Operating system version</source>
        <translation>Betriebssystemversion</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Organizational unit</source>
        <translation>Organisationseinheit</translation>
    </message>
    <message>
        <source>Outbound security</source>
        <translation>Ausgehende Sicherheit</translation>
    </message>
    <message>
        <source>Outlook 2003 or earlier in use</source>
        <translation>Outlook 2003 oder früher in Verwendung</translation>
    </message>
    <message>
        <source>Outlook versions</source>
        <translation>Outlook-Versionen</translation>
    </message>
    <message>
        <source>In perimeter network</source>
        <translation>Im Umkreisnetzwerk</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Berechtigungen</translation>
    </message>
    <message>
        <source>Policies</source>
        <translation>Richtlinien</translation>
    </message>
    <message>
        <source>Policy exemptions</source>
        <translation>Richtlinienausnahmen</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Prefix</source>
        <translation>Präfix</translation>
    </message>
    <message>
        <source>Principal</source>
        <translation>Sicherheitsprinzipal</translation>
    </message>
    <message>
        <source>Processors</source>
        <translation>Prozessoren</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Eigenschaften</translation>
    </message>
    <message>
        <source>Public folder tree</source>
        <translation>Struktur für Öffentliche Ordner</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Zweck</translation>
    </message>
    <message>
        <source>RBL subscriptions</source>
        <translation>RBL-Abonnements</translation>
    </message>
    <message>
        <source>Reachable</source>
        <translation>Erreichbar</translation>
    </message>
    <message>
        <source>Receiving limit (KB)</source>
        <translation>Empfangsgrenze (KB)</translation>
    </message>
    <message>
        <source>Recipient filters</source>
        <translation>Empfängerfilter</translation>
    </message>
    <message>
        <source>Recipient limit</source>
        <translation>Empfängergrenze</translation>
    </message>
    <message>
        <source>Recovery storage group</source>
        <translation>Wiederherstellungsspeichergruppe</translation>
    </message>
    <message>
        <source>Relay for authenticated computers</source>
        <translation>Relay für authentifizierte Computer</translation>
    </message>
    <message>
        <source>Replication interval (minutes)</source>
        <translation>Replikationsintervall (Minuten)</translation>
    </message>
    <message>
        <source>Require TLS</source>
        <translation>TLS erforderlich</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Root domain</source>
        <translation>Stammdomäne</translation>
    </message>
    <message>
        <source>Routing group</source>
        <translation>Routinggruppe</translation>
    </message>
    <message>
        <source>Schema master</source>
        <translation>Schemamaster</translation>
    </message>
    <message>
        <source>Schema master DN</source>
        <translation>Schemamaster-DN</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>Secure domains</source>
        <translation>Sichere Domänen</translation>
    </message>
    <message>
        <source>Sending limit (KB)</source>
        <translation>Sendegrenze (KB)</translation>
    </message>
    <message>
        <source>Sender filters</source>
        <translation>Absenderfilter</translation>
    </message>
    <message>
        <source>serialNumber</source>
        <translation>serialNumber</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Server name</source>
        <translation>Servername</translation>
    </message>
    <message>
        <source>serverRole</source>
        <translation>serverRole</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Dienste</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>SID</source>
        <translation>SID</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Standorte</translation>
    </message>
    <message>
        <source>Size (GB)</source>
        <translation>Größe (GB)</translation>
    </message>
    <message>
        <source>Smart host</source>
        <translation>Smarthost</translation>
    </message>
    <message>
        <source>Smart host type</source>
        <translation>Smarthosttyp</translation>
    </message>
    <message>
        <source>SMTP relay</source>
        <translation>SMTP-Relay</translation>
    </message>
    <message>
        <source>Source bridgeheads</source>
        <translation>Quellbridgeheadserver</translation>
    </message>
    <message>
        <source>Storage group</source>
        <translation>Speichergruppe</translation>
    </message>
    <message>
        <source>Storage quota (KB)</source>
        <translation>Speicherkontingent (KB)</translation>
    </message>
    <message>
        <source>Streaming path</source>
        <translation>Streamingpfad</translation>
    </message>
    <message>
        <source>System path</source>
        <translation>Systempfad</translation>
    </message>
    <message>
        <source>Target bridgeheads</source>
        <translation>Zielbridgeheadserver</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Transport</translation>
    </message>
    <message>
        <source>Tree type</source>
        <translation>Strukturtyp</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Unified Messaging wanted</source>
        <translation>Unified Messaging gewünscht</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>versionNumber</source>
        <translation>versionNumber</translation>
    </message>
    <message>
        <source>Through group</source>
        <translation>Über Gruppe</translation>
    </message>
    <message>
        <source>Internet-facing</source>
        <translation>Aus dem Internet erreichbar</translation>
    </message>
</context>
<context>
    <name>etp::FieldValues</name>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Exchange Server 5.5</source>
        <translation>Exchange Server 5.5</translation>
    </message>
    <message>
        <source>Exchange 2000 Server</source>
        <translation>Exchange 2000 Server</translation>
    </message>
    <message>
        <source>Exchange Server 2003</source>
        <translation>Exchange Server 2003</translation>
    </message>
    <message>
        <source>Exchange Server 2007</source>
        <translation>Exchange Server 2007</translation>
    </message>
    <message>
        <source>Later than Exchange Server 2007</source>
        <translation>Neuer als Exchange Server 2007</translation>
    </message>
    <message>
        <source>Routing group connector</source>
        <translation>Routinggruppenconnector</translation>
    </message>
    <message>
        <source>SMTP connector</source>
        <translation>SMTP-Connector</translation>
    </message>
    <message>
        <source>X.400 connector</source>
        <translation>X.400-Connector</translation>
    </message>
    <message>
        <source>Lotus Notes connector</source>
        <translation>Lotus Notes-Connector</translation>
    </message>
    <message>
        <source>GroupWise connector</source>
        <translation>GroupWise-Connector</translation>
    </message>
    <message>
        <source>cc:Mail connector</source>
        <translation>cc:Mail-Connector</translation>
    </message>
    <message>
        <source>MS Mail connector</source>
        <translation>MS Mail-Connector</translation>
    </message>
    <message>
        <source>Other connector</source>
        <translation>Anderer Connector</translation>
    </message>
    <message>
        <source>Mailbox store</source>
        <translation>Postfachspeicher</translation>
    </message>
    <message>
        <source>Public folder store</source>
        <translation>Informationsspeicher für Öffentliche Ordner</translation>
    </message>
    <message>
        <source>Server policy</source>
        <translation>Serverrichtlinie</translation>
    </message>
    <message>
        <source>Mailbox store policy</source>
        <translation>Postfachspeicherrichtlinie</translation>
    </message>
    <message>
        <source>Public store policy</source>
        <translation>Informationsspeicherrichtlinie für Öffentliche Ordner</translation>
    </message>
    <message>
        <source>Site Replication Service</source>
        <translation>Standortreplikationsdienst</translation>
    </message>
    <message>
        <source>Active Directory Connector service</source>
        <translation>Active Directory Connector-Dienst</translation>
    </message>
    <message>
        <source>Connection agreement</source>
        <translation>Verbindungsvereinbarung</translation>
    </message>
    <message>
        <source>Mobile Information Server</source>
        <translation>Mobile Information Server</translation>
    </message>
    <message>
        <source>Instant Messaging</source>
        <translation>Instant Messaging</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Exchange Conferencing Server</source>
        <translation>Exchange Conferencing Server</translation>
    </message>
    <message>
        <source>Key Management Service</source>
        <translation>Schlüsselverwaltungsdienst</translation>
    </message>
    <message>
        <source>Other feature</source>
        <translation>Anderes Feature</translation>
    </message>
    <message>
        <source>Schema Admins</source>
        <translation>Schema-Admins</translation>
    </message>
    <message>
        <source>Enterprise Admins</source>
        <translation>Organisations-Admins</translation>
    </message>
    <message>
        <source>Exchange Full Administrator</source>
        <translation>Exchange-Administrator mit allen Rechten</translation>
    </message>
    <message>
        <source>Exchange Administrator</source>
        <translation>Exchange-Administrator</translation>
    </message>
    <message>
        <source>Exchange View Only Administrator</source>
        <translation>Exchange-Administrator nur mit Leserechten</translation>
    </message>
    <message>
        <source>Other role</source>
        <translation>Andere Rolle</translation>
    </message>
    <message>
        <source>Anti-virus</source>
        <translation>Virenschutz</translation>
    </message>
    <message>
        <source>Anti-spam</source>
        <translation>Antispam</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Sicherung</translation>
    </message>
    <message>
        <source>Other product</source>
        <translation>Anderes Produkt</translation>
    </message>
</context>
<context>
    <name>etp::InventoryEdits</name>
    <message>
        <source>%1 has no field &quot;%2&quot;.</source>
        <translation>%1 hat kein Feld &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>%1 is set by the program (from %2) and cannot be edited.</source>
        <translation>%1 wird vom Programm festgelegt (aus %2) und kann nicht bearbeitet werden.</translation>
    </message>
    <message>
        <source>Only a product of the category &quot;other&quot; holds the phases a person ticks; %1 holds the phases of its category.</source>
        <translation>Nur ein Produkt der Kategorie &quot;Sonstige&quot; übernimmt die Phasen, die ein Benutzer ankreuzt; %1 übernimmt die Phasen seiner Kategorie.</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>There is no %1 with the id &quot;%2&quot;.</source>
        <translation>Es gibt kein Objekt vom Typ %1 mit der ID &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Set %1 of %2 to %3</source>
        <translation>%1 von %2 auf %3 festlegen</translation>
    </message>
    <message>
        <source>The project has exactly one %1; set its fields instead.</source>
        <translation>Das Projekt hat genau ein Objekt vom Typ %1; legen Sie stattdessen dessen Felder fest.</translation>
    </message>
    <message>
        <source>There is no kind of object called &quot;%1&quot;.</source>
        <translation>Es gibt keine Objektart namens &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>A new %1 needs a value for %2.</source>
        <translation>Ein neues Objekt vom Typ %1 benötigt einen Wert für %2.</translation>
    </message>
    <message>
        <source>Add %1 %2</source>
        <translation>%1 %2 hinzufügen</translation>
    </message>
    <message>
        <source>The %1 cannot be removed; clear its fields instead.</source>
        <translation>%1 kann nicht entfernt werden; leeren Sie stattdessen die zugehörigen Felder.</translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2 (%3)</translation>
    </message>
    <message>
        <source>%1 %2 is still named by: %3. Change those first, or remove it together with these references.</source>
        <translation>Auf %1 %2 wird noch verwiesen von: %3. Ändern Sie zuerst diese Verweise, oder entfernen Sie das Objekt zusammen mit diesen Verweisen.</translation>
    </message>
    <message>
        <source>Remove %1 %2</source>
        <translation>%1 %2 entfernen</translation>
    </message>
</context>
<context>
    <name>etp::InventoryOutline</name>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Administrative groups</source>
        <translation>Administrative Gruppen</translation>
    </message>
    <message>
        <source>Exchange servers</source>
        <translation>Exchange-Server</translation>
    </message>
    <message>
        <source>Routing groups</source>
        <translation>Routinggruppen</translation>
    </message>
    <message>
        <source>Connectors</source>
        <translation>Connectors</translation>
    </message>
    <message>
        <source>Storage groups</source>
        <translation>Speichergruppen</translation>
    </message>
    <message>
        <source>Stores</source>
        <translation>Informationsspeicher</translation>
    </message>
    <message>
        <source>Public folder trees</source>
        <translation>Strukturen für Öffentliche Ordner</translation>
    </message>
    <message>
        <source>Recipient policies</source>
        <translation>Empfängerrichtlinien</translation>
    </message>
    <message>
        <source>Address lists</source>
        <translation>Adresslisten</translation>
    </message>
    <message>
        <source>Server and store policies</source>
        <translation>Server- und Speicherrichtlinien</translation>
    </message>
    <message>
        <source>Recipient Update Services</source>
        <translation>Empfängeraktualisierungsdienste</translation>
    </message>
    <message>
        <source>Offline address books</source>
        <translation>Offlineadressbücher</translation>
    </message>
    <message>
        <source>SMTP virtual servers</source>
        <translation>Virtuelle SMTP-Server</translation>
    </message>
    <message>
        <source>Exchange 5.5 coexistence objects</source>
        <translation>Objekte für die Koexistenz mit Exchange 5.5</translation>
    </message>
    <message>
        <source>Message delivery</source>
        <translation>Nachrichtenübermittlung</translation>
    </message>
    <message>
        <source>Message security</source>
        <translation>Nachrichtensicherheit</translation>
    </message>
    <message>
        <source>Anti-spam</source>
        <translation>Antispam</translation>
    </message>
    <message>
        <source>Smart hosts</source>
        <translation>Smarthosts</translation>
    </message>
    <message>
        <source>Administrators and delegation</source>
        <translation>Administratoren und Delegierung</translation>
    </message>
    <message>
        <source>Forest</source>
        <translation>Gesamtstruktur</translation>
    </message>
    <message>
        <source>Domains</source>
        <translation>Domänen</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Standorte</translation>
    </message>
    <message>
        <source>Subnets</source>
        <translation>Subnetze</translation>
    </message>
    <message>
        <source>Site links</source>
        <translation>Standortverknüpfungen</translation>
    </message>
    <message>
        <source>Domain controllers</source>
        <translation>Domänencontroller</translation>
    </message>
    <message>
        <source>Groups with an expansion server</source>
        <translation>Gruppen mit Erweiterungsserver</translation>
    </message>
    <message>
        <source>Schema Admins and Enterprise Admins</source>
        <translation>Schema-Admins und Organisations-Admins</translation>
    </message>
    <message>
        <source>Physical network</source>
        <translation>Physisches Netzwerk</translation>
    </message>
    <message>
        <source>DNS servers</source>
        <translation>DNS-Server</translation>
    </message>
    <message>
        <source>SMTP namespaces</source>
        <translation>SMTP-Namespaces</translation>
    </message>
    <message>
        <source>Port availability</source>
        <translation>Portverfügbarkeit</translation>
    </message>
    <message>
        <source>Perimeter network servers</source>
        <translation>Server im Umkreisnetzwerk</translation>
    </message>
    <message>
        <source>Exchange-aware products</source>
        <translation>Exchange-fähige Produkte</translation>
    </message>
    <message>
        <source>Unsupported features in use</source>
        <translation>Verwendete nicht unterstützte Funktionen</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>the whole organization</source>
        <translation>die gesamte Organisation</translation>
    </message>
    <message>
        <source>Exchange organization</source>
        <translation>Exchange-Organisation</translation>
    </message>
    <message>
        <source>Active Directory</source>
        <translation>Active Directory</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>Products and features</source>
        <translation>Produkte und Funktionen</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>typed</source>
        <translation>eingegeben</translation>
    </message>
    <message>
        <source>directory</source>
        <translation>Verzeichnis</translation>
    </message>
    <message>
        <source>LDIF import</source>
        <translation>LDIF-Import</translation>
    </message>
    <message>
        <source>CSV import</source>
        <translation>CSV-Import</translation>
    </message>
</context>
<context>
    <name>etp::InventoryText</name>
    <message>
        <source>Created: %1</source>
        <translation>Erstellt: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n)</source>
        <translation>
            <numerusform>%1 (%n)</numerusform>
            <numerusform>%1 (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Notiz: %1</translation>
    </message>
    <message>
        <source>Section notes</source>
        <translation>Abschnittsnotizen</translation>
    </message>
    <message>
        <source>Incomplete: %1</source>
        <translation>Unvollständig: %1</translation>
    </message>
    <message>
        <source>Incomplete sections</source>
        <translation>Unvollständige Abschnitte</translation>
    </message>
</context>
<context>
    <name>etp::LdifImport</name>
    <message>
        <source>No LDIF file was given.</source>
        <translation>Es wurde keine LDIF-Datei angegeben.</translation>
    </message>
</context>
<context>
    <name>etp::LdifReader</name>
    <message>
        <source>%1 starts with a UTF-16 byte-order mark but has an odd number of bytes; the file is truncated. Export it again.</source>
        <translation>%1 beginnt mit einer UTF-16-Bytereihenfolgemarkierung, hat aber eine ungerade Anzahl von Bytes; die Datei ist abgeschnitten. Exportieren Sie sie erneut.</translation>
    </message>
    <message>
        <source>%1 is not valid UTF-16 (an unpaired surrogate). Export it again.</source>
        <translation>%1 ist kein gültiges UTF-16 (ein Surrogat ohne Partner). Exportieren Sie die Datei erneut.</translation>
    </message>
    <message>
        <source>%1, line %2: the file holds binary data and is not an LDIF export. Export the directory with ldifde or ldapsearch.</source>
        <translation>%1, Zeile %2: Die Datei enthält Binärdaten und ist kein LDIF-Export. Exportieren Sie das Verzeichnis mit ldifde oder ldapsearch.</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 holds no entries.</source>
        <translation>%1 enthält keine Einträge.</translation>
    </message>
    <message>
        <source>a damaged or truncated base64 value of %1</source>
        <translation>ein beschädigter oder abgeschnittener Base64-Wert von %1</translation>
    </message>
    <message>
        <source>a line without an attribute name and colon</source>
        <translation>eine Zeile ohne Attributnamen und Doppelpunkt</translation>
    </message>
    <message>
        <source>%1, line %2: %3. The file is damaged or truncated; export the directory again.</source>
        <translation>%1, Zeile %2: %3. Die Datei ist beschädigt oder abgeschnitten; exportieren Sie das Verzeichnis erneut.</translation>
    </message>
    <message>
        <source>%1, line %2: this record is not valid LDIF (a truncated or damaged value, or a line without a colon). Export the directory again.</source>
        <translation>%1, Zeile %2: Dieser Datensatz ist kein gültiges LDIF (ein abgeschnittener oder beschädigter Wert oder eine Zeile ohne Doppelpunkt). Exportieren Sie das Verzeichnis erneut.</translation>
    </message>
    <message>
        <source>a value of %1 that is not a DN, not counted</source>
        <translation>ein Wert von %1, der kein DN ist, nicht gezählt</translation>
    </message>
    <message>
        <source>an entry number before a record</source>
        <translation>eine Eintragsnummer vor einem Datensatz</translation>
    </message>
    <message>
        <source>an include: line, not followed</source>
        <translation>eine include:-Zeile, nicht verfolgt</translation>
    </message>
    <message>
        <source>a control: line</source>
        <translation>eine control:-Zeile</translation>
    </message>
    <message>
        <source>a change record (modify, delete or rename), not an entry</source>
        <translation>ein Änderungsdatensatz (modify, delete oder rename), kein Eintrag</translation>
    </message>
</context>
<context>
    <name>etp::ObjectKinds</name>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Forest</source>
        <translation>Gesamtstruktur</translation>
    </message>
    <message>
        <source>Message delivery settings</source>
        <translation>Einstellungen für die Nachrichtenübermittlung</translation>
    </message>
    <message>
        <source>Message security settings</source>
        <translation>Einstellungen für die Nachrichtensicherheit</translation>
    </message>
    <message>
        <source>Anti-spam settings</source>
        <translation>Antispameinstellungen</translation>
    </message>
    <message>
        <source>Physical network</source>
        <translation>Physisches Netzwerk</translation>
    </message>
    <message>
        <source>Administrative group</source>
        <translation>Administrative Gruppe</translation>
    </message>
    <message>
        <source>Exchange server</source>
        <translation>Exchange-Server</translation>
    </message>
    <message>
        <source>Routing group</source>
        <translation>Routinggruppe</translation>
    </message>
    <message>
        <source>Connector</source>
        <translation>Connector</translation>
    </message>
    <message>
        <source>Storage group</source>
        <translation>Speichergruppe</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>Public folder tree</source>
        <translation>Struktur für Öffentliche Ordner</translation>
    </message>
    <message>
        <source>Recipient policy</source>
        <translation>Empfängerrichtlinie</translation>
    </message>
    <message>
        <source>Address list</source>
        <translation>Adressliste</translation>
    </message>
    <message>
        <source>Server or store policy</source>
        <translation>Server- oder Speicherrichtlinie</translation>
    </message>
    <message>
        <source>Recipient Update Service</source>
        <translation>Empfängeraktualisierungsdienst</translation>
    </message>
    <message>
        <source>Offline address book</source>
        <translation>Offlineadressbuch</translation>
    </message>
    <message>
        <source>SMTP virtual server</source>
        <translation>Virtueller SMTP-Server</translation>
    </message>
    <message>
        <source>Exchange 5.5 directory object</source>
        <translation>Exchange 5.5-Verzeichnisobjekt</translation>
    </message>
    <message>
        <source>Smart host</source>
        <translation>Smarthost</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>Delegierung</translation>
    </message>
    <message>
        <source>Exchange-aware product</source>
        <translation>Exchange-fähiges Produkt</translation>
    </message>
    <message>
        <source>Feature in use</source>
        <translation>Verwendetes Feature</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domäne</translation>
    </message>
    <message>
        <source>AD site</source>
        <translation>AD-Standort</translation>
    </message>
    <message>
        <source>Subnet</source>
        <translation>Subnetz</translation>
    </message>
    <message>
        <source>Site link</source>
        <translation>Standortverknüpfung</translation>
    </message>
    <message>
        <source>Domain controller</source>
        <translation>Domänencontroller</translation>
    </message>
    <message>
        <source>Group with an expansion server</source>
        <translation>Gruppe mit einem Erweiterungsserver</translation>
    </message>
    <message>
        <source>Member of Schema or Enterprise Admins</source>
        <translation>Mitglied der Schema-Admins oder Organisations-Admins</translation>
    </message>
    <message>
        <source>DNS server</source>
        <translation>DNS-Server</translation>
    </message>
    <message>
        <source>SMTP namespace</source>
        <translation>SMTP-Namespace</translation>
    </message>
    <message>
        <source>Port check</source>
        <translation>Portprüfung</translation>
    </message>
    <message>
        <source>Perimeter network server</source>
        <translation>Server im Umkreisnetzwerk</translation>
    </message>
</context>
<context>
    <name>etp::PlanEdits</name>
    <message>
        <source>There is no routing group with the id &quot;%1&quot;.</source>
        <translation>Es gibt keine Routinggruppe mit der ID &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>in Arbeit</translation>
    </message>
    <message>
        <source>The phase %1 is held by %2; the task is marked %3 all the same.</source>
        <translation>Die Phase %1 wird durch %2 zurückgehalten; die Aufgabe wird trotzdem als %3 markiert.</translation>
    </message>
    <message>
        <source>There is no finding &quot;%1&quot;.</source>
        <translation>Es gibt keinen Befund &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>%1 is a %2 finding, not a question: it clears when the inventory no longer shows the problem. %3</source>
        <translation>%1 ist ein Befund der Art %2, keine Frage: Er entfällt, sobald das Inventar das Problem nicht mehr aufweist. %3</translation>
    </message>
    <message>
        <source>Answer %1 with yes</source>
        <translation>%1 mit Ja beantworten</translation>
    </message>
    <message>
        <source>Answer %1 with no</source>
        <translation>%1 mit Nein beantworten</translation>
    </message>
    <message>
        <source>The plan has no task &quot;%1&quot;.</source>
        <translation>Der Plan enthält keine Aufgabe &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Update task %1</source>
        <translation>Aufgabe %1 aktualisieren</translation>
    </message>
    <message>
        <source>The routing group &quot;%1&quot; is named twice.</source>
        <translation>Die Routinggruppe &quot;%1&quot; ist doppelt angegeben.</translation>
    </message>
    <message>
        <source>Reset the routing-group order</source>
        <translation>Reihenfolge der Routinggruppen zurücksetzen</translation>
    </message>
    <message>
        <source>Set the routing-group order</source>
        <translation>Reihenfolge der Routinggruppen festlegen</translation>
    </message>
    <message>
        <source>There is no AD site with the id &quot;%1&quot;.</source>
        <translation>Es gibt keinen AD-Standort mit der ID &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The AD site &quot;%1&quot; is named twice.</source>
        <translation>Der AD-Standort &quot;%1&quot; ist doppelt angegeben.</translation>
    </message>
    <message>
        <source>Reset the target sites of %1</source>
        <translation>Zielstandorte von %1 zurücksetzen</translation>
    </message>
    <message>
        <source>Set the target sites of %1</source>
        <translation>Zielstandorte von %1 festlegen</translation>
    </message>
    <message>
        <source>Reset the routing group of the first connector</source>
        <translation>Routinggruppe des ersten Connectors zurücksetzen</translation>
    </message>
    <message>
        <source>Host the first connector in %1</source>
        <translation>Ersten Connector in %1 hosten</translation>
    </message>
    <message>
        <source>The move rate must be more than 0 GB an hour.</source>
        <translation>Die Verschiebungsrate muss größer als 0 GB pro Stunde sein.</translation>
    </message>
    <message>
        <source>At least one move must run at a time.</source>
        <translation>Es muss mindestens eine Verschiebung gleichzeitig ausgeführt werden.</translation>
    </message>
    <message>
        <source>A move night has more than 0 and at most 24 hours.</source>
        <translation>Eine Verschiebungsnacht hat mehr als 0 und höchstens 24 Stunden.</translation>
    </message>
    <message>
        <source>Set the effort settings</source>
        <translation>Aufwandseinstellungen festlegen</translation>
    </message>
</context>
<context>
    <name>etp::ProjectDocument</name>
    <message>
        <source>opened read-only for review</source>
        <translation>zur Überprüfung schreibgeschützt geöffnet</translation>
    </message>
</context>
<context>
    <name>etp::ProjectFile</name>
    <message>
        <source>it is not a file</source>
        <translation>es ist keine Datei</translation>
    </message>
    <message>
        <source>invalid page size</source>
        <translation>ungültige Seitengröße</translation>
    </message>
    <message>
        <source>%1 (process %2 on %3)</source>
        <translation>%1 (Prozess %2 auf %3)</translation>
    </message>
    <message>
        <source>the lock file %1 cannot be created</source>
        <translation>die Sperrdatei %1 kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>%1 holds an invalid value in row %2</source>
        <translation>%1 enthält in Zeile %2 einen ungültigen Wert</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>der Ordner %1 ist nicht vorhanden</translation>
    </message>
    <message>
        <source>no schema version</source>
        <translation>keine Schemaversion</translation>
    </message>
    <message>
        <source>The project file %1 does not exist. Check the name and folder, or create a new project.</source>
        <translation>Die Projektdatei %1 ist nicht vorhanden. Überprüfen Sie Namen und Ordner, oder erstellen Sie ein neues Projekt.</translation>
    </message>
    <message>
        <source>The project file %1 cannot be read (%2). Check that it is a file and that you may read it.</source>
        <translation>Die Projektdatei %1 kann nicht gelesen werden (%2). Stellen Sie sicher, dass es sich um eine Datei handelt und dass Sie sie lesen dürfen.</translation>
    </message>
    <message>
        <source>The project file %1 cannot be written. Check the permissions of the file and its folder, or open it read-only.</source>
        <translation>Die Projektdatei %1 kann nicht geschrieben werden. Überprüfen Sie die Berechtigungen der Datei und ihres Ordners, oder öffnen Sie sie schreibgeschützt.</translation>
    </message>
    <message>
        <source>%1 is not a project file of Exchange Transition Planner: it is not a SQLite database. Choose a .etplan file.</source>
        <translation>%1 ist keine Projektdatei von Exchange Transition Planner: Es ist keine SQLite-Datenbank. Wählen Sie eine .etplan-Datei aus.</translation>
    </message>
    <message>
        <source>%1 is empty, so it holds no project. Choose another file or restore it from a backup.</source>
        <translation>%1 ist leer und enthält daher kein Projekt. Wählen Sie eine andere Datei aus, oder stellen Sie sie aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>The project file %1 is damaged (%2). Restore it from a backup.</source>
        <translation>Die Projektdatei %1 ist beschädigt (%2). Stellen Sie sie aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>The project file %1 is truncated: it should hold %2 bytes but holds only %3. It was probably copied incompletely; copy it again or restore it from a backup.</source>
        <translation>Die Projektdatei %1 ist abgeschnitten: Sie sollte %2 Bytes enthalten, enthält aber nur %3. Sie wurde vermutlich unvollständig kopiert; kopieren Sie sie erneut, oder stellen Sie sie aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>%1 is a SQLite database of another program, not a project file of Exchange Transition Planner. Choose a .etplan file.</source>
        <translation>%1 ist eine SQLite-Datenbank eines anderen Programms, keine Projektdatei von Exchange Transition Planner. Wählen Sie eine .etplan-Datei aus.</translation>
    </message>
    <message>
        <source>The project file %1 was saved by a newer version of Exchange Transition Planner (file format %2; this version reads up to %3). Open it with the newer version.</source>
        <translation>Die Projektdatei %1 wurde mit einer neueren Version von Exchange Transition Planner gespeichert (Dateiformat %2; diese Version liest Formate bis %3). Öffnen Sie sie mit der neueren Version.</translation>
    </message>
    <message>
        <source>another program</source>
        <translation>ein anderes Programm</translation>
    </message>
    <message>
        <source>The project file %1 is open for editing by %2. Close it there first, or open it read-only.</source>
        <translation>Die Projektdatei %1 ist von %2 zur Bearbeitung geöffnet. Schließen Sie sie dort zuerst, oder öffnen Sie sie schreibgeschützt.</translation>
    </message>
    <message>
        <source>The project file %1 was being saved when a program stopped, and its last saved state has not been restored yet. Open it for editing once (not read-only) to restore it.</source>
        <translation>Die Projektdatei %1 wurde gerade gespeichert, als ein Programm beendet wurde, und ihr zuletzt gespeicherter Zustand ist noch nicht wiederhergestellt. Öffnen Sie sie einmal zur Bearbeitung (nicht schreibgeschützt), um ihn wiederherzustellen.</translation>
    </message>
    <message>
        <source>The project file %1 is being saved by another program. Try again in a moment.</source>
        <translation>Die Projektdatei %1 wird gerade von einem anderen Programm gespeichert. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The project file %1 could not be updated to file format %2 (%3). The file was left as it was.</source>
        <translation>Die Projektdatei %1 konnte nicht auf das Dateiformat %2 aktualisiert werden (%3). Die Datei wurde unverändert gelassen.</translation>
    </message>
    <message>
        <source>The project could not be saved to %1 (%2). The file holds its last saved state; check the free space and permissions and save again.</source>
        <translation>Das Projekt konnte nicht in %1 gespeichert werden (%2). Die Datei enthält ihren zuletzt gespeicherten Zustand; überprüfen Sie den freien Speicherplatz und die Berechtigungen, und speichern Sie erneut.</translation>
    </message>
    <message>
        <source>The project %1 is open read-only (%2). Use Save As to save it under another name.</source>
        <translation>Das Projekt %1 ist schreibgeschützt geöffnet (%2). Verwenden Sie „Speichern unter“, um es unter einem anderen Namen zu speichern.</translation>
    </message>
    <message>
        <source>The project has no file yet. Use Save As to choose one.</source>
        <translation>Das Projekt hat noch keine Datei. Verwenden Sie „Speichern unter“, um eine auszuwählen.</translation>
    </message>
    <message>
        <source>The project file %1 was deleted or moved by someone else since it was opened. Save it again there, or use Save As to choose another name.</source>
        <translation>Die Projektdatei %1 wurde seit dem Öffnen von jemand anderem gelöscht oder verschoben. Speichern Sie sie dort erneut oder wählen Sie mit „Speichern unter“ einen anderen Namen.</translation>
    </message>
    <message>
        <source>The project file %1 was changed or replaced by someone else since it was opened. Saving now overwrites their changes; use Save As to keep both.</source>
        <translation>Die Projektdatei %1 wurde seit dem Öffnen von jemand anderem geändert oder ersetzt. Speichern überschreibt jetzt deren Änderungen; mit „Speichern unter“ bleiben beide erhalten.</translation>
    </message>
</context>
<context>
    <name>etp::app::AddCommand</name>
    <message>
        <source>Usage: exchange-transition-planner add PROJECT.etplan KIND [FIELD=VALUE ...]</source>
        <translation>Verwendung: exchange-transition-planner add PROJECT.etplan KIND [FIELD=VALUE ...]</translation>
    </message>
    <message>
        <source>Adds an object a person knows about and the directory does not show (a server&apos;s hardware is set with `set`), with the fields given, checked as `set` checks them, and prints its new id. A name (or a subnet&apos;s prefix, a namespace&apos;s domain) is required.</source>
        <translation>Fügt ein Objekt hinzu, das jemand kennt, das aber nicht im Verzeichnis erscheint (die Hardware eines Servers wird mit `set` festgelegt), mit den angegebenen Feldern, die wie bei `set` geprüft werden, und gibt seine neue ID aus. Ein Name (bzw. das Präfix eines Subnetzes oder die Domäne eines Namespace) ist erforderlich.</translation>
    </message>
    <message>
        <source>Kinds: %1</source>
        <translation>Arten: %1</translation>
    </message>
    <message>
        <source>Example:</source>
        <translation>Beispiel:</translation>
    </message>
    <message>
        <source>add: name the project file and a kind of object.</source>
        <translation>add: Geben Sie die Projektdatei und eine Objektart an.</translation>
    </message>
    <message>
        <source>add: &quot;%1&quot; is not FIELD=VALUE.</source>
        <translation>add: &quot;%1&quot; hat nicht die Form FIELD=VALUE.</translation>
    </message>
    <message>
        <source>add P KIND [FIELD=VALUE ...]     add an object to the inventory</source>
        <translation>add P KIND [FIELD=VALUE ...]     Objekt zum Inventar hinzufügen</translation>
    </message>
    <message>
        <source>Usage: exchange-transition-planner remove PROJECT.etplan OBJECT-ID [--drop-references]</source>
        <translation>Verwendung: exchange-transition-planner remove PROJECT.etplan OBJECT-ID [--drop-references]</translation>
    </message>
    <message>
        <source>Removes an object from the inventory. When other objects name it (a store its storage group, a server its routing group), the removal is refused and they are listed, unless --drop-references is given: then those references are cleared as well. A discovered object removed by hand stays removed when the directory is read again, and the import lists it.</source>
        <translation>Entfernt ein Objekt aus dem Inventar. Wenn andere Objekte darauf verweisen (ein Speicher auf seine Speichergruppe, ein Server auf seine Routinggruppe), wird das Entfernen abgelehnt und diese Objekte werden aufgelistet, sofern nicht --drop-references angegeben ist: Dann werden auch diese Verweise entfernt. Ein ermitteltes Objekt, das manuell entfernt wurde, bleibt entfernt, wenn das Verzeichnis erneut gelesen wird, und der Import führt es auf.</translation>
    </message>
    <message>
        <source>Clear the references of the objects that name it.</source>
        <translation>Verweise der Objekte entfernen, die darauf verweisen.</translation>
    </message>
    <message>
        <source>remove: unknown option &quot;%1&quot;.</source>
        <translation>remove: Unbekannte Option &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>remove: name the project file and one object id.</source>
        <translation>remove: Geben Sie die Projektdatei und eine Objekt-ID an.</translation>
    </message>
    <message>
        <source>remove: %1 has no object with the id &quot;%2&quot;.</source>
        <translation>remove: %1 enthält kein Objekt mit der ID &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>remove P OBJECT-ID [--drop-references]  remove an object</source>
        <translation>remove P OBJECT-ID [--drop-references]  Objekt entfernen</translation>
    </message>
</context>
<context>
    <name>etp::app::AnswerCommand</name>
    <message>
        <source>Usage: exchange-transition-planner answer PROJECT.etplan FINDING-ID yes|no [--by NAME] [--note TEXT]</source>
        <translation>Aufruf: exchange-transition-planner answer PROJECT.etplan FINDING-ID yes|no [--by NAME] [--note TEXT]</translation>
    </message>
    <message>
        <source>Records the answer to a finding the directory cannot settle (severity manual), with who answered, when (now) and a note, and saves it in the project. &quot;yes&quot; clears what the finding holds; &quot;no&quot; keeps it holding. FINDING-ID is the id `plan` prints, e.g. AD-PREP-RIGHTS:forest. Answering again replaces the earlier answer.</source>
        <translation>Erfasst die Antwort auf einen Befund, den das Verzeichnis nicht klären kann (Schweregrad Manuell), mit der Person, die geantwortet hat, dem Zeitpunkt (jetzt) und einer Notiz, und speichert sie im Projekt. „yes“ gibt die Phasen frei, die der Befund aufhält; bei „no“ hält er sie weiterhin auf. FINDING-ID ist die ID, die `plan` ausgibt, z. B. AD-PREP-RIGHTS:forest. Eine erneute Antwort ersetzt die frühere.</translation>
    </message>
    <message>
        <source>Who answers (default: the login name).</source>
        <translation>Wer antwortet (Standard: der Anmeldename).</translation>
    </message>
    <message>
        <source>Why, or what was checked.</source>
        <translation>Begründung oder was geprüft wurde.</translation>
    </message>
    <message>
        <source>answer: %1 needs a value.</source>
        <translation>answer: %1 benötigt einen Wert.</translation>
    </message>
    <message>
        <source>answer: unknown option &quot;%1&quot;.</source>
        <translation>answer: Unbekannte Option „%1“.</translation>
    </message>
    <message>
        <source>answer: name the project file, one finding id and yes or no.</source>
        <translation>answer: Geben Sie die Projektdatei, eine Befund-ID und yes oder no an.</translation>
    </message>
    <message>
        <source>answer: the answer must be yes or no, not &quot;%1&quot;.</source>
        <translation>answer: Die Antwort muss yes oder no lauten, nicht „%1“.</translation>
    </message>
    <message>
        <source>answer: %1 has no finding &quot;%2&quot;. Run `exchange-transition-planner plan %1` to list the findings and their ids.</source>
        <translation>answer: %1 enthält keinen Befund „%2“. Führen Sie `exchange-transition-planner plan %1` aus, um die Befunde und ihre IDs aufzulisten.</translation>
    </message>
    <message numerus="yes">
        <source>%1: answered yes by %2; it no longer holds its %n phase(s).</source>
        <translation>
            <numerusform>%1: von %2 mit Ja beantwortet; der Befund hält seine %n Phase nicht mehr auf.</numerusform>
            <numerusform>%1: von %2 mit Ja beantwortet; der Befund hält seine %n Phasen nicht mehr auf.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: answered no by %2; it still holds %n phase(s).</source>
        <translation>
            <numerusform>%1: von %2 mit Nein beantwortet; der Befund hält weiterhin %n Phase auf.</numerusform>
            <numerusform>%1: von %2 mit Nein beantwortet; der Befund hält weiterhin %n Phasen auf.</numerusform>
        </translation>
    </message>
    <message>
        <source>answer P FINDING-ID yes|no [--by NAME] [--note TEXT]  answer a manual rule</source>
        <translation>answer P FINDING-ID yes|no [--by NAME] [--note TEXT]  manuelle Regel beantworten</translation>
    </message>
</context>
<context>
    <name>etp::app::DiscoverCommand</name>
    <message>
        <source>Usage: exchange-transition-planner discover --uri URI [--gc-uri URI] [--starttls] [--ca-file F] [--allow-unencrypted] --bind-dn DN --password-file F|- [--dns-server ADDR | --no-resolve] [--connect-timeout MS] [--timeout MS] --out P</source>
        <translation>Aufruf: exchange-transition-planner discover --uri URI [--gc-uri URI] [--starttls] [--ca-file F] [--allow-unencrypted] --bind-dn DN --password-file F|- [--dns-server ADDR | --no-resolve] [--connect-timeout MS] [--timeout MS] --out P</translation>
    </message>
    <message>
        <source>Reads the Exchange organization, sites and domains from Active Directory over LDAP: the configuration partition from the domain controller at URI, forest-wide domain data (groups with expansion servers, computers, other domains) from the global catalog. Creates P, or merges into it (what a person typed is kept). The password is read from a file or standard input and never stored.</source>
        <translation>Liest die Exchange-Organisation, die Standorte und die Domänen über LDAP aus Active Directory: die Konfigurationspartition vom Domänencontroller unter URI, gesamtstrukturweite Domänendaten (Gruppen mit Erweiterungsservern, Computer, weitere Domänen) aus dem globalen Katalog. Erstellt P oder führt die Daten damit zusammen (von Hand eingegebene Werte bleiben erhalten). Das Kennwort wird aus einer Datei oder der Standardeingabe gelesen und nie gespeichert.</translation>
    </message>
    <message>
        <source>ldap://HOST[:PORT] or ldaps://HOST[:PORT] of a domain controller</source>
        <translation>ldap://HOST[:PORT] oder ldaps://HOST[:PORT] eines Domänencontrollers</translation>
    </message>
    <message>
        <source>the global catalog (default: the same host, port 3268, or 3269 for ldaps://)</source>
        <translation>der globale Katalog (Standard: derselbe Host, Port 3268 bzw. 3269 bei ldaps://)</translation>
    </message>
    <message>
        <source>encrypt ldap:// with StartTLS</source>
        <translation>ldap:// mit StartTLS verschlüsseln</translation>
    </message>
    <message>
        <source>PEM file of the authority that signed the server certificate (default: the system store)</source>
        <translation>PEM-Datei der Zertifizierungsstelle, die das Serverzertifikat signiert hat (Standard: der Zertifikatspeicher des Systems)</translation>
    </message>
    <message>
        <source>allow plain ldap:// without StartTLS (the password is sent in clear)</source>
        <translation>unverschlüsseltes ldap:// ohne StartTLS zulassen (das Kennwort wird als Klartext gesendet)</translation>
    </message>
    <message>
        <source>the account: a DN or user@domain (omit for an anonymous search)</source>
        <translation>das Konto: ein DN oder Benutzer@Domäne (für eine anonyme Suche weglassen)</translation>
    </message>
    <message>
        <source>read the password from file F, or from standard input with -</source>
        <translation>Kennwort aus der Datei F lesen, oder mit - aus der Standardeingabe</translation>
    </message>
    <message>
        <source>resolve server names with this DNS server</source>
        <translation>Servernamen mit diesem DNS-Server auflösen</translation>
    </message>
    <message>
        <source>do not resolve server names</source>
        <translation>Servernamen nicht auflösen</translation>
    </message>
    <message>
        <source>time-out for connecting and the TLS handshake (default 10000)</source>
        <translation>Zeitüberschreitung für den Verbindungsaufbau und den TLS-Handshake (Standard: 10000)</translation>
    </message>
    <message>
        <source>longest wait for any one answer of the server (default 60000)</source>
        <translation>maximale Wartezeit auf eine einzelne Antwort des Servers (Standard: 60000)</translation>
    </message>
    <message>
        <source>the project file to create or merge into</source>
        <translation>die Projektdatei, die erstellt oder mit der zusammengeführt wird</translation>
    </message>
    <message>
        <source>Cannot read the password file %1: %2</source>
        <translation>Die Kennwortdatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>discover: %1 needs a value.</source>
        <translation>discover: %1 benötigt einen Wert.</translation>
    </message>
    <message>
        <source>discover: unexpected argument &quot;%1&quot;.</source>
        <translation>discover: Unerwartetes Argument „%1“.</translation>
    </message>
    <message>
        <source>discover: %1 needs a number of milliseconds, not &quot;%2&quot;.</source>
        <translation>discover: %1 benötigt eine Anzahl von Millisekunden, nicht „%2“.</translation>
    </message>
    <message>
        <source>discover: say which domain controller to read with --uri.</source>
        <translation>discover: Geben Sie mit --uri an, welcher Domänencontroller gelesen werden soll.</translation>
    </message>
    <message>
        <source>discover: say where to write the project with --out P.</source>
        <translation>discover: Geben Sie mit --out P an, wohin das Projekt geschrieben werden soll.</translation>
    </message>
    <message>
        <source>discover: give the password of %1 with --password-file F (or - for standard input).</source>
        <translation>discover: Geben Sie das Kennwort von %1 mit --password-file F an (oder - für die Standardeingabe).</translation>
    </message>
    <message>
        <source>discover: --dns-server and --no-resolve exclude each other.</source>
        <translation>discover: --dns-server und --no-resolve schließen sich gegenseitig aus.</translation>
    </message>
    <message>
        <source>discover: %1 is not an IP address of a DNS server.</source>
        <translation>discover: %1 ist keine IP-Adresse eines DNS-Servers.</translation>
    </message>
    <message>
        <source>  %1 entries read</source>
        <translation>  %1 Einträge gelesen</translation>
    </message>
    <message>
        <source>%1 was left as it was.</source>
        <translation>%1 wurde unverändert gelassen.</translation>
    </message>
    <message>
        <source>No project was written.</source>
        <translation>Es wurde kein Projekt geschrieben.</translation>
    </message>
    <message>
        <source>The global catalog %1 could not be read; discovery went on without it.</source>
        <translation>Der globale Katalog %1 konnte nicht gelesen werden; die Ermittlung wurde ohne ihn fortgesetzt.</translation>
    </message>
    <message>
        <source>Incomplete sections: %1</source>
        <translation>Unvollständige Abschnitte: %1</translation>
    </message>
    <message>
        <source>Skipped a value of %1 (%2): %3</source>
        <translation>Ein Wert von %1 (%2) wurde übersprungen: %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Read %1 entries from %2; %3 objects added, %4 changed, %5 removed; saved %6.</source>
        <translation>%1 Einträge von %2 gelesen; %3 Objekte hinzugefügt, %4 geändert, %5 entfernt; %6 gespeichert.</translation>
    </message>
    <message>
        <source>discover --uri URI ... --out P  read the organization live from Active Directory over LDAP</source>
        <translation>discover --uri URI ... --out P  Organisation live über LDAP aus Active Directory lesen</translation>
    </message>
</context>
<context>
    <name>etp::app::EditSupport</name>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>Nothing to change: %1</source>
        <translation>Keine Änderung erforderlich: %1</translation>
    </message>
</context>
<context>
    <name>etp::app::EffortCommand</name>
    <message>
        <source>Usage: exchange-transition-planner effort PROJECT.etplan [--move-rate GB] [--concurrent-moves N] [--hours-per-night H]</source>
        <translation>Verwendung: exchange-transition-planner effort PROJECT.etplan [--move-rate GB] [--concurrent-moves N] [--hours-per-night H]</translation>
    </message>
    <message>
        <source>Saves the settings of the mailbox-move estimate; without options, prints them.</source>
        <translation>Speichert die Einstellungen für die Schätzung der Postfachverschiebungen; ohne Optionen werden sie ausgegeben.</translation>
    </message>
    <message>
        <source>GB an hour per move (default 2).</source>
        <translation>GB pro Stunde und Verschiebung (Standard: 2).</translation>
    </message>
    <message>
        <source>Moves at a time (default 4).</source>
        <translation>Gleichzeitige Verschiebungen (Standard: 4).</translation>
    </message>
    <message>
        <source>Hours of a move night (default 8).</source>
        <translation>Stunden pro Verschiebungsnacht (Standard: 8).</translation>
    </message>
    <message>
        <source>move rate: %1 GB/h, concurrent moves: %2, hours per night: %3</source>
        <translation>Verschiebungsrate: %1 GB/h, gleichzeitige Verschiebungen: %2, Stunden pro Nacht: %3</translation>
    </message>
    <message>
        <source>effort: %1 needs a number.</source>
        <translation>effort: %1 erfordert eine Zahl.</translation>
    </message>
    <message>
        <source>effort: unknown option &quot;%1&quot;.</source>
        <translation>effort: Unbekannte Option &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>effort: name one project file.</source>
        <translation>effort: Geben Sie eine Projektdatei an.</translation>
    </message>
    <message>
        <source>effort: --concurrent-moves needs a whole number.</source>
        <translation>effort: --concurrent-moves erfordert eine ganze Zahl.</translation>
    </message>
    <message>
        <source>effort P [--move-rate GB ...]    set the mailbox-move effort settings</source>
        <translation>effort P [--move-rate GB ...]    Einstellungen für den Aufwand der Postfachverschiebungen festlegen</translation>
    </message>
</context>
<context>
    <name>etp::app::ExportCommand</name>
    <message>
        <source>Usage: exchange-transition-planner export PROJECT.etplan --format pdf|html|csv|md --out FILE [--document plan|inventory] [--routing-group NAME|ID | --site NAME|ID] [--open-only] [--paper a4|letter] [--bom]</source>
        <translation>Aufruf: exchange-transition-planner export PROJEKT.etplan --format pdf|html|csv|md --out DATEI [--document plan|inventory] [--routing-group NAME|ID | --site NAME|ID] [--open-only] [--paper a4|letter] [--bom]</translation>
    </message>
    <message>
        <source>Writes a printable document of the project: the transition checklist (blockers and open questions first, then the phases with their tasks, checkboxes and a sign-off line each, the legacy servers to keep and the effort), or the inventory report (the Tables 1, 2 and 3 of Microsoft&apos;s Exchange 2007 transition guidance, filled from the project with the source of each value). Needs no display; the project file is only read.</source>
        <translation>Schreibt ein druckbares Dokument des Projekts: die Checkliste für die Umstellung (zuerst Blocker und offene Fragen, dann die Phasen mit ihren Aufgaben, Kontrollkästchen und je einer Abnahmezeile, die beizubehaltenden Altserver und der Aufwand) oder den Inventarbericht (die Tabellen 1, 2 und 3 aus Microsofts Leitfaden für die Umstellung auf Exchange 2007, aus dem Projekt ausgefüllt, mit der Quelle jedes Werts). Braucht keine Anzeige; die Projektdatei wird nur gelesen.</translation>
    </message>
    <message>
        <source>PDF with a title page, contents and page numbers; standalone HTML; CSV with one row per task (checklist only); Markdown with task boxes.</source>
        <translation>PDF mit Titelseite, Inhaltsverzeichnis und Seitenzahlen; eigenständiges HTML; CSV mit einer Zeile je Aufgabe (nur Checkliste); Markdown mit Aufgabenkästchen.</translation>
    </message>
    <message>
        <source>The file to write; an earlier one is replaced.</source>
        <translation>Die zu schreibende Datei; eine vorhandene wird ersetzt.</translation>
    </message>
    <message>
        <source>The checklist of the plan (the default) or the inventory report.</source>
        <translation>Die Checkliste des Plans (Standard) oder der Inventarbericht.</translation>
    </message>
    <message>
        <source>Only the phases of one routing group (by its name, or by its id where names repeat).</source>
        <translation>Nur die Phasen einer Routinggruppe (nach Name oder, wo Namen doppelt vorkommen, nach ID).</translation>
    </message>
    <message>
        <source>Only the phases of one AD site and of the routing groups that move into it.</source>
        <translation>Nur die Phasen eines AD-Standorts und der Routinggruppen, die in ihn umziehen.</translation>
    </message>
    <message>
        <source>Only tasks not started or in progress.</source>
        <translation>Nur nicht begonnene oder laufende Aufgaben.</translation>
    </message>
    <message>
        <source>Paper size of the PDF (default A4).</source>
        <translation>Papierformat des PDF (Standard A4).</translation>
    </message>
    <message>
        <source>Start the CSV with a byte-order mark, so Excel reads it as UTF-8.</source>
        <translation>Die CSV-Datei mit einer Bytereihenfolge-Markierung beginnen, damit Excel sie als UTF-8 liest.</translation>
    </message>
    <message>
        <source>export: unknown option &quot;%1&quot;.</source>
        <translation>export: unbekannte Option „%1“.</translation>
    </message>
    <message>
        <source>export: %1 needs a value.</source>
        <translation>export: %1 braucht einen Wert.</translation>
    </message>
    <message>
        <source>export: name one project file.</source>
        <translation>export: Geben Sie genau eine Projektdatei an.</translation>
    </message>
    <message>
        <source>export: --format is required (pdf, html, csv or md).</source>
        <translation>export: --format ist erforderlich (pdf, html, csv oder md).</translation>
    </message>
    <message>
        <source>export: --out FILE is required.</source>
        <translation>export: --out DATEI ist erforderlich.</translation>
    </message>
    <message>
        <source>export: unknown format &quot;%1&quot;; use pdf, html, csv or md.</source>
        <translation>export: unbekanntes Format „%1“; verwenden Sie pdf, html, csv oder md.</translation>
    </message>
    <message>
        <source>export: unknown document &quot;%1&quot;; use plan or inventory.</source>
        <translation>export: unbekanntes Dokument „%1“; verwenden Sie plan oder inventory.</translation>
    </message>
    <message>
        <source>export: unknown paper &quot;%1&quot;; use a4 or letter.</source>
        <translation>export: unbekanntes Papierformat „%1“; verwenden Sie a4 oder letter.</translation>
    </message>
    <message>
        <source>export: name either --routing-group or --site, not both.</source>
        <translation>export: Geben Sie entweder --routing-group oder --site an, nicht beides.</translation>
    </message>
    <message>
        <source>export: the inventory report covers the whole organization; --routing-group, --site and --open-only belong to the plan.</source>
        <translation>export: Der Inventarbericht umfasst die ganze Organisation; --routing-group, --site und --open-only gelten nur für den Plan.</translation>
    </message>
    <message>
        <source>export: CSV holds one row per task, so it writes the plan only; write the inventory report as pdf, html or md.</source>
        <translation>export: CSV enthält eine Zeile je Aufgabe und schreibt daher nur den Plan; schreiben Sie den Inventarbericht als pdf, html oder md.</translation>
    </message>
    <message>
        <source>export: %1</source>
        <translation>export: %1</translation>
    </message>
    <message>
        <source>export: PDF needs the graphics library, which could not start.</source>
        <translation>export: PDF braucht die Grafikbibliothek, die nicht starten konnte.</translation>
    </message>
    <message>
        <source>export P --format pdf|html|csv|md --out FILE   printable checklist or inventory report</source>
        <translation>export P --format pdf|html|csv|md --out DATEI   druckbare Checkliste oder Inventarbericht</translation>
    </message>
</context>
<context>
    <name>etp::app::FirstConnectorCommand</name>
    <message>
        <source>Usage: exchange-transition-planner first-connector PROJECT.etplan RG-ID|default</source>
        <translation>Verwendung: exchange-transition-planner first-connector PROJECT.etplan RG-ID|default</translation>
    </message>
    <message>
        <source>Saves the legacy routing group whose bridgehead the first Hub Transport server&apos;s setup names, so that it hosts the first routing group connector to Exchange 2007. &quot;default&quot; forgets the choice.</source>
        <translation>Speichert die ältere Routinggruppe, deren Bridgeheadserver beim Setup des ersten Hub-Transport-Servers angegeben wird, sodass sie den ersten Routinggruppenconnector zu Exchange 2007 hostet. &quot;default&quot; verwirft die Auswahl.</translation>
    </message>
    <message>
        <source>first-connector: name the project file and one routing group id, or &quot;default&quot;.</source>
        <translation>first-connector: Geben Sie die Projektdatei und eine Routinggruppen-ID oder &quot;default&quot; an.</translation>
    </message>
    <message>
        <source>first-connector P RG-ID|default  choose the routing group of the first connector</source>
        <translation>first-connector P RG-ID|default  Routinggruppe des ersten Connectors auswählen</translation>
    </message>
</context>
<context>
    <name>etp::app::Gui</name>
    <message>
        <source>Exchange Transition Planner</source>
        <translation>Exchange Transition Planner</translation>
    </message>
    <message>
        <source>There is no display to open the window on (neither DISPLAY nor WAYLAND_DISPLAY is set). Run it in a desktop session, or use a command such as &quot;show&quot; that needs no window; &quot;--help&quot; lists them.</source>
        <translation>Es gibt keine Anzeige, auf der das Fenster geöffnet werden kann (weder DISPLAY noch WAYLAND_DISPLAY ist gesetzt). Starten Sie das Programm in einer Desktopsitzung, oder verwenden Sie einen Befehl wie „show“, der kein Fenster benötigt; „--help“ listet die Befehle auf.</translation>
    </message>
</context>
<context>
    <name>etp::app::ImportLdifCommand</name>
    <message>
        <source>Usage: exchange-transition-planner import-ldif FILE.ldf... [--dns-server ADDR | --no-resolve] --out PROJECT.etplan</source>
        <translation>Aufruf: exchange-transition-planner import-ldif FILE.ldf... [--dns-server ADDR | --no-resolve] --out PROJECT.etplan</translation>
    </message>
    <message>
        <source>Imports an export of Active Directory into a project: the Exchange organization, sites, subnets, site links, domain controllers, domains and functional levels, expansion servers and the members of Schema Admins and Enterprise Admins. When the project exists, the import is merged into it: objects are matched by objectGUID, then distinguished name, then type and name; values a person typed are kept. Each server&apos;s name is then resolved to its addresses, so that it can be placed in its AD site.</source>
        <translation>Importiert einen Export von Active Directory in ein Projekt: die Exchange-Organisation, Standorte, Subnetze, Standortverknüpfungen, Domänencontroller, Domänen und Funktionsebenen, Erweiterungsserver sowie die Mitglieder von Schema-Admins und Organisations-Admins. Ist das Projekt bereits vorhanden, wird der Import damit zusammengeführt: Objekte werden über objectGUID zugeordnet, dann über den definierten Namen, dann über Typ und Name; von Hand eingegebene Werte bleiben erhalten. Anschließend wird der Name jedes Servers in seine Adressen aufgelöst, damit er seinem AD-Standort zugeordnet werden kann.</translation>
    </message>
    <message>
        <source>The project file to create or update.</source>
        <translation>Die Projektdatei, die erstellt oder aktualisiert wird.</translation>
    </message>
    <message>
        <source>Ask this DNS server (port 53) instead of the system resolver.</source>
        <translation>Diesen DNS-Server (Port 53) statt des Systemresolvers abfragen.</translation>
    </message>
    <message>
        <source>Do not resolve server names; addresses stay as they are.</source>
        <translation>Servernamen nicht auflösen; Adressen bleiben unverändert.</translation>
    </message>
    <message>
        <source>Run these on a domain controller of the forest (as a member of Domain Admins), replacing DC=contoso,DC=com with the forest root domain, and copy the files to this computer. Add -u to write UTF-16; both encodings are read.</source>
        <translation>Führen Sie diese Befehle auf einem Domänencontroller der Gesamtstruktur aus (als Mitglied der Domänen-Admins), ersetzen Sie dabei DC=contoso,DC=com durch die Stammdomäne der Gesamtstruktur, und kopieren Sie die Dateien auf diesen Computer. Mit -u wird UTF-16 geschrieben; beide Codierungen werden gelesen.</translation>
    </message>
    <message>
        <source>Repeat the last command for each other domain of the forest (its own DN and file name). Then:</source>
        <translation>Wiederholen Sie den letzten Befehl für jede weitere Domäne der Gesamtstruktur (mit deren DN und Dateinamen). Dann:</translation>
    </message>
    <message>
        <source>ldapsearch output (ldapsearch -LLL -o ldif-wrap=no ... &apos;*&apos;) is read the same way.</source>
        <translation>Die Ausgabe von ldapsearch (ldapsearch -LLL -o ldif-wrap=no ... &apos;*&apos;) wird auf dieselbe Weise gelesen.</translation>
    </message>
    <message>
        <source>import-ldif: %1 needs a value.</source>
        <translation>import-ldif: %1 benötigt einen Wert.</translation>
    </message>
    <message>
        <source>import-ldif: unknown option &quot;%1&quot;.</source>
        <translation>import-ldif: Unbekannte Option „%1“.</translation>
    </message>
    <message>
        <source>import-ldif: name at least one LDIF file.</source>
        <translation>import-ldif: Geben Sie mindestens eine LDIF-Datei an.</translation>
    </message>
    <message>
        <source>import-ldif: name the project file with --out.</source>
        <translation>import-ldif: Geben Sie die Projektdatei mit --out an.</translation>
    </message>
    <message>
        <source>import-ldif: --dns-server and --no-resolve exclude each other.</source>
        <translation>import-ldif: --dns-server und --no-resolve schließen sich gegenseitig aus.</translation>
    </message>
    <message>
        <source>import-ldif: &quot;%1&quot; is not an IP address; --dns-server takes the address of a DNS server.</source>
        <translation>import-ldif: „%1“ ist keine IP-Adresse; --dns-server erwartet die Adresse eines DNS-Servers.</translation>
    </message>
    <message>
        <source>Merged %1 entries from %2 files into %3.</source>
        <translation>%1 Einträge aus %2 Dateien in %3 zusammengeführt.</translation>
    </message>
    <message>
        <source>Created %3 from %1 entries in %2 files.</source>
        <translation>%3 aus %1 Einträgen in %2 Dateien erstellt.</translation>
    </message>
    <message>
        <source>%1 added, %2 changed, %3 removed</source>
        <translation>%1 hinzugefügt, %2 geändert, %3 entfernt</translation>
    </message>
    <message>
        <source>%1 typed values differ from the directory and were kept.</source>
        <translation>%1 eingegebene Werte weichen vom Verzeichnis ab und wurden beibehalten.</translation>
    </message>
    <message>
        <source>Address of %1 not found: %2. Its address stays empty; type it in the project if you know it.</source>
        <translation>Die Adresse von %1 wurde nicht gefunden: %2. Die Adresse bleibt leer; tragen Sie sie im Projekt ein, wenn Sie sie kennen.</translation>
    </message>
    <message>
        <source>%1 of %2 names resolved; %3 Exchange servers placed in an AD site.</source>
        <translation>%1 von %2 Namen aufgelöst; %3 Exchange-Server einem AD-Standort zugeordnet.</translation>
    </message>
    <message>
        <source>Warning: %1 (%2): %3</source>
        <translation>Warnung: %1 (%2): %3</translation>
    </message>
    <message>
        <source>import-ldif FILE.ldf... [--dns-server ADDR | --no-resolve] --out P     import an LDIF export</source>
        <translation>import-ldif FILE.ldf... [--dns-server ADDR | --no-resolve] --out P     LDIF-Export importieren</translation>
    </message>
    <message numerus="yes">
        <source>%n lines or records were skipped:</source>
        <translation>
            <numerusform>%n Zeile oder Datensatz wurde übersprungen:</numerusform>
            <numerusform>%n Zeilen oder Datensätze wurden übersprungen:</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, Zeile %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>(and %n more)</source>
        <translation>
            <numerusform>(und %n weitere)</numerusform>
            <numerusform>(und %n weitere)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>etp::app::Main</name>
    <message>
        <source>Usage: %1 [PROJECT.etplan | --demo | COMMAND ...]; run &quot;%1 --help&quot; for the commands.</source>
        <translation>Aufruf: %1 [PROJECT.etplan | --demo | COMMAND ...]; „%1 --help“ zeigt die Befehle.</translation>
    </message>
    <message>
        <source>Exchange Transition Planner %1 plans the transition of an Exchange Server 2003/2000 organization to Exchange Server 2007.</source>
        <translation>Exchange Transition Planner %1 plant die Umstellung einer Exchange Server 2003/2000-Organisation auf Exchange Server 2007.</translation>
    </message>
    <message>
        <source>Usage:</source>
        <translation>Aufruf:</translation>
    </message>
    <message>
        <source> [PROJECT.etplan]</source>
        <translation> [PROJECT.etplan]</translation>
    </message>
    <message>
        <source>Open the window on a project file.</source>
        <translation>Das Fenster mit einer Projektdatei öffnen.</translation>
    </message>
    <message>
        <source>Open the window on the bundled sample organization.</source>
        <translation>Das Fenster mit der mitgelieferten Beispielorganisation öffnen.</translation>
    </message>
    <message>
        <source> COMMAND [OPTIONS]</source>
        <translation> COMMAND [OPTIONS]</translation>
    </message>
    <message>
        <source>Run a command without a window.</source>
        <translation>Einen Befehl ohne Fenster ausführen.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Optionen:</translation>
    </message>
    <message>
        <source>Use this language instead of the system&apos;s.</source>
        <translation>Diese Sprache statt der Systemsprache verwenden.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Die Version anzeigen.</translation>
    </message>
    <message>
        <source>Run &quot;%1 COMMAND --help&quot; for the options of a command.</source>
        <translation>„%1 COMMAND --help“ zeigt die Optionen eines Befehls.</translation>
    </message>
    <message>
        <source>Exit status: 0 success, 1 failure (the reason is written to standard error), 2 bad usage.</source>
        <translation>Exitstatus: 0 Erfolg, 1 Fehler (der Grund wird in die Standardfehlerausgabe geschrieben), 2 falscher Aufruf.</translation>
    </message>
    <message>
        <source>The option --lang needs a language, e.g. --lang de.</source>
        <translation>Die Option --lang benötigt eine Sprache, z. B. --lang de.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a command, and the window opens one project file at a time.</source>
        <translation>„%1“ ist kein Befehl, und das Fenster öffnet jeweils nur eine Projektdatei.</translation>
    </message>
    <message>
        <source>Unknown command or option &quot;%1&quot;.</source>
        <translation>Unbekannter Befehl oder unbekannte Option „%1“.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a command nor a project file.</source>
        <translation>„%1“ ist weder ein Befehl noch eine Projektdatei.</translation>
    </message>
    <message>
        <source> --read-only PROJECT.etplan</source>
        <translation> --read-only PROJECT.etplan</translation>
    </message>
    <message>
        <source>Open the window on a project file for review: everything is shown, nothing can be changed, the file stays as it is.</source>
        <translation>Das Fenster mit einer Projektdatei zur Überprüfung öffnen: Alles wird angezeigt, nichts kann geändert werden, die Datei bleibt unverändert.</translation>
    </message>
</context>
<context>
    <name>etp::app::OrderCommand</name>
    <message>
        <source>Usage: exchange-transition-planner order PROJECT.etplan RG-ID,...|default</source>
        <translation>Verwendung: exchange-transition-planner order PROJECT.etplan RG-ID,...|default</translation>
    </message>
    <message>
        <source>Saves the order in which the legacy routing groups move (their ids, as `plan P --format json` lists them under routing_group_order). Routing groups not named follow in the default order; &quot;default&quot; forgets the saved order.</source>
        <translation>Speichert die Reihenfolge, in der die Legacy-Routinggruppen umgestellt werden (ihre IDs, wie sie `plan P --format json` unter routing_group_order auflistet). Nicht genannte Routinggruppen folgen in der Standardreihenfolge; &quot;default&quot; verwirft die gespeicherte Reihenfolge.</translation>
    </message>
    <message>
        <source>order: name the project file and the routing group ids separated by commas, or &quot;default&quot;.</source>
        <translation>order: Geben Sie die Projektdatei und die durch Kommas getrennten Routinggruppen-IDs an oder &quot;default&quot;.</translation>
    </message>
    <message>
        <source>order P RG-ID,...|default        set the routing-group order</source>
        <translation>order P RG-ID,...|default        Reihenfolge der Routinggruppen festlegen</translation>
    </message>
</context>
<context>
    <name>etp::app::PlanCommand</name>
    <message>
        <source>plan: --format needs a value (text or json).</source>
        <translation>plan: --format benötigt einen Wert (text oder json).</translation>
    </message>
    <message>
        <source>plan: unknown option &quot;%1&quot;.</source>
        <translation>plan: Unbekannte Option „%1“.</translation>
    </message>
    <message>
        <source>plan: unknown format &quot;%1&quot;; use text or json.</source>
        <translation>plan: Unbekanntes Format „%1“; verwenden Sie text oder json.</translation>
    </message>
    <message>
        <source>plan: name one project file.</source>
        <translation>plan: Geben Sie genau eine Projektdatei an.</translation>
    </message>
    <message>
        <source>Usage: exchange-transition-planner plan PROJECT.etplan [--format text|json] [--routing-group-order ID,...|default] [--move-rate GB] [--concurrent-moves N] [--hours-per-night H]</source>
        <translation>Aufruf: exchange-transition-planner plan PROJECT.etplan [--format text|json] [--routing-group-order ID,...|default] [--move-rate GB] [--concurrent-moves N] [--hours-per-night H]</translation>
    </message>
    <message>
        <source>Prints the transition plan: the readiness findings (those that hold a phase first, with manual answers recorded with `answer`), then the phases per AD site and routing group in dependency order, each with the findings that hold it and its tasks, then the legacy servers to keep and the mailbox-move effort. Without the options that change the plan, the project file is only read.</source>
        <translation>Gibt den Umstellungsplan aus: die Bereitschaftsbefunde (zuerst diejenigen, die eine Phase aufhalten, mit den per `answer` erfassten manuellen Antworten), dann die Phasen je AD-Standort und Routinggruppe in der Reihenfolge ihrer Abhängigkeiten, jeweils mit den Befunden, die sie aufhalten, und ihren Aufgaben, dann die beizubehaltenden Legacy-Server und den Aufwand für die Postfachverschiebungen. Ohne die Optionen, die den Plan ändern, wird die Projektdatei nur gelesen.</translation>
    </message>
    <message>
        <source>text (the default) for people; json for scripts (documented in docs/plan-json.md).</source>
        <translation>text (Standard) zum Lesen; json für Skripts (dokumentiert in docs/plan-json.md).</translation>
    </message>
    <message>
        <source>Save the order of the routing groups (their ids, as in the JSON; routing groups not named follow in the default order); &quot;default&quot; forgets it.</source>
        <translation>Die Reihenfolge der Routinggruppen speichern (ihre IDs wie im JSON; nicht genannte Routinggruppen folgen in der Standardreihenfolge); „default“ verwirft sie.</translation>
    </message>
    <message>
        <source>Save the mailbox move rate, in GB an hour per move (default 2).</source>
        <translation>Die Rate der Postfachverschiebung speichern, in GB pro Stunde und Verschiebung (Standard: 2).</translation>
    </message>
    <message>
        <source>Save the number of moves at a time (default 4).</source>
        <translation>Die Anzahl gleichzeitiger Verschiebungen speichern (Standard: 4).</translation>
    </message>
    <message>
        <source>Save the hours of a move night (default 8).</source>
        <translation>Die Stunden einer Verschiebungsnacht speichern (Standard: 8).</translation>
    </message>
    <message>
        <source>plan: %1 needs a positive number%2.</source>
        <translation>plan: %1 benötigt eine positive Zahl%2.</translation>
    </message>
    <message>
        <source> (whole)</source>
        <translation> (ganzzahlig)</translation>
    </message>
    <message>
        <source>plan: --routing-group-order needs routing group ids separated by commas, or &quot;default&quot;.</source>
        <translation>plan: --routing-group-order benötigt durch Kommas getrennte Routinggruppen-IDs oder „default“.</translation>
    </message>
    <message>
        <source>plan P [--format text|json]     findings, phases, tasks, kept servers and effort</source>
        <translation>plan P [--format text|json]     Befunde, Phasen, Aufgaben, beibehaltene Server und Aufwand</translation>
    </message>
    <message>
        <source>plan: %1</source>
        <translation>plan: %1</translation>
    </message>
</context>
<context>
    <name>etp::app::SampleCommand</name>
    <message>
        <source>Usage: exchange-transition-planner sample --out PROJECT.etplan [--force]</source>
        <translation>Aufruf: exchange-transition-planner sample --out PROJECT.etplan [--force]</translation>
    </message>
    <message>
        <source>Writes the bundled sample organization (Fabrikam: 3 administrative groups, 5 routing groups, 15 servers, 6 AD sites) to a new project file.</source>
        <translation>Schreibt die mitgelieferte Beispielorganisation (Fabrikam: 3 administrative Gruppen, 5 Routinggruppen, 15 Server, 6 AD-Standorte) in eine neue Projektdatei.</translation>
    </message>
    <message>
        <source>The project file to write.</source>
        <translation>Die Projektdatei, die geschrieben wird.</translation>
    </message>
    <message>
        <source>Replace the file when it exists already.</source>
        <translation>Die Datei ersetzen, wenn sie bereits vorhanden ist.</translation>
    </message>
    <message>
        <source>sample: unexpected argument &quot;%1&quot;.</source>
        <translation>sample: Unerwartetes Argument „%1“.</translation>
    </message>
    <message>
        <source>sample: say where to write the project with --out PROJECT.etplan.</source>
        <translation>sample: Geben Sie mit --out PROJECT.etplan an, wohin das Projekt geschrieben werden soll.</translation>
    </message>
    <message>
        <source>%1 exists already. Choose another file, or pass --force to replace it with the sample organization.</source>
        <translation>%1 ist bereits vorhanden. Wählen Sie eine andere Datei, oder geben Sie --force an, um sie durch die Beispielorganisation zu ersetzen.</translation>
    </message>
    <message>
        <source>sample --out P [--force]        write the bundled sample organization to a project file</source>
        <translation>sample --out P [--force]        mitgelieferte Beispielorganisation in eine Projektdatei schreiben</translation>
    </message>
    <message>
        <source>The folder %1 does not exist. Create it first, or choose a file in an existing folder.</source>
        <translation>Der Ordner %1 ist nicht vorhanden. Erstellen Sie ihn zuerst, oder wählen Sie eine Datei in einem vorhandenen Ordner.</translation>
    </message>
</context>
<context>
    <name>etp::app::SetCommand</name>
    <message>
        <source>Usage: exchange-transition-planner set PROJECT.etplan OBJECT-ID [FIELD VALUE]</source>
        <translation>Verwendung: exchange-transition-planner set PROJECT.etplan OBJECT-ID [FIELD VALUE]</translation>
    </message>
    <message>
        <source>Sets one field of one object of the inventory and saves the project. OBJECT-ID is the object&apos;s id as `show P --format json` prints it; the single objects are named by their kind (organization, forest, message_delivery, message_security, anti_spam, network_facts). The value is checked before it is saved, and becomes a typed value that rediscovery keeps. Without FIELD and VALUE, the command lists the object&apos;s fields with their kinds and values.</source>
        <translation>Setzt ein Feld eines Objekts im Inventar und speichert das Projekt. OBJECT-ID ist die ID des Objekts, wie sie `show P --format json` ausgibt; die Einzelobjekte werden über ihre Art benannt (organization, forest, message_delivery, message_security, anti_spam, network_facts). Der Wert wird vor dem Speichern geprüft und wird zu einem typisierten Wert, der bei einer erneuten Ermittlung erhalten bleibt. Ohne FIELD und VALUE listet der Befehl die Felder des Objekts mit ihren Arten und Werten auf.</translation>
    </message>
    <message>
        <source>Values: yes, no or unknown; numbers with a point for decimals; dates as YYYY-MM-DD; lists (addresses, references, phases, texts) separated by commas; references by the other object&apos;s id; the empty text &quot;&quot; clears the field. Derived fields (a server&apos;s product, service pack, build and site; probe results) are set by the program and refused here.</source>
        <translation>Werte: yes, no oder unknown; Zahlen mit einem Punkt als Dezimaltrennzeichen; Datumsangaben als JJJJ-MM-TT; Listen (Adressen, Verweise, Phasen, Texte) durch Kommas getrennt; Verweise über die ID des anderen Objekts; der leere Text &quot;&quot; löscht das Feld. Abgeleitete Felder (Produkt, Service Pack, Build und Standort eines Servers; Prüfergebnisse) werden vom Programm gesetzt und hier abgelehnt.</translation>
    </message>
    <message>
        <source>Examples:</source>
        <translation>Beispiele:</translation>
    </message>
    <message>
        <source>derived</source>
        <translation>abgeleitet</translation>
    </message>
    <message>
        <source>manual</source>
        <translation>manuell</translation>
    </message>
    <message>
        <source>set: unknown option &quot;%1&quot;.</source>
        <translation>set: Unbekannte Option &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>set: name the project file, one object id, and a field with its value (or neither, to list the fields).</source>
        <translation>set: Geben Sie die Projektdatei, eine Objekt-ID und ein Feld mit seinem Wert an (oder keines von beiden, um die Felder aufzulisten).</translation>
    </message>
    <message>
        <source>set: %1 has no object with the id &quot;%2&quot;.</source>
        <translation>set: %1 enthält kein Objekt mit der ID &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>set P OBJECT-ID [FIELD VALUE]    set (or list) the fields of an inventory object</source>
        <translation>set P OBJECT-ID [FIELD VALUE]    Felder eines Inventarobjekts setzen oder auflisten</translation>
    </message>
</context>
<context>
    <name>etp::app::ShowCommand</name>
    <message>
        <source>Usage: exchange-transition-planner show PROJECT.etplan [--format text|json]</source>
        <translation>Aufruf: exchange-transition-planner show PROJECT.etplan [--format text|json]</translation>
    </message>
    <message>
        <source>Readable text for a terminal (the default).</source>
        <translation>Lesbarer Text für ein Terminal (Standard).</translation>
    </message>
    <message>
        <source>One JSON object, described in docs/json-show.md.</source>
        <translation>Ein JSON-Objekt, beschrieben in docs/json-show.md.</translation>
    </message>
    <message>
        <source>show: unexpected argument &quot;%1&quot;.</source>
        <translation>show: Unerwartetes Argument „%1“.</translation>
    </message>
    <message>
        <source>show: name the project file to print.</source>
        <translation>show: Geben Sie die Projektdatei an, die ausgegeben werden soll.</translation>
    </message>
    <message>
        <source>show: unknown format &quot;%1&quot;; use text or json.</source>
        <translation>show: Unbekanntes Format „%1“; verwenden Sie text oder json.</translation>
    </message>
    <message>
        <source>show P [--format text|json]     print the whole inventory</source>
        <translation>show P [--format text|json]     gesamtes Inventar ausgeben</translation>
    </message>
    <message>
        <source>Prints the whole inventory of a project: every section that Microsoft&apos;s Exchange 2007 transition guidance asks to document, servers, products and features, with each object&apos;s fields. The file is opened read-only and is not changed.</source>
        <translation>Gibt das gesamte Inventar eines Projekts aus: jeden Abschnitt, dessen Dokumentation Microsofts Leitfaden für die Umstellung auf Exchange 2007 verlangt, Server, Produkte und Features, jeweils mit den Feldern jedes Objekts. Die Datei wird schreibgeschützt geöffnet und nicht geändert.</translation>
    </message>
</context>
<context>
    <name>etp::app::TargetsCommand</name>
    <message>
        <source>Usage: exchange-transition-planner targets PROJECT.etplan RG-ID SITE-ID,...|default</source>
        <translation>Verwendung: exchange-transition-planner targets PROJECT.etplan RG-ID SITE-ID,...|default</translation>
    </message>
    <message>
        <source>Saves the AD sites the Exchange 2007 servers of a routing group go to (site ids, separated by commas). &quot;default&quot; forgets the choice: the routing group then targets the sites of its legacy mailbox servers.</source>
        <translation>Speichert die AD-Standorte, in die die Exchange 2007-Server einer Routinggruppe kommen (Standort-IDs, durch Kommas getrennt). &quot;default&quot; verwirft die Auswahl: Die Routinggruppe zielt dann auf die Standorte ihrer Legacy-Postfachserver.</translation>
    </message>
    <message>
        <source>targets: name the project file, one routing group id and the site ids separated by commas, or &quot;default&quot;.</source>
        <translation>targets: Geben Sie die Projektdatei, eine Routinggruppen-ID und die durch Kommas getrennten Standort-IDs an oder &quot;default&quot;.</translation>
    </message>
    <message>
        <source>targets P RG-ID SITE-ID,...|default  set a routing group&apos;s target sites</source>
        <translation>targets P RG-ID SITE-ID,...|default  Zielstandorte einer Routinggruppe festlegen</translation>
    </message>
</context>
<context>
    <name>etp::app::TaskCommand</name>
    <message>
        <source>Usage: exchange-transition-planner task PROJECT.etplan TASK-KEY [--status STATUS] [--owner NAME] [--date YYYY-MM-DD] [--note TEXT]</source>
        <translation>Aufruf: exchange-transition-planner task PROJECT.etplan TASK-KEY [--status STATUS] [--owner NAME] [--date YYYY-MM-DD] [--note TEXT]</translation>
    </message>
    <message>
        <source>Sets the status, owner, date and note of one task of the plan and saves them in the project. TASK-KEY is a task key as `plan` prints it. Without options it prints the task&apos;s current state. A task that is no longer in the plan (obsolete) can still be updated.</source>
        <translation>Legt Status, Verantwortlichen, Datum und Notiz einer Aufgabe des Plans fest und speichert sie im Projekt. TASK-KEY ist ein Aufgabenschlüssel, wie `plan` ihn ausgibt. Ohne Optionen wird der aktuelle Zustand der Aufgabe ausgegeben. Eine Aufgabe, die nicht mehr im Plan enthalten ist (veraltet), kann weiterhin aktualisiert werden.</translation>
    </message>
    <message>
        <source>not-started, in-progress, done or not-applicable.</source>
        <translation>not-started, in-progress, done oder not-applicable.</translation>
    </message>
    <message>
        <source>Who does it (empty clears).</source>
        <translation>Wer die Aufgabe ausführt (ein leerer Wert löscht die Angabe).</translation>
    </message>
    <message>
        <source>A date as YYYY-MM-DD (empty clears).</source>
        <translation>Ein Datum im Format YYYY-MM-DD (ein leerer Wert löscht es).</translation>
    </message>
    <message>
        <source>A note (empty clears).</source>
        <translation>Eine Notiz (ein leerer Wert löscht sie).</translation>
    </message>
    <message>
        <source>status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>owner: %1</source>
        <translation>Verantwortlich: %1</translation>
    </message>
    <message>
        <source>date: %1</source>
        <translation>Datum: %1</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>Notiz: %1</translation>
    </message>
    <message>
        <source>obsolete: this task is no longer in the plan</source>
        <translation>Veraltet: Diese Aufgabe ist nicht mehr im Plan enthalten</translation>
    </message>
    <message>
        <source>task: %1 needs a value.</source>
        <translation>task: %1 benötigt einen Wert.</translation>
    </message>
    <message>
        <source>task: unknown option &quot;%1&quot;.</source>
        <translation>task: Unbekannte Option „%1“.</translation>
    </message>
    <message>
        <source>task: name the project file and one task key.</source>
        <translation>task: Geben Sie die Projektdatei und einen Aufgabenschlüssel an.</translation>
    </message>
    <message>
        <source>task: unknown status &quot;%1&quot;; use not-started, in-progress, done or not-applicable.</source>
        <translation>task: Unbekannter Status „%1“; verwenden Sie not-started, in-progress, done oder not-applicable.</translation>
    </message>
    <message>
        <source>task: &quot;%1&quot; is not a date; write it as YYYY-MM-DD.</source>
        <translation>task: „%1“ ist kein Datum; geben Sie es im Format YYYY-MM-DD an.</translation>
    </message>
    <message>
        <source>task: the plan of %1 has no task &quot;%2&quot;; `plan %1` lists the task keys.</source>
        <translation>task: Der Plan von %1 enthält keine Aufgabe „%2“; `plan %1` listet die Aufgabenschlüssel auf.</translation>
    </message>
    <message>
        <source>task P TASK-KEY [--status S ...] set status, owner, date or note of a plan task</source>
        <translation>task P TASK-KEY [--status S ...] Status, Verantwortlichen, Datum oder Notiz einer Planaufgabe festlegen</translation>
    </message>
    <message>
        <source>Marking a task of a held phase done or in progress is saved, with a warning that names the findings holding the phase.</source>
        <translation>Wird eine Aufgabe einer zurückgehaltenen Phase als erledigt oder in Bearbeitung markiert, wird dies gespeichert, zusammen mit einer Warnung, die die Befunde nennt, die die Phase zurückhalten.</translation>
    </message>
</context>
<context>
    <name>etp::app::Translations</name>
    <message>
        <source>There is no translation for the language &quot;%1&quot;; the program continues in English. Available: de, en.</source>
        <translation>Für die Sprache „%1“ gibt es keine Übersetzung; das Programm wird auf Englisch fortgesetzt. Verfügbar: de, en.</translation>
    </message>
</context>
<context>
    <name>etp::document</name>
    <message>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Gegenstand</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Held by</source>
        <translation>Aufgehalten durch</translation>
    </message>
    <message>
        <source>en</source>
        <extracomment>The two-letter code of this translation&apos;s language (ISO 639-1), e.g. &quot;de&quot; for German.</extracomment>
        <translation>de</translation>
    </message>
    <message>
        <source>Several AD sites are named &quot;%1&quot;; name one by its id: %2.</source>
        <translation>Mehrere AD-Standorte heißen „%1“; geben Sie einen über seine ID an: %2.</translation>
    </message>
    <message>
        <source>Several routing groups are named &quot;%1&quot;; name one by its id: %2.</source>
        <translation>Mehrere Routinggruppen heißen „%1“; geben Sie eine über ihre ID an: %2.</translation>
    </message>
    <message>
        <source>There is no AD site with the name or id &quot;%1&quot;. Known sites: %2.</source>
        <translation>Es gibt keinen AD-Standort mit dem Namen oder der ID „%1“. Bekannte Standorte: %2.</translation>
    </message>
    <message>
        <source>There is no routing group with the name or id &quot;%1&quot;. Known routing groups: %2.</source>
        <translation>Es gibt keine Routinggruppe mit dem Namen oder der ID „%1“. Bekannte Routinggruppen: %2.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Routing group %1</source>
        <translation>Routinggruppe %1</translation>
    </message>
    <message>
        <source>AD site %1</source>
        <translation>AD-Standort %1</translation>
    </message>
    <message>
        <source>Whole plan</source>
        <translation>Gesamter Plan</translation>
    </message>
    <message>
        <source>Table 1: Exchange organization settings</source>
        <translation>Tabelle 1: Einstellungen der Exchange-Organisation</translation>
    </message>
    <message>
        <source>Exchange organization</source>
        <translation>Exchange-Organisation</translation>
    </message>
    <message>
        <source>Mixed or native mode</source>
        <translation>Gemischter oder einheitlicher Modus</translation>
    </message>
    <message>
        <source>Exchange server hardware</source>
        <translation>Hardware der Exchange-Server</translation>
    </message>
    <message>
        <source>Processors, memory, disk storage, and network throughput</source>
        <translation>Prozessoren, Arbeitsspeicher, Festplattenspeicher und Netzwerkdurchsatz</translation>
    </message>
    <message>
        <source>Exchange Server version</source>
        <translation>Exchange Server-Version</translation>
    </message>
    <message>
        <source>Version and service pack level</source>
        <translation>Version und Service Pack-Stand</translation>
    </message>
    <message>
        <source>Exchange server configuration</source>
        <translation>Konfiguration der Exchange-Server</translation>
    </message>
    <message>
        <source>Server roles, such as front-end servers, dedicated bridgehead servers, mailbox servers, and public folder servers</source>
        <translation>Serverrollen wie Front-End-Server, dedizierte Bridgeheadserver, Postfachserver und Server für öffentliche Ordner</translation>
    </message>
    <message>
        <source>Administrative groups</source>
        <translation>Administrative Gruppen</translation>
    </message>
    <message>
        <source>Administrative group names and permissions assigned to Exchange administrators</source>
        <translation>Namen der administrativen Gruppen und die den Exchange-Administratoren erteilten Berechtigungen</translation>
    </message>
    <message>
        <source>Exchange administrators</source>
        <translation>Exchange-Administratoren</translation>
    </message>
    <message>
        <source>Exchange administrators and any permissions delegation that has been performed</source>
        <translation>Exchange-Administratoren und alle vorgenommenen Delegierungen von Berechtigungen</translation>
    </message>
    <message>
        <source>Storage groups and stores</source>
        <translation>Speichergruppen und Informationsspeicher</translation>
    </message>
    <message>
        <source>Store configuration, database and log file locations, and any policies that are applied</source>
        <translation>Konfiguration der Informationsspeicher, Speicherorte der Datenbanken und Protokolldateien sowie angewendete Richtlinien</translation>
    </message>
    <message>
        <source>Data recovery plan</source>
        <translation>Datenwiederherstellungsplan</translation>
    </message>
    <message>
        <source>Backup and restore plan</source>
        <translation>Plan für Sicherung und Wiederherstellung</translation>
    </message>
    <message>
        <source>Routing groups</source>
        <translation>Routinggruppen</translation>
    </message>
    <message>
        <source>Routing group master, names and locations of servers, connectors and their properties</source>
        <translation>Routinggruppenmaster, Namen und Standorte der Server, Connectors und ihre Eigenschaften</translation>
    </message>
    <message>
        <source>Policies</source>
        <translation>Richtlinien</translation>
    </message>
    <message>
        <source>Recipient policies, server policies, store policies, and any exemptions that have been applied at the user level</source>
        <translation>Empfängerrichtlinien, Serverrichtlinien, Informationsspeicherrichtlinien und alle auf Benutzerebene angewendeten Ausnahmen</translation>
    </message>
    <message>
        <source>SMTP namespaces</source>
        <translation>SMTP-Namespaces</translation>
    </message>
    <message>
        <source>The SMTP namespace for all domains for which the Exchange organization is authoritative</source>
        <translation>Der SMTP-Namespace aller Domänen, für die die Exchange-Organisation autoritativ ist</translation>
    </message>
    <message>
        <source>Global settings for message delivery</source>
        <translation>Globale Einstellungen für die Nachrichtenübermittlung</translation>
    </message>
    <message>
        <source>Recipient filters, sender filters, address filters, message size limits, and message formats</source>
        <translation>Empfängerfilter, Absenderfilter, Adressfilter, Größenbeschränkungen für Nachrichten und Nachrichtenformate</translation>
    </message>
    <message>
        <source>Message security settings</source>
        <translation>Einstellungen für die Nachrichtensicherheit</translation>
    </message>
    <message>
        <source>Virtual server configuration, authentication and encryption settings, and secure relationships with other domains</source>
        <translation>Konfiguration der virtuellen Server, Authentifizierungs- und Verschlüsselungseinstellungen sowie sichere Beziehungen zu anderen Domänen</translation>
    </message>
    <message>
        <source>Antivirus software and settings</source>
        <translation>Antivirensoftware und -einstellungen</translation>
    </message>
    <message>
        <source>Antivirus software installation locations and settings</source>
        <translation>Installationsorte und Einstellungen der Antivirensoftware</translation>
    </message>
    <message>
        <source>Anti-spam and antivirus settings</source>
        <translation>Antispam- und Antiviruseinstellungen</translation>
    </message>
    <message>
        <source>Intelligent Message Filter spam confidence levels, IP Block List and IP Allow List settings, and attachment blocking settings</source>
        <translation>SCL-Schwellenwerte des Intelligent Message Filter, Einstellungen der IP-Sperrliste und IP-Zulassungsliste sowie der Anlagenblockierung</translation>
    </message>
    <message>
        <source>Smart host</source>
        <translation>Smarthost</translation>
    </message>
    <message>
        <source>Complete configuration information that includes IP addresses, authoritative domains, and real-time block list (RBL) subscriptions</source>
        <translation>Vollständige Konfiguration einschließlich IP-Adressen, autoritativer Domänen und Abonnements von Echtzeit-Sperrlisten (RBL)</translation>
    </message>
    <message>
        <source>Table 2: Active Directory settings</source>
        <translation>Tabelle 2: Active Directory-Einstellungen</translation>
    </message>
    <message>
        <source>Active Directory sites</source>
        <translation>Active Directory-Standorte</translation>
    </message>
    <message>
        <source>Site names, directory servers in each site, and IP subnets that are associated with each site</source>
        <translation>Standortnamen, Verzeichnisserver an jedem Standort und die jedem Standort zugeordneten IP-Subnetze</translation>
    </message>
    <message>
        <source>IP site links</source>
        <translation>IP-Standortverknüpfungen</translation>
    </message>
    <message>
        <source>Sites included in each site link and costs that are assigned to each link</source>
        <translation>Die Standorte jeder Standortverknüpfung und die jeder Verknüpfung zugewiesenen Kosten</translation>
    </message>
    <message>
        <source>Functional level</source>
        <translation>Funktionsebene</translation>
    </message>
    <message>
        <source>Forest and domain functional levels</source>
        <translation>Funktionsebenen der Gesamtstruktur und der Domänen</translation>
    </message>
    <message>
        <source>Expansion servers</source>
        <translation>Erweiterungsserver</translation>
    </message>
    <message>
        <source>Servers that expand distribution list membership and that use one or more global catalog servers to resolve the membership</source>
        <translation>Server, die die Mitgliedschaft von Verteilerlisten erweitern und dazu einen oder mehrere globale Katalogserver verwenden</translation>
    </message>
    <message>
        <source>Security groups</source>
        <translation>Sicherheitsgruppen</translation>
    </message>
    <message>
        <source>Security groups and security group membership for any groups that have been delegated administrative responsibility for the Exchange organization</source>
        <translation>Sicherheitsgruppen und ihre Mitglieder für alle Gruppen, denen die Verwaltung der Exchange-Organisation delegiert wurde</translation>
    </message>
    <message>
        <source>Security permissions</source>
        <translation>Sicherheitsberechtigungen</translation>
    </message>
    <message>
        <source>Accounts that are members of the Schema Admins and Enterprise Admins universal security groups</source>
        <translation>Konten, die Mitglieder der universellen Sicherheitsgruppen Schema-Admins und Organisations-Admins sind</translation>
    </message>
    <message>
        <source>Server placement</source>
        <translation>Serverplatzierung</translation>
    </message>
    <message>
        <source>The location (organizational unit) of each server within the directory service</source>
        <translation>Der Ort (die Organisationseinheit) jedes Servers im Verzeichnisdienst</translation>
    </message>
    <message>
        <source>Table 3: Network settings</source>
        <translation>Tabelle 3: Netzwerkeinstellungen</translation>
    </message>
    <message>
        <source>Physical network</source>
        <translation>Physisches Netzwerk</translation>
    </message>
    <message>
        <source>Network backbone, autonomous system connections, and available bandwidth</source>
        <translation>Netzwerk-Backbone, Verbindungen autonomer Systeme und verfügbare Bandbreite</translation>
    </message>
    <message>
        <source>Name resolution</source>
        <translation>Namensauflösung</translation>
    </message>
    <message>
        <source>DNS servers and Mail Exchanger (MX) records for your organization</source>
        <translation>DNS-Server und MX-Einträge (Mail Exchanger) Ihrer Organisation</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>Ports</translation>
    </message>
    <message>
        <source>Port availability to external and internal systems</source>
        <translation>Erreichbarkeit der Ports für externe und interne Systeme</translation>
    </message>
    <message>
        <source>Perimeter network servers</source>
        <translation>Server im Umkreisnetzwerk</translation>
    </message>
    <message>
        <source>Any servers that are located in a perimeter network or screened subnet, and the network services that they provide, especially any servers that provide SMTP-relay functionality</source>
        <translation>Alle Server in einem Umkreisnetzwerk oder überwachten Subnetz und die Netzwerkdienste, die sie bereitstellen, besonders Server, die SMTP-Nachrichten weiterleiten</translation>
    </message>
    <message>
        <source>Also documented: products, features and clients</source>
        <translation>Außerdem dokumentiert: Produkte, Funktionen und Clients</translation>
    </message>
    <message>
        <source>Exchange-aware products</source>
        <translation>Exchange-fähige Produkte</translation>
    </message>
    <message>
        <source>Anti-virus, anti-spam, backup and other software, and whether a version compatible with Exchange 2007 is in place</source>
        <translation>Antiviren-, Antispam-, Sicherungs- und andere Software und ob eine mit Exchange 2007 kompatible Version vorhanden ist</translation>
    </message>
    <message>
        <source>Unsupported features in use</source>
        <translation>Verwendete nicht unterstützte Funktionen</translation>
    </message>
    <message>
        <source>Connectors and Exchange 2000 features that Exchange 2007 does not support</source>
        <translation>Connectors und Exchange 2000-Funktionen, die Exchange 2007 nicht unterstützt</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Outlook versions in use</source>
        <translation>Verwendete Outlook-Versionen</translation>
    </message>
    <message>
        <source>Inventory of the existing environment</source>
        <translation>Inventar der bestehenden Umgebung</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Einstellung</translation>
    </message>
    <message>
        <source>Information to document</source>
        <translation>Zu dokumentierende Informationen</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Erfasst</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Documented</source>
        <translation>Dokumentiert</translation>
    </message>
    <message>
        <source>%1 of %2 items</source>
        <translation>%1 von %2 Punkten</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>directory: read by discovery; LDIF import or CSV import: read from a file; typed: entered by a person</source>
        <translation>Verzeichnis: von der Ermittlung gelesen; LDIF-Import oder CSV-Import: aus einer Datei gelesen; eingegeben: von einer Person erfasst</translation>
    </message>
    <message>
        <source>Microsoft&apos;s Exchange 2007 transition guidance asks for these settings of the existing environment to be documented before the transition: they are the reference for comparing the old environment with the new one and for rolling back. Items marked as not recorded are still to be documented; manual items are those the directory cannot tell, which a person enters.</source>
        <translation>Microsofts Leitfaden für die Umstellung auf Exchange 2007 verlangt, diese Einstellungen der bestehenden Umgebung vor der Umstellung zu dokumentieren: Sie sind die Referenz, um die alte mit der neuen Umgebung zu vergleichen und um zurückzukehren. Als nicht erfasst markierte Punkte sind noch zu dokumentieren; manuelle Punkte kann das Verzeichnis nicht liefern, sie trägt eine Person ein.</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Notiz: %1</translation>
    </message>
    <message>
        <source>Not recorded yet. A manual item: the directory cannot tell, a person enters it.</source>
        <translation>Noch nicht erfasst. Ein manueller Punkt: Das Verzeichnis kann ihn nicht liefern, eine Person trägt ihn ein.</translation>
    </message>
    <message>
        <source>Not recorded yet.</source>
        <translation>Noch nicht erfasst.</translation>
    </message>
    <message>
        <source>Transition checklist</source>
        <translation>Checkliste für die Umstellung</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>nicht begonnen</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>in Arbeit</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>nicht zutreffend</translation>
    </message>
    <message>
        <source>organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>AD site</source>
        <translation>AD-Standort</translation>
    </message>
    <message>
        <source>routing group</source>
        <translation>Routinggruppe</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation>Verantwortlich: %1</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Datum: %1</translation>
    </message>
    <message>
        <source>Waits for: %1</source>
        <translation>Wartet auf: %1</translation>
    </message>
    <message>
        <source>Tasks shown</source>
        <translation>Gezeigte Aufgaben</translation>
    </message>
    <message>
        <source>only open tasks</source>
        <translation>nur offene Aufgaben</translation>
    </message>
    <message>
        <source>all tasks</source>
        <translation>alle Aufgaben</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>%1 of %2 tasks finished (%3%)</source>
        <translation>%1 von %2 Aufgaben abgeschlossen (%3 %)</translation>
    </message>
    <message>
        <source>Phases</source>
        <translation>Phasen</translation>
    </message>
    <message>
        <source>%1 in this scope, %2 held, %3 can start now</source>
        <translation>%1 in diesem Bereich, %2 aufgehalten, %3 können jetzt beginnen</translation>
    </message>
    <message>
        <source>nothing yet</source>
        <translation>noch nichts</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more phase(s)</source>
        <translation>
            <numerusform>%1 und %n weitere Phase</numerusform>
            <numerusform>%1 und %n weitere Phasen</numerusform>
        </translation>
    </message>
    <message>
        <source>Blockers and open questions</source>
        <translation>Blocker und offene Fragen</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Befund</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Was zu tun ist</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>Hält auf</translation>
    </message>
    <message>
        <source>answered no</source>
        <translation>mit Nein beantwortet</translation>
    </message>
    <message>
        <source>open question</source>
        <translation>offene Frage</translation>
    </message>
    <message>
        <source>Nothing holds the phases of this scope.</source>
        <translation>Nichts hält die Phasen dieses Bereichs auf.</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Manual answers</source>
        <translation>Manuelle Antworten</translation>
    </message>
    <message>
        <source>Nobody has answered a manual question yet.</source>
        <translation>Bisher hat niemand eine manuelle Frage beantwortet.</translation>
    </message>
    <message>
        <source>Phases and tasks</source>
        <translation>Phasen und Aufgaben</translation>
    </message>
    <message>
        <source>The phases in the order they can run, each with its open tasks. Phases whose tasks are all finished are left out.</source>
        <translation>Die Phasen in der Reihenfolge, in der sie laufen können, jede mit ihren offenen Aufgaben. Phasen, deren Aufgaben alle abgeschlossen sind, fehlen.</translation>
    </message>
    <message>
        <source>The phases in the order they can run, each with its tasks. A ticked box is a finished task (done or not applicable).</source>
        <translation>Die Phasen in der Reihenfolge, in der sie laufen können, jede mit ihren Aufgaben. Ein angekreuztes Kästchen ist eine abgeschlossene Aufgabe (erledigt oder nicht zutreffend).</translation>
    </message>
    <message>
        <source>%1 of %2 tasks finished</source>
        <translation>%1 von %2 Aufgaben abgeschlossen</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nach</translation>
    </message>
    <message>
        <source>Can start now</source>
        <translation>Kann jetzt beginnen</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <source>Held by: %1</source>
        <translation>Aufgehalten durch: %1</translation>
    </message>
    <message>
        <source>Phase finished. Name, date, signature:</source>
        <translation>Phase abgeschlossen. Name, Datum, Unterschrift:</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Routing group</source>
        <translation>Routinggruppe</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Legacy servers to keep</source>
        <translation>Beizubehaltende Altserver</translation>
    </message>
    <message>
        <source>No legacy server has to stay.</source>
        <translation>Kein Altserver muss bleiben.</translation>
    </message>
    <message>
        <source>Mailbox-move effort per routing group</source>
        <translation>Aufwand der Postfachverschiebung je Routinggruppe</translation>
    </message>
    <message>
        <source>Estimated at %1 GB an hour per move, %2 moves at a time and %3 hours a night.</source>
        <translation>Geschätzt mit %1 GB pro Stunde und Verschiebung, %2 gleichzeitigen Verschiebungen und %3 Stunden pro Nacht.</translation>
    </message>
    <message>
        <source>Mailboxes</source>
        <translation>Postfächer</translation>
    </message>
    <message>
        <source>Size (GB)</source>
        <translation>Größe (GB)</translation>
    </message>
    <message>
        <source>Nights</source>
        <translation>Nächte</translation>
    </message>
    <message>
        <source>Stores without a size</source>
        <translation>Informationsspeicher ohne Größe</translation>
    </message>
    <message>
        <source>Tasks no longer in the plan</source>
        <translation>Aufgaben, die nicht mehr im Plan stehen</translation>
    </message>
    <message>
        <source>Saved states of tasks that re-planning removed; kept so that nothing recorded is lost.</source>
        <translation>Gespeicherte Stände von Aufgaben, die eine neue Planung entfernt hat; aufbewahrt, damit nichts Erfasstes verloren geht.</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Source file</source>
        <translation>Quelldatei</translation>
    </message>
    <message>
        <source>not saved</source>
        <translation>nicht gespeichert</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>Last discovery or import</source>
        <translation>Letzte Ermittlung oder letzter Import</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>nicht erfasst</translation>
    </message>
</context>
<context>
    <name>etp::plan</name>
    <message>
        <source>Document the Exchange organization, Active Directory and network</source>
        <translation>Exchange-Organisation, Active Directory und Netzwerk dokumentieren</translation>
    </message>
    <message>
        <source>Run the Exchange 2007 Readiness Check</source>
        <translation>Exchange 2007-Bereitschaftsprüfung ausführen</translation>
    </message>
    <message>
        <source>Scan the organization with ExBPA 2.7 or later and resolve every finding that holds a phase.</source>
        <translation>Überprüfen Sie die Organisation mit ExBPA 2.7 oder höher, und beheben Sie jeden Befund, der eine Phase aufhält.</translation>
    </message>
    <message>
        <source>Document the backup and restore plan</source>
        <translation>Plan für Sicherung und Wiederherstellung dokumentieren</translation>
    </message>
    <message>
        <source>Plan the Exchange 2007 compatible version of %1 for the new servers</source>
        <translation>Mit Exchange 2007 kompatible Version von %1 für die neuen Server einplanen</translation>
    </message>
    <message>
        <source>Upgrade or replace %1 with a version compatible with Exchange 2007</source>
        <translation>%1 auf eine mit Exchange 2007 kompatible Version aktualisieren oder durch eine solche ersetzen</translation>
    </message>
    <message>
        <source>Run setup /PrepareLegacyExchangePermissions</source>
        <translation>setup /PrepareLegacyExchangePermissions ausführen</translation>
    </message>
    <message>
        <source>In every domain where Exchange 2003 or 2000 DomainPrep ran, so that the Recipient Update Service keeps working after the schema update (/PrepareAD runs it when it is not run first).</source>
        <translation>In jeder Domäne, in der DomainPrep von Exchange 2003 oder 2000 ausgeführt wurde, damit der Empfängeraktualisierungsdienst nach der Schemaaktualisierung weiter funktioniert (/PrepareAD führt den Schritt aus, wenn er nicht vorher ausgeführt wurde).</translation>
    </message>
    <message>
        <source>Run setup /PrepareSchema</source>
        <translation>setup /PrepareSchema ausführen</translation>
    </message>
    <message>
        <source>With an account in Schema Admins and Enterprise Admins, in the schema master&apos;s site.</source>
        <translation>Mit einem Konto, das Mitglied von Schema-Admins und Organisations-Admins ist, am Standort des Schemamasters.</translation>
    </message>
    <message>
        <source>Run setup /PrepareAD</source>
        <translation>setup /PrepareAD ausführen</translation>
    </message>
    <message>
        <source>Creates the Exchange 2007 administrative and routing groups and the universal security groups.</source>
        <translation>Erstellt die administrative Gruppe und die Routinggruppe für Exchange 2007 sowie die universellen Sicherheitsgruppen.</translation>
    </message>
    <message>
        <source>Run setup /PrepareDomain in %1</source>
        <translation>setup /PrepareDomain in %1 ausführen</translation>
    </message>
    <message>
        <source>Every domain that holds Exchange servers or recipients.</source>
        <translation>Jede Domäne, die Exchange-Server oder Empfänger enthält.</translation>
    </message>
    <message>
        <source>Run setup /PrepareDomain in each domain</source>
        <translation>setup /PrepareDomain in jeder Domäne ausführen</translation>
    </message>
    <message>
        <source>Install a Client Access server in AD site %1</source>
        <translation>Clientzugriffsserver im AD-Standort %1 installieren</translation>
    </message>
    <message>
        <source>The first Exchange 2007 role in a site that holds or will hold a Mailbox server; an Exchange 2003 or 2000 front-end cannot give access to Exchange 2007 mailboxes.</source>
        <translation>Die erste Exchange 2007-Rolle in einem Standort, der einen Postfachserver enthält oder enthalten wird; ein Exchange 2003- oder 2000-Front-End-Server kann keinen Zugriff auf Exchange 2007-Postfächer bereitstellen.</translation>
    </message>
    <message>
        <source>Configure Outlook Web Access, Exchange ActiveSync and Outlook Anywhere in AD site %1</source>
        <translation>Outlook Web Access, Exchange ActiveSync und Outlook Anywhere im AD-Standort %1 konfigurieren</translation>
    </message>
    <message>
        <source>Install an Edge Transport server in the perimeter network</source>
        <translation>Edge-Transport-Server im Umkreisnetzwerk installieren</translation>
    </message>
    <message>
        <source>Move the SMTP relay duties of %1 to the Edge Transport server</source>
        <translation>SMTP-Relayaufgaben von %1 auf den Edge-Transport-Server verlagern</translation>
    </message>
    <message>
        <source>Install a Unified Messaging server</source>
        <translation>Unified Messaging-Server installieren</translation>
    </message>
    <message>
        <source>Create UM dial plans, IP gateways and mailbox policies</source>
        <translation>UM-Wählpläne, IP-Gateways und Postfachrichtlinien erstellen</translation>
    </message>
    <message>
        <source>Associate the Unified Messaging server with its dial plan and configure the IP gateways.</source>
        <translation>Ordnen Sie den Unified Messaging-Server seinem Wählplan zu, und konfigurieren Sie die IP-Gateways.</translation>
    </message>
    <message>
        <source>Enable Unified Messaging for users whose mailboxes are on Exchange 2007</source>
        <translation>Unified Messaging für Benutzer aktivieren, deren Postfächer sich auf Exchange 2007 befinden</translation>
    </message>
    <message>
        <source>Verify the Exchange 2007 installations</source>
        <translation>Exchange 2007-Installationen überprüfen</translation>
    </message>
    <message>
        <source>Rewrite the filter of recipient policy %1 for Exchange 2007</source>
        <translation>Filter der Empfängerrichtlinie %1 für Exchange 2007 neu schreiben</translation>
    </message>
    <message>
        <source>The LDAP filter %1 becomes an OPATH recipient filter.</source>
        <translation>Der LDAP-Filter %1 wird zu einem OPATH-Empfängerfilter.</translation>
    </message>
    <message>
        <source>Rewrite the filter of address list %1 for Exchange 2007</source>
        <translation>Filter der Adressliste %1 für Exchange 2007 neu schreiben</translation>
    </message>
    <message>
        <source>Finalize the deployment</source>
        <translation>Bereitstellung abschließen</translation>
    </message>
    <message>
        <source>Assess and document</source>
        <translation>Bewerten und dokumentieren</translation>
    </message>
    <message>
        <source>Prepare Active Directory</source>
        <translation>Active Directory vorbereiten</translation>
    </message>
    <message>
        <source>Client Access</source>
        <translation>Clientzugriff</translation>
    </message>
    <message>
        <source>Edge Transport</source>
        <translation>Edge-Transport</translation>
    </message>
    <message>
        <source>Hub Transport</source>
        <translation>Hub-Transport</translation>
    </message>
    <message>
        <source>Mailbox</source>
        <translation>Postfach</translation>
    </message>
    <message>
        <source>Public and system folders</source>
        <translation>Öffentliche Ordner und Systemordner</translation>
    </message>
    <message>
        <source>Decommission legacy servers</source>
        <translation>Legacy-Server außer Betrieb nehmen</translation>
    </message>
    <message>
        <source>Remove connectors and routing group</source>
        <translation>Connectors und Routinggruppe entfernen</translation>
    </message>
    <message>
        <source>Unified Messaging</source>
        <translation>Unified Messaging</translation>
    </message>
    <message>
        <source>Post-installation tasks</source>
        <translation>Aufgaben nach der Installation</translation>
    </message>
    <message>
        <source>Hosts %1, an Exchange 2000 feature that Exchange 2007 does not support: keep this server while the feature is in use</source>
        <translation>Hostet %1, eine Exchange 2000-Funktion, die Exchange 2007 nicht unterstützt: Diesen Server beibehalten, solange die Funktion verwendet wird</translation>
    </message>
    <message>
        <source>Hosts %1, an Exchange 2003 feature that Exchange 2007 does not support: keep this server while the feature is in use</source>
        <translation>Hostet %1, eine Exchange 2003-Funktion, die Exchange 2007 nicht unterstützt: Diesen Server beibehalten, solange die Funktion verwendet wird</translation>
    </message>
    <message>
        <source>Install a Hub Transport server in AD site %1</source>
        <translation>Hub-Transport-Server im AD-Standort %1 installieren</translation>
    </message>
    <message>
        <source>One Hub Transport server per target site; check that it can carry the mail of %1 too.</source>
        <translation>Ein Hub-Transport-Server pro Zielstandort; prüfen Sie, ob er auch die E-Mail von %1 übertragen kann.</translation>
    </message>
    <message>
        <source>Choose the AD site for the Exchange 2007 servers of %1</source>
        <translation>AD-Standort für die Exchange 2007-Server von %1 auswählen</translation>
    </message>
    <message>
        <source>No server of this routing group has an address in a known subnet; enter its target sites.</source>
        <translation>Kein Server dieser Routinggruppe hat eine Adresse in einem bekannten Subnetz; geben Sie die Zielstandorte der Routinggruppe ein.</translation>
    </message>
    <message>
        <source>Set link-state suppression on %1</source>
        <translation>Unterdrückung von Verbindungsstatusänderungen auf %1 aktivieren</translation>
    </message>
    <message>
        <source>Install a Mailbox server for %1</source>
        <translation>Postfachserver für %1 installieren</translation>
    </message>
    <message>
        <source>Move-Mailbox or the Move Mailbox Wizard, to an Exchange 2007 Mailbox server of %1.</source>
        <translation>Move-Mailbox oder der Assistent zum Verschieben von Postfächern, auf einen Exchange 2007-Postfachserver von %1.</translation>
    </message>
    <message>
        <source>Confirm that no public or system folder replicas remain in %1</source>
        <translation>Bestätigen, dass in %1 keine Replikate von Öffentlichen Ordnern oder Systemordnern verbleiben</translation>
    </message>
    <message>
        <source>No public folder store of this routing group is in the inventory.</source>
        <translation>Das Inventar enthält keinen Informationsspeicher für Öffentliche Ordner dieser Routinggruppe.</translation>
    </message>
    <message>
        <source>Keep %1</source>
        <translation>%1 beibehalten</translation>
    </message>
    <message>
        <source>Move the generation of offline address book %1 from %2 to an Exchange 2007 Mailbox server</source>
        <translation>Generierung des Offlineadressbuchs %1 von %2 auf einen Exchange 2007-Postfachserver verschieben</translation>
    </message>
    <message>
        <source>Recipient Update Service %1</source>
        <translation>Empfängeraktualisierungsdienst %1</translation>
    </message>
    <message>
        <source>Re-create SMTP connector %1 as a Send connector on Exchange 2007 and remove it</source>
        <translation>SMTP-Connector %1 als Sendeconnector auf Exchange 2007 neu erstellen und entfernen</translation>
    </message>
    <message>
        <source>Exchange 2007 does not support this connector: use SMTP, or keep a legacy server for it.</source>
        <translation>Exchange 2007 unterstützt diesen Connector nicht: Verwenden Sie SMTP, oder behalten Sie dafür einen Legacy-Server bei.</translation>
    </message>
    <message>
        <source>Point the expansion server of distribution group %1 away from %2</source>
        <translation>Erweiterungsserver der Verteilergruppe %1 von %2 auf einen anderen Server umstellen</translation>
    </message>
    <message>
        <source>Remove the mailbox and public folder stores of %1</source>
        <translation>Postfachspeicher und Informationsspeicher für Öffentliche Ordner von %1 entfernen</translation>
    </message>
    <message>
        <source>Only once their mailboxes and replicas have moved.</source>
        <translation>Erst, wenn ihre Postfächer und Replikate verschoben wurden.</translation>
    </message>
    <message>
        <source>Uninstall Exchange from %1</source>
        <translation>Exchange von %1 deinstallieren</translation>
    </message>
    <message>
        <source>Keep routing group %1 and its connector pair to Exchange 2007</source>
        <translation>Routinggruppe %1 und ihr Connectorpaar zu Exchange 2007 beibehalten</translation>
    </message>
    <message>
        <source>Remove the routing group connector pair between %1 and the Exchange 2007 routing group</source>
        <translation>Routinggruppenconnectorpaar zwischen %1 und der Exchange 2007-Routinggruppe entfernen</translation>
    </message>
    <message>
        <source>Remove-RoutingGroupConnector for both directions.</source>
        <translation>Remove-RoutingGroupConnector für beide Richtungen.</translation>
    </message>
    <message>
        <source>Remove routing group %1</source>
        <translation>Routinggruppe %1 entfernen</translation>
    </message>
    <message>
        <source>Once it holds no server and no connector.</source>
        <translation>Sobald sie keinen Server und keinen Connector mehr enthält.</translation>
    </message>
    <message>
        <source>Remove the empty administrative group %1</source>
        <translation>Leere administrative Gruppe %1 entfernen</translation>
    </message>
    <message>
        <source>Its routing groups and servers are gone.</source>
        <translation>Ihre Routinggruppen und Server sind entfernt.</translation>
    </message>
    <message>
        <source>Phases in order (%1)</source>
        <translation>Phasen in Reihenfolge (%1)</translation>
    </message>
    <message>
        <source>%1 of %2 tasks finished</source>
        <translation>%1 von %2 Aufgaben abgeschlossen</translation>
    </message>
    <message>
        <source>After: %1</source>
        <translation>Nach: %1</translation>
    </message>
    <message>
        <source>HELD BY: %1</source>
        <translation>AUFGEHALTEN DURCH: %1</translation>
    </message>
    <message>
        <source>Concerned by: %1</source>
        <translation>Betroffen von: %1</translation>
    </message>
    <message>
        <source>owner: %1</source>
        <translation>Verantwortlich: %1</translation>
    </message>
    <message>
        <source>date: %1</source>
        <translation>Datum: %1</translation>
    </message>
    <message>
        <source>done by Exchange 2007 server %1</source>
        <translation>erledigt durch Exchange 2007-Server %1</translation>
    </message>
    <message>
        <source>waits for: %1</source>
        <translation>wartet auf: %1</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>Notiz: %1</translation>
    </message>
    <message>
        <source>Legacy servers to keep (%1)</source>
        <translation>Beizubehaltende Legacy-Server (%1)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Mailbox-move effort (%1 GB/h per move, %2 concurrent moves, %3 hours a night)</source>
        <translation>Aufwand für Postfachverschiebungen (%1 GB/h pro Verschiebung, %2 gleichzeitige Verschiebungen, %3 Stunden pro Nacht)</translation>
    </message>
    <message>
        <source>mailboxes: %1, size: %2 GB, nights: %3</source>
        <translation>Postfächer: %1, Größe: %2 GB, Nächte: %3</translation>
    </message>
    <message>
        <source>(stores without a size, left out: %1)</source>
        <translation>(Informationsspeicher ohne Größe, nicht berücksichtigt: %1)</translation>
    </message>
    <message>
        <source>Obsolete tasks: saved state of tasks no longer in the plan (%1)</source>
        <translation>Veraltete Aufgaben: gespeicherter Zustand von Aufgaben, die nicht mehr im Plan enthalten sind (%1)</translation>
    </message>
    <message>
        <source>Complete the inventory: it is the reference for comparing and for a rollback (Microsoft&apos;s Exchange 2007 transition guidance).</source>
        <translation>Vervollständigen Sie das Inventar: Es ist die Referenz für Vergleiche und für ein Rollback (Microsofts Leitfaden für die Umstellung auf Exchange 2007).</translation>
    </message>
    <message>
        <source>How the legacy servers are backed up and restored, so that every step of the transition can be rolled back.</source>
        <translation>Wie die Legacy-Server gesichert und wiederhergestellt werden, damit jeder Schritt der Umstellung rückgängig gemacht werden kann.</translation>
    </message>
    <message>
        <source>Provide 64-bit hardware for the Exchange 2007 servers</source>
        <translation>64-Bit-Hardware für die Exchange 2007-Server bereitstellen</translation>
    </message>
    <message>
        <source>Exchange 2007 runs in production only on 64-bit servers, cannot share a computer with Exchange 2003 or 2000 and cannot upgrade one in place: every role goes on new hardware (Exchange 2007 system requirements).</source>
        <translation>Exchange 2007 läuft in der Produktion nur auf 64-Bit-Servern, kann sich keinen Computer mit Exchange 2003 oder 2000 teilen und kann keinen direkt aktualisieren: Jede Rolle kommt auf neue Hardware (Systemanforderungen für Exchange 2007).</translation>
    </message>
    <message>
        <source>Registry HKLM\SYSTEM\CurrentControlSet\Services\RESvc\Parameters, DWORD SuppressStateChanges = 1, then restart the Routing Engine, SMTP and MTA services. Needed on every legacy server before any routing group connector pair beyond the first one is created, or routing loops can occur.</source>
        <translation>Registrierung HKLM\SYSTEM\CurrentControlSet\Services\RESvc\Parameters, DWORD SuppressStateChanges = 1, anschließend die Dienste Routing Engine, SMTP und MTA neu starten. Erforderlich auf jedem Legacy-Server, bevor ein weiteres Routinggruppenconnector-Paar nach dem ersten erstellt wird, da sonst Routingschleifen auftreten können.</translation>
    </message>
    <message>
        <source>Anti-virus product</source>
        <translation>Antivirenprodukt</translation>
    </message>
    <message>
        <source>Anti-spam product</source>
        <translation>Antispamprodukt</translation>
    </message>
    <message>
        <source>Backup product</source>
        <translation>Sicherungsprodukt</translation>
    </message>
    <message>
        <source>Exchange-aware product</source>
        <translation>Exchange-fähiges Produkt</translation>
    </message>
    <message>
        <source>Plan the Content Filter agent of Exchange 2007 in place of the Intelligent Message Filter</source>
        <translation>Content Filter-Agent von Exchange 2007 anstelle des Intelligent Message Filter planen</translation>
    </message>
    <message>
        <source>Exchange 2007 has no Intelligent Message Filter: its Content Filter agent runs on the Edge Transport server, or on a Hub Transport server without one. The settings to carry over are listed in the Content Filter task.</source>
        <translation>Exchange 2007 hat keinen Intelligent Message Filter: Sein Content Filter-Agent läuft auf dem Edge-Transport-Server oder, wenn keiner vorhanden ist, auf einem Hub-Transport-Server. Die zu übernehmenden Einstellungen sind in der Content Filter-Aufgabe aufgeführt.</translation>
    </message>
    <message>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
    <message>
        <source>%1, version %2.</source>
        <translation>%1, Version %2.</translation>
    </message>
    <message>
        <source>Installed on %1.</source>
        <translation>Installiert auf %1.</translation>
    </message>
    <message>
        <source>Until a compatible version is in place it holds the mailbox phases and the decommissioning of the servers it runs on.</source>
        <translation>Bis eine kompatible Version vorhanden ist, hält es die Postfachphasen und die Außerbetriebnahme der Server zurück, auf denen es läuft.</translation>
    </message>
    <message>
        <source>AD site %1 faces the Internet: an Exchange 2003 or 2000 front-end server cannot give access to Exchange 2007 mailboxes, so this Client Access server is in place before the first mailbox moves to Exchange 2007, in any routing group.</source>
        <translation>AD-Standort %1 ist mit dem Internet verbunden: Ein Front-End-Server unter Exchange 2003 oder 2000 kann keinen Zugriff auf Exchange 2007-Postfächer bereitstellen, daher muss dieser Clientzugriffsserver vorhanden sein, bevor das erste Postfach in einer beliebigen Routinggruppe zu Exchange 2007 verschoben wird.</translation>
    </message>
    <message>
        <source>Virtual directories, authentication and the internal and external URLs of the new Client Access server.</source>
        <translation>Virtuelle Verzeichnisse, Authentifizierung sowie die internen und externen URLs des neuen Clientzugriffsservers.</translation>
    </message>
    <message>
        <source>Install a certificate with the names clients use on the Client Access server in AD site %1</source>
        <translation>Zertifikat mit den von Clients verwendeten Namen auf dem Clientzugriffsserver im AD-Standort %1 installieren</translation>
    </message>
    <message>
        <source>From an authority the clients trust, naming the external host name of Outlook Web Access, ActiveSync and Outlook Anywhere and the Autodiscover name of each SMTP domain.</source>
        <translation>Von einer Zertifizierungsstelle, der die Clients vertrauen, mit dem externen Hostnamen von Outlook Web Access, ActiveSync und Outlook Anywhere sowie dem Autodiscover-Namen jeder SMTP-Domäne.</translation>
    </message>
    <message>
        <source>From an authority the clients trust, naming the external host name of Outlook Web Access, ActiveSync and Outlook Anywhere and %1.</source>
        <translation>Von einer Zertifizierungsstelle, der die Clients vertrauen, mit dem externen Hostnamen von Outlook Web Access, ActiveSync und Outlook Anywhere sowie %1.</translation>
    </message>
    <message>
        <source>Publish the Autodiscover record of each SMTP domain</source>
        <translation>Autodiscover-Eintrag jeder SMTP-Domäne veröffentlichen</translation>
    </message>
    <message>
        <source>Publish the Autodiscover records %1</source>
        <translation>Autodiscover-Einträge %1 veröffentlichen</translation>
    </message>
    <message>
        <source>A DNS record that points each name at the published Client Access server, so that Outlook 2007 and mobile devices find their settings.</source>
        <translation>Ein DNS-Eintrag, der jeden Namen auf den veröffentlichten Clientzugriffsserver verweist, damit Outlook 2007 und mobile Geräte ihre Einstellungen finden.</translation>
    </message>
    <message>
        <source>Change the publishing rule of front-end server %1 to the Client Access server</source>
        <translation>Veröffentlichungsregel des Front-End-Servers %1 auf den Clientzugriffsserver umstellen</translation>
    </message>
    <message>
        <source>The firewall or ISA Server rule that publishes %1 to the Internet now publishes the Client Access server, which proxies /exchange to the Exchange 2003 back-end servers while their mailboxes have not moved.</source>
        <translation>Die Firewall- oder ISA Server-Regel, die %1 im Internet veröffentlicht, veröffentlicht nun den Clientzugriffsserver, der /exchange per Proxy an die Exchange 2003-Back-End-Server weiterleitet, solange deren Postfächer noch nicht verschoben wurden.</translation>
    </message>
    <message>
        <source>On its own computer, outside the domain; it needs no change to the Exchange organization and can come at any point of the transition (Microsoft&apos;s Exchange 2007 transition guidance).</source>
        <translation>Auf einem eigenen Computer außerhalb der Domäne; er erfordert keine Änderung an der Exchange-Organisation und kann zu jedem Zeitpunkt der Umstellung hinzukommen (Microsofts Leitfaden für die Umstellung auf Exchange 2007).</translation>
    </message>
    <message>
        <source>Create the accepted domains of the organization</source>
        <translation>Akzeptierte Domänen der Organisation erstellen</translation>
    </message>
    <message>
        <source>Create the accepted domains %1</source>
        <translation>Akzeptierte Domänen %1 erstellen</translation>
    </message>
    <message>
        <source>Every SMTP domain the organization receives mail for, before any MX record points at the Edge Transport server; EdgeSync keeps them up to date once the subscription runs.</source>
        <translation>Jede SMTP-Domäne, für die die Organisation E-Mails empfängt, bevor ein MX-Eintrag auf den Edge-Transport-Server verweist; EdgeSync hält sie aktuell, sobald das Abonnement läuft.</translation>
    </message>
    <message>
        <source>Create the Send and Receive connectors of the Edge Transport server</source>
        <translation>Sende- und Empfangsconnectors des Edge-Transport-Servers erstellen</translation>
    </message>
    <message>
        <source>A Receive connector for Internet mail, a Send connector to the Internet (through the smart host the organization uses today, if any) and the connectors to and from the Hub Transport servers, which the EdgeSync subscription creates.</source>
        <translation>Ein Empfangsconnector für Internet-E-Mail, ein Sendeconnector ins Internet (über den Smarthost, den die Organisation derzeit verwendet, falls vorhanden) und die Connectors zu und von den Hub-Transport-Servern, die das EdgeSync-Abonnement erstellt.</translation>
    </message>
    <message>
        <source>Subscribe the Edge Transport server to the first Hub Transport server</source>
        <translation>Edge-Transport-Server für den ersten Hub-Transport-Server abonnieren</translation>
    </message>
    <message>
        <source>Subscribe the Edge Transport server to the Hub Transport servers of AD site %1</source>
        <translation>Edge-Transport-Server für die Hub-Transport-Server des AD-Standorts %1 abonnieren</translation>
    </message>
    <message>
        <source>New-EdgeSubscription on the Edge server, then import the file on a Hub Transport server where inbound Internet mail arrives; EdgeSync then replicates recipients and configuration to the Edge server.</source>
        <translation>New-EdgeSubscription auf dem Edge-Server ausführen, dann die Datei auf einem Hub-Transport-Server importieren, auf dem eingehende Internet-E-Mails ankommen; EdgeSync repliziert anschließend Empfänger und Konfiguration auf den Edge-Server.</translation>
    </message>
    <message>
        <source>It relays mail between the Internet and the organization today.</source>
        <translation>Er leitet derzeit E-Mails zwischen dem Internet und der Organisation weiter.</translation>
    </message>
    <message>
        <source>Point the MX records at the Edge Transport server</source>
        <translation>MX-Einträge auf den Edge-Transport-Server verweisen lassen</translation>
    </message>
    <message>
        <source>Point the MX records of %1 at the Edge Transport server</source>
        <translation>MX-Einträge von %1 auf den Edge-Transport-Server verweisen lassen</translation>
    </message>
    <message>
        <source>Only once the accepted domains, the connectors and the EdgeSync subscription work: inbound Internet mail then arrives through the Edge server.</source>
        <translation>Erst wenn die akzeptierten Domänen, die Connectors und das EdgeSync-Abonnement funktionieren: Eingehende Internet-E-Mails kommen dann über den Edge-Server an.</translation>
    </message>
    <message>
        <source>It needs an Exchange 2007 Hub Transport and Mailbox server first.</source>
        <translation>Dafür ist zuerst ein Exchange 2007-Hub-Transport- und -Postfachserver erforderlich.</translation>
    </message>
    <message>
        <source>It needs an Exchange 2007 Hub Transport and Mailbox server first: after the Mailbox phase of %1.</source>
        <translation>Dafür ist zuerst ein Exchange 2007-Hub-Transport- und -Postfachserver erforderlich: nach der Postfachphase von %1.</translation>
    </message>
    <message>
        <source>Only recipients with mailboxes on Exchange 2007 servers can use Unified Messaging.</source>
        <translation>Nur Empfänger mit Postfächern auf Exchange 2007-Servern können Unified Messaging verwenden.</translation>
    </message>
    <message>
        <source>Check every new server: its services, its event log and the Exchange Management Shell tests (Verifying an Exchange 2007 Installation).</source>
        <translation>Prüfen Sie jeden neuen Server: seine Dienste, sein Ereignisprotokoll und die Tests der Exchange-Verwaltungsshell (Überprüfen einer Exchange 2007-Installation).</translation>
    </message>
    <message>
        <source>Upgrade the Default Policy for Exchange 2007</source>
        <translation>Default Policy für Exchange 2007 aktualisieren</translation>
    </message>
    <message>
        <source>One line in the Exchange Management Shell: Set-EmailAddressPolicy &quot;Default Policy&quot; -IncludedRecipients AllRecipients. Until then the Exchange 2007 tools cannot edit it; recipients are still provisioned.</source>
        <translation>Eine Zeile in der Exchange-Verwaltungsshell: Set-EmailAddressPolicy &quot;Default Policy&quot; -IncludedRecipients AllRecipients. Bis dahin können die Exchange 2007-Tools sie nicht bearbeiten; Empfänger werden weiterhin bereitgestellt.</translation>
    </message>
    <message>
        <source>Upgrade the address list %1 for Exchange 2007</source>
        <translation>Adressliste %1 für Exchange 2007 aktualisieren</translation>
    </message>
    <message>
        <source>One line in the Exchange Management Shell: %1. Until then the Exchange 2007 tools cannot edit it; the list goes on working.</source>
        <translation>Eine Zeile in der Exchange-Verwaltungsshell: %1. Bis dahin können die Exchange 2007-Tools sie nicht bearbeiten; die Liste funktioniert weiterhin.</translation>
    </message>
    <message>
        <source>The post-installation tasks that finalize each server role (Microsoft&apos;s Exchange 2007 transition guidance).</source>
        <translation>Die Aufgaben nach der Installation, die jede Serverrolle abschließen (Microsofts Leitfaden für die Umstellung auf Exchange 2007).</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>Exchange 2007 Mailbox and Unified Messaging servers need a Hub Transport server in their AD site, so it comes before them.</source>
        <translation>Postfach- und Unified Messaging-Server unter Exchange 2007 benötigen einen Hub-Transport-Server in ihrem AD-Standort, daher kommt er vor ihnen.</translation>
    </message>
    <message>
        <source>This is the organization&apos;s first Hub Transport server: when setup asks for a legacy routing server, choose a bridgehead server of %1. Setup then creates the first routing group connector pair, between %1 and the Exchange 2007 routing group.</source>
        <translation>Dies ist der erste Hub-Transport-Server der Organisation: Wenn das Setup nach einem Legacy-Routingserver fragt, wählen Sie einen Bridgeheadserver von %1. Das Setup erstellt dann das erste Routinggruppenconnector-Paar zwischen %1 und der Exchange 2007-Routinggruppe.</translation>
    </message>
    <message>
        <source>Use the Hub Transport server of AD site %1, installed for %2</source>
        <translation>Hub-Transport-Server des AD-Standorts %1 verwenden, installiert für %2</translation>
    </message>
    <message>
        <source>Check the first routing group connector pair, between %1 and the Exchange 2007 routing group</source>
        <translation>Erstes Routinggruppenconnector-Paar zwischen %1 und der Exchange 2007-Routinggruppe prüfen</translation>
    </message>
    <message>
        <source>Setup of the first Hub Transport server creates it. It is never created again and stays until the last legacy routing group is removed; further source and target servers can be added to it for load balancing.</source>
        <translation>Das Setup des ersten Hub-Transport-Servers erstellt es. Es wird nie erneut erstellt und bleibt bestehen, bis die letzte Legacy-Routinggruppe entfernt ist; zum Lastenausgleich können weitere Quell- und Zielserver hinzugefügt werden.</translation>
    </message>
    <message>
        <source>Test mail flow between %1 and Exchange 2007 over the first connector pair</source>
        <translation>Nachrichtenfluss zwischen %1 und Exchange 2007 über das erste Connector-Paar testen</translation>
    </message>
    <message>
        <source>Setup of the first Hub Transport server created the pair; this routing group needs no other.</source>
        <translation>Das Setup des ersten Hub-Transport-Servers hat das Paar erstellt; diese Routinggruppe benötigt kein weiteres.</translation>
    </message>
    <message>
        <source>Create an additional routing group connector pair between %1 and the Exchange 2007 routing group</source>
        <translation>Zusätzliches Routinggruppenconnector-Paar zwischen %1 und der Exchange 2007-Routinggruppe erstellen</translation>
    </message>
    <message>
        <source>New-RoutingGroupConnector between a bridgehead server of %1 and an Exchange 2007 Hub Transport server, in both directions. Only once link-state suppression is set on every legacy server.</source>
        <translation>New-RoutingGroupConnector zwischen einem Bridgeheadserver von %1 und einem Exchange 2007-Hub-Transport-Server, in beide Richtungen. Erst wenn die Unterdrückung von Verbindungsstatusänderungen auf jedem Legacy-Server eingerichtet ist.</translation>
    </message>
    <message>
        <source>sending %1 KB</source>
        <translation>Senden %1 KB</translation>
    </message>
    <message>
        <source>receiving %1 KB</source>
        <translation>Empfangen %1 KB</translation>
    </message>
    <message>
        <source>%1 recipients per message</source>
        <translation>%1 Empfänger pro Nachricht</translation>
    </message>
    <message>
        <source>Carry the organization&apos;s message size and recipient limits over to Exchange 2007</source>
        <translation>Nachrichtengrößen- und Empfängerbeschränkungen der Organisation auf Exchange 2007 übertragen</translation>
    </message>
    <message>
        <source>Set-TransportConfig with the global limits of the legacy organization, so that mail between the two keeps the same limits.</source>
        <translation>Set-TransportConfig mit den globalen Beschränkungen der Legacy-Organisation, damit für E-Mails zwischen beiden dieselben Beschränkungen gelten.</translation>
    </message>
    <message>
        <source>Set-TransportConfig with the legacy organization&apos;s limits (%1), so that mail between the two keeps the same limits.</source>
        <translation>Set-TransportConfig mit den Beschränkungen der Legacy-Organisation (%1), damit für E-Mails zwischen beiden dieselben Beschränkungen gelten.</translation>
    </message>
    <message>
        <source>Carry the smart host %1 of connector %2 over to an Exchange 2007 Send connector</source>
        <translation>Smarthost %1 von Connector %2 auf einen Exchange 2007-Sendeconnector übertragen</translation>
    </message>
    <message>
        <source>Mail that leaves through %1 today keeps the same route once Exchange 2007 sends it.</source>
        <translation>E-Mails, die derzeit über %1 gesendet werden, behalten dieselbe Route, sobald Exchange 2007 sie sendet.</translation>
    </message>
    <message>
        <source>Carry the smart host %1 of the SMTP virtual server on %2 over to an Exchange 2007 Send connector</source>
        <translation>Smarthost %1 des virtuellen SMTP-Servers auf %2 in einen Exchange 2007-Sendeconnector übernehmen</translation>
    </message>
    <message>
        <source>Exchange 2007 sets smart hosts on Send connectors, not on a virtual server.</source>
        <translation>Exchange 2007 legt Smarthosts für Sendeconnectors fest, nicht für einen virtuellen Server.</translation>
    </message>
    <message>
        <source>Install a Mailbox server in AD site %1</source>
        <translation>Postfachserver im AD-Standort %1 installieren</translation>
    </message>
    <message>
        <source>For the mailboxes of %1; deploy and configure it before any mailbox moves.</source>
        <translation>Für die Postfächer von %1; stellen Sie ihn vor allen Postfachverschiebungen bereit und konfigurieren Sie ihn.</translation>
    </message>
    <message>
        <source>Deploy and configure it before any mailbox moves.</source>
        <translation>Stellen Sie ihn vor allen Postfachverschiebungen bereit und konfigurieren Sie ihn.</translation>
    </message>
    <message>
        <source>Set the rollback point for %1</source>
        <translation>Wiederherstellungspunkt für %1 festlegen</translation>
    </message>
    <message>
        <source>A full backup of the legacy stores of %1, and how a moved mailbox goes back (Move-Mailbox to its old store), agreed before the first move.</source>
        <translation>Eine vollständige Sicherung der Legacy-Speicher von %1 und das Verfahren, mit dem ein verschobenes Postfach zurückgeführt wird (Move-Mailbox in seinen alten Speicher), vor der ersten Verschiebung vereinbart.</translation>
    </message>
    <message>
        <source>Move a pilot group of mailboxes of %1 first</source>
        <translation>Zuerst eine Pilotgruppe von Postfächern von %1 verschieben</translation>
    </message>
    <message>
        <source>A few users from different departments, including someone who uses mobile devices and shared calendars, a few days before the others.</source>
        <translation>Einige Benutzer aus verschiedenen Abteilungen, darunter jemand, der mobile Geräte und freigegebene Kalender verwendet, einige Tage vor den übrigen.</translation>
    </message>
    <message>
        <source>Have the pilot group accept the move of %1</source>
        <translation>Verschiebung von %1 von der Pilotgruppe abnehmen lassen</translation>
    </message>
    <message>
        <source>Outlook, Outlook Web Access and mobile access, free/busy across both versions, delegates, public folders and mail to and from the Internet work for the pilot users.</source>
        <translation>Outlook, Outlook Web Access und mobiler Zugriff, Frei/Gebucht-Informationen über beide Versionen hinweg, Stellvertretungen, Öffentliche Ordner sowie E-Mail aus dem und in das Internet funktionieren für die Pilotbenutzer.</translation>
    </message>
    <message>
        <source>Create the Exchange 2007 public folder database</source>
        <translation>Exchange 2007-Datenbank für Öffentliche Ordner erstellen</translation>
    </message>
    <message>
        <source>Outlook 2003 and earlier read free/busy and the offline address book from public folders: the new mailboxes need them on Exchange 2007 before the first one moves.</source>
        <translation>Outlook 2003 und frühere Versionen lesen Frei/Gebucht-Informationen und das Offlineadressbuch aus Öffentlichen Ordnern: Die neuen Postfächer benötigen diese auf Exchange 2007, bevor das erste verschoben wird.</translation>
    </message>
    <message>
        <source>Replicate the free/busy folder of administrative group %1 to Exchange 2007</source>
        <translation>Frei/Gebucht-Ordner der administrativen Gruppe %1 nach Exchange 2007 replizieren</translation>
    </message>
    <message>
        <source>Add the Exchange 2007 public folder database to the replicas of its SCHEDULE+ FREE BUSY folder and wait until it has replicated.</source>
        <translation>Fügen Sie die Exchange 2007-Datenbank für Öffentliche Ordner den Replikaten ihres Ordners SCHEDULE+ FREE BUSY hinzu, und warten Sie, bis er repliziert wurde.</translation>
    </message>
    <message>
        <source>Replicate the offline address book folders to Exchange 2007</source>
        <translation>Offlineadressbuch-Ordner nach Exchange 2007 replizieren</translation>
    </message>
    <message>
        <source>Add the Exchange 2007 public folder database to the replicas of the OFFLINE ADDRESS BOOK and OAB Version folders and wait until they have replicated.</source>
        <translation>Fügen Sie die Exchange 2007-Datenbank für Öffentliche Ordner den Replikaten der Ordner OFFLINE ADDRESS BOOK und OAB Version hinzu, und warten Sie, bis sie repliziert wurden.</translation>
    </message>
    <message>
        <source>Move the mailboxes of %1 (mailboxes: %2, size: %3 GB)</source>
        <translation>Postfächer von %1 verschieben (Postfächer: %2, Größe: %3 GB)</translation>
    </message>
    <message>
        <source>Move the mailboxes of %1 (mailboxes: %2, size not entered)</source>
        <translation>Postfächer von %1 verschieben (Postfächer: %2, Größe nicht eingegeben)</translation>
    </message>
    <message>
        <source>Move the mailboxes of %1 (count not known, size: %2 GB)</source>
        <translation>Postfächer von %1 verschieben (Anzahl unbekannt, Größe: %2 GB)</translation>
    </message>
    <message>
        <source>Move the mailboxes of %1 (count and size not known)</source>
        <translation>Postfächer von %1 verschieben (Anzahl und Größe unbekannt)</translation>
    </message>
    <message>
        <source>Move the remaining public and system folder replicas of %1 to Exchange 2007</source>
        <translation>Verbleibende Replikate Öffentlicher Ordner und Systemordner von %1 nach Exchange 2007 verschieben</translation>
    </message>
    <message>
        <source>Replicate its public folders and system folders to an Exchange 2007 public folder database, then remove the replicas from the legacy store.</source>
        <translation>Replizieren Sie die Öffentlichen Ordner und Systemordner in eine Exchange 2007-Datenbank für Öffentliche Ordner, und entfernen Sie anschließend die Replikate aus dem Legacy-Speicher.</translation>
    </message>
    <message>
        <source>Move-OfflineAddressBook, then check that Outlook clients download it.</source>
        <translation>Move-OfflineAddressBook ausführen und anschließend prüfen, ob Outlook-Clients es herunterladen.</translation>
    </message>
    <message>
        <source>Clear its expansion server or name a server that stays; otherwise mail to the group is returned after the server is gone.</source>
        <translation>Löschen Sie den Erweiterungsserver, oder geben Sie einen Server an, der bestehen bleibt; andernfalls werden E-Mails an die Gruppe zurückgewiesen, sobald der Server entfernt ist.</translation>
    </message>
    <message>
        <source>The organization&apos;s last legacy server: only after its routing group&apos;s connectors are removed.</source>
        <translation>Der letzte Legacy-Server der Organisation: erst, nachdem die Connectors seiner Routinggruppe entfernt wurden.</translation>
    </message>
    <message>
        <source>Exchange 2003 refuses to uninstall the only bridgehead server of a connector: the connectors above go first.</source>
        <translation>Exchange 2003 verweigert die Deinstallation des einzigen Bridgeheadservers eines Connectors: Die oben genannten Connectors müssen zuerst entfernt werden.</translation>
    </message>
    <message>
        <source>Hand the work of %1 on %2 over to Exchange 2007</source>
        <translation>Aufgaben von %1 auf %2 an Exchange 2007 übergeben</translation>
    </message>
    <message>
        <source>No legacy server stays after %1: Exchange 2007 provisions recipients itself through its e-mail address policies, and the service object is deleted with the last legacy server.</source>
        <translation>Nach %1 verbleibt kein Legacy-Server: Exchange 2007 stellt Empfänger selbst über seine E-Mail-Adressrichtlinien bereit, und das Dienstobjekt wird mit dem letzten Legacy-Server gelöscht.</translation>
    </message>
    <message>
        <source>Move %1 from %2 to %3</source>
        <translation>%1 von %2 nach %3 verschieben</translation>
    </message>
    <message>
        <source>Exchange 2007 has no Recipient Update Service: each domain with recipients needs one on a legacy server until the end of coexistence, and %1 stays longer than %2.</source>
        <translation>Exchange 2007 verfügt über keinen Empfängeraktualisierungsdienst: Jede Domäne mit Empfängern benötigt bis zum Ende der Koexistenz einen auf einem Legacy-Server, und %1 bleibt länger bestehen als %2.</translation>
    </message>
    <message>
        <source>Internet and SMTP mail must flow through Exchange 2007 before the bridgehead servers go.</source>
        <translation>Internet- und SMTP-E-Mail muss über Exchange 2007 fließen, bevor die Bridgeheadserver entfernt werden.</translation>
    </message>
    <message>
        <source>With the same address spaces and the smart host %1: Internet and SMTP mail must flow through Exchange 2007 before the bridgehead servers go.</source>
        <translation>Mit denselben Adressräumen und dem Smarthost %1: Internet- und SMTP-E-Mail muss über Exchange 2007 fließen, bevor die Bridgeheadserver entfernt werden.</translation>
    </message>
    <message>
        <source>Replace connector %1 before its bridgehead servers go</source>
        <translation>Connector %1 ersetzen, bevor seine Bridgeheadserver entfernt werden</translation>
    </message>
    <message>
        <source>Move or replace %1 on %2 before the server is uninstalled</source>
        <translation>%1 auf %2 verschieben oder ersetzen, bevor der Server deinstalliert wird</translation>
    </message>
    <message>
        <source>Install its Exchange 2007 compatible version on a server that stays, or its replacement, and check that its users still work.</source>
        <translation>Installieren Sie die mit Exchange 2007 kompatible Version auf einem Server, der bestehen bleibt, oder ein Ersatzprodukt, und prüfen Sie, ob die Benutzer weiterhin damit arbeiten können.</translation>
    </message>
    <message>
        <source>Remove the first routing group connector pair, between %1 and the Exchange 2007 routing group</source>
        <translation>Erstes Routinggruppenconnector-Paar zwischen %1 und der Exchange 2007-Routinggruppe entfernen</translation>
    </message>
    <message>
        <source>Remove-RoutingGroupConnector for both directions. It goes last, with the last legacy routing group that is removed.</source>
        <translation>Remove-RoutingGroupConnector für beide Richtungen. Es wird als letztes entfernt, zusammen mit der letzten zu entfernenden Legacy-Routinggruppe.</translation>
    </message>
    <message>
        <source>Remove routing group connector %1</source>
        <translation>Routinggruppenconnector %1 entfernen</translation>
    </message>
    <message>
        <source>It carries mail from %1 to %2, and one of them leaves the organization.</source>
        <translation>Er überträgt E-Mails von %1 an %2, und einer davon verlässt die Organisation.</translation>
    </message>
    <message>
        <source>It keeps %1 for a feature that Exchange 2007 does not support.</source>
        <translation>Es behält %1 für ein Feature, das Exchange 2007 nicht unterstützt.</translation>
    </message>
    <message>
        <source>Keep the administrative group %1</source>
        <translation>Administrative Gruppe %1 beibehalten</translation>
    </message>
    <message>
        <source>It holds the public folder hierarchy, which Exchange 2007 goes on using.</source>
        <translation>Sie enthält die Hierarchie der Öffentlichen Ordner, die Exchange 2007 weiterhin verwendet.</translation>
    </message>
    <message>
        <source>the gateway SCL threshold %1</source>
        <translation>den Gateway-SCL-Schwellenwert %1</translation>
    </message>
    <message>
        <source>the gateway SCL threshold %1 (action: %2)</source>
        <translation>den Gateway-SCL-Schwellenwert %1 (Aktion: %2)</translation>
    </message>
    <message>
        <source>the store SCL threshold %1</source>
        <translation>den Speicher-SCL-Schwellenwert %1</translation>
    </message>
    <message>
        <source>the IP allow list %1</source>
        <translation>die IP-Zulassungsliste %1</translation>
    </message>
    <message>
        <source>the IP block list %1</source>
        <translation>die IP-Sperrliste %1</translation>
    </message>
    <message>
        <source>attachment blocking of %1</source>
        <translation>die Anlagenblockierung von %1</translation>
    </message>
    <message>
        <source>the block list providers %1</source>
        <translation>die Sperrlistenanbieter %1</translation>
    </message>
    <message>
        <source>on the Edge Transport server</source>
        <translation>auf dem Edge-Transport-Server</translation>
    </message>
    <message>
        <source>on the Hub Transport servers that receive Internet mail</source>
        <translation>auf den Hub-Transport-Servern, die Internet-E-Mail empfangen</translation>
    </message>
    <message>
        <source>Exchange 2007 has no Intelligent Message Filter; its Content Filter agent runs %1.</source>
        <translation>Exchange 2007 verfügt über keinen Intelligent Message Filter; sein Inhaltsfilter-Agent wird %1 ausgeführt.</translation>
    </message>
    <message>
        <source>Carry over the SCL thresholds, the IP allow and block lists and attachment blocking.</source>
        <translation>Übernehmen Sie die SCL-Schwellenwerte, die IP-Zulassungs- und -Sperrlisten sowie die Anlagenblockierung.</translation>
    </message>
    <message>
        <source>Carry over %1.</source>
        <translation>Übernehmen Sie %1.</translation>
    </message>
    <message>
        <source>Set up the Content Filter agent in place of the Intelligent Message Filter</source>
        <translation>Inhaltsfilter-Agent anstelle des Intelligent Message Filter einrichten</translation>
    </message>
    <message>
        <source>Can start now</source>
        <translation>Kann jetzt beginnen</translation>
    </message>
    <message>
        <source>(%1 done, %2 not applicable)</source>
        <translation>(%1 erledigt, %2 nicht zutreffend)</translation>
    </message>
    <message>
        <source>Phases that can start now (%1): %2</source>
        <translation>Phasen, die jetzt beginnen können (%1): %2</translation>
    </message>
    <message>
        <source>Progress per routing group</source>
        <translation>Fortschritt pro Routinggruppe</translation>
    </message>
    <message>
        <source>Progress per AD site</source>
        <translation>Fortschritt pro AD-Standort</translation>
    </message>
</context>
<context>
    <name>etp::render</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>Der Export wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The document could not be drawn: the printer or file refused it.</source>
        <translation>Das Dokument konnte nicht gezeichnet werden: Drucker oder Datei haben es abgelehnt.</translation>
    </message>
</context>
<context>
    <name>etp::report</name>
    <message>
        <source>BLOCKER</source>
        <translation>BLOCKER</translation>
    </message>
    <message>
        <source>CONFIRM</source>
        <translation>BESTÄTIGEN</translation>
    </message>
    <message>
        <source>WARNING</source>
        <translation>WARNUNG</translation>
    </message>
    <message>
        <source>INFO</source>
        <translation>INFO</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 und %n weitere</numerusform>
            <numerusform>%1 und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Findings: %1 (%2 holding a phase)</source>
        <translation>Befunde: %1 (davon %2 mit aufgehaltener Phase)</translation>
    </message>
    <message>
        <source>Remediation: %1</source>
        <translation>Abhilfe: %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Answered %1 by %2 on %3</source>
        <translation>Von %2 am %3 mit „%1“ beantwortet</translation>
    </message>
    <message>
        <source>Holds: %1</source>
        <translation>Hält auf: %1</translation>
    </message>
    <message>
        <source>Concerns: %1</source>
        <translation>Betrifft: %1</translation>
    </message>
    <message>
        <source>Answered %1 on %2</source>
        <translation>Beantwortet mit %1 am %2</translation>
    </message>
    <message>
        <source>Not answered yet.</source>
        <translation>Noch nicht beantwortet.</translation>
    </message>
</context>
<context>
    <name>etp::rules</name>
    <message>
        <source>Active Directory forest</source>
        <translation>Active Directory-Gesamtstruktur</translation>
    </message>
    <message>
        <source>The schema master %1 runs %2. Exchange 2007 setup requires the schema master to run Windows Server 2003 SP1 or later.</source>
        <translation>Der Schemamaster %1 verwendet %2. Das Setup von Exchange 2007 setzt voraus, dass auf dem Schemamaster Windows Server 2003 SP1 oder höher ausgeführt wird.</translation>
    </message>
    <message>
        <source>Upgrade %1 to Windows Server 2003 SP1 or later, or transfer the schema master role to a domain controller that runs it.</source>
        <translation>Aktualisieren Sie %1 auf Windows Server 2003 SP1 oder höher, oder übertragen Sie die Schemamasterrolle auf einen Domänencontroller, auf dem diese Version ausgeführt wird.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The AD site %1 will hold Exchange 2007 servers but has no global catalog server. Exchange 2007 needs a global catalog running Windows Server 2003 SP1 or later in each of its sites.</source>
        <translation>Der AD-Standort %1 soll Exchange 2007-Server aufnehmen, hat aber keinen globalen Katalogserver. Exchange 2007 benötigt in jedem seiner Standorte einen globalen Katalog unter Windows Server 2003 SP1 oder höher.</translation>
    </message>
    <message>
        <source>The AD site %1 will hold Exchange 2007 servers, but its global catalogs do not run Windows Server 2003 SP1 or later: %2.</source>
        <translation>Der AD-Standort %1 soll Exchange 2007-Server aufnehmen, aber auf seinen globalen Katalogservern wird nicht Windows Server 2003 SP1 oder höher ausgeführt: %2.</translation>
    </message>
    <message>
        <source>Make a domain controller in %1 that runs Windows Server 2003 SP1 or later a global catalog (or upgrade one that is), then allow it to replicate.</source>
        <translation>Machen Sie einen Domänencontroller in %1, auf dem Windows Server 2003 SP1 oder höher ausgeführt wird, zum globalen Katalog (oder aktualisieren Sie einen vorhandenen globalen Katalog), und warten Sie dann die Replikation ab.</translation>
    </message>
    <message>
        <source>The domain %1 holds Exchange servers or recipients but runs in mixed mode (nTMixedDomain = 1). Exchange 2007 requires Windows 2000 native mode or higher in such domains.</source>
        <translation>Die Domäne %1 enthält Exchange-Server oder Empfänger, wird aber im gemischten Modus ausgeführt (nTMixedDomain = 1). Exchange 2007 erfordert in solchen Domänen den einheitlichen Modus von Windows 2000 oder höher.</translation>
    </message>
    <message>
        <source>When no Windows NT 4.0 domain controller remains in %1, raise its domain functional level to Windows 2000 native or higher (Active Directory Domains and Trusts). The change cannot be undone.</source>
        <translation>Sobald in %1 kein Windows NT 4.0-Domänencontroller mehr vorhanden ist, heben Sie die Domänenfunktionsebene auf „Windows 2000 pur“ (einheitlicher Modus) oder höher an (Active Directory-Domänen und -Vertrauensstellungen). Die Änderung kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>The forest %1 is below the Windows Server 2003 functional level (level %2). Exchange 2007 installs, but cross-forest features such as free/busy across forests need Windows Server 2003 forest level.</source>
        <translation>Die Gesamtstruktur %1 liegt unter der Funktionsebene Windows Server 2003 (Ebene %2). Exchange 2007 lässt sich installieren, aber gesamtstrukturübergreifende Funktionen wie Frei/Gebucht-Informationen über Gesamtstrukturen hinweg erfordern die Gesamtstrukturfunktionsebene Windows Server 2003.</translation>
    </message>
    <message>
        <source>When every domain controller runs Windows Server 2003 or later, raise the forest functional level in Active Directory Domains and Trusts.</source>
        <translation>Sobald auf allen Domänencontrollern Windows Server 2003 oder höher ausgeführt wird, heben Sie die Gesamtstrukturfunktionsebene in Active Directory-Domänen und -Vertrauensstellungen an.</translation>
    </message>
    <message>
        <source>The account that runs setup /PrepareSchema and /PrepareAD must be a member of Schema Admins and Enterprise Admins in %1. Accounts recorded in both groups: %2.</source>
        <translation>Das Konto, mit dem setup /PrepareSchema und /PrepareAD ausgeführt werden, muss in %1 Mitglied von Schema-Admins und Organisations-Admins sein. In beiden Gruppen erfasste Konten: %2.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Choose the account that will prepare the schema and Active Directory, make sure it is in both groups (log off and on after adding it), then answer yes with its name.</source>
        <translation>Wählen Sie das Konto aus, mit dem das Schema und Active Directory vorbereitet werden, stellen Sie sicher, dass es Mitglied beider Gruppen ist (nach dem Hinzufügen ab- und wieder anmelden), und antworten Sie dann mit „Ja“ und dem Kontonamen.</translation>
    </message>
    <message>
        <source>cc:Mail connector</source>
        <translation>cc:Mail-Connector</translation>
    </message>
    <message>
        <source>MS Mail connector</source>
        <translation>MS Mail-Connector</translation>
    </message>
    <message>
        <source>GroupWise connector</source>
        <translation>GroupWise-Connector</translation>
    </message>
    <message>
        <source>X.400 connector</source>
        <translation>X.400-Connector</translation>
    </message>
    <message>
        <source>Connector for Lotus Notes</source>
        <translation>Connector für Lotus Notes</translation>
    </message>
    <message>
        <source>connector</source>
        <translation>Connector</translation>
    </message>
    <message>
        <source>Microsoft Mobile Information Server</source>
        <translation>Microsoft Mobile Information Server</translation>
    </message>
    <message>
        <source>Instant Messaging service</source>
        <translation>Instant Messaging-Dienst</translation>
    </message>
    <message>
        <source>Exchange Chat Service</source>
        <translation>Exchange-Chatdienst</translation>
    </message>
    <message>
        <source>Exchange 2000 Conferencing Server</source>
        <translation>Exchange 2000 Conferencing Server</translation>
    </message>
    <message>
        <source>Key Management Service</source>
        <translation>Schlüsselverwaltungsdienst</translation>
    </message>
    <message>
        <source>feature</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>Ask the partner behind %1 to accept SMTP and replace the X.400 connector with an SMTP connector, or keep %2 running with it after the transition.</source>
        <translation>Bitten Sie den Partner hinter %1, SMTP anzunehmen, und ersetzen Sie den X.400-Connector durch einen SMTP-Connector, oder lassen Sie %2 nach der Umstellung damit weiterlaufen.</translation>
    </message>
    <message>
        <source>Move the coexistence with Lotus Domino to the Transporter Suite (Domino 6 and later) over SMTP, or keep %2 running with %1 after the transition.</source>
        <translation>Verlagern Sie die Koexistenz mit Lotus Domino auf die Transporter Suite (Domino 6 und höher) über SMTP, oder lassen Sie %2 nach der Umstellung mit %1 weiterlaufen.</translation>
    </message>
    <message>
        <source>Replace %1 with SMTP mail flow to GroupWise, or keep %2 running with it after the transition.</source>
        <translation>Ersetzen Sie %1 durch SMTP-Nachrichtenfluss zu GroupWise, oder lassen Sie %2 nach der Umstellung damit weiterlaufen.</translation>
    </message>
    <message>
        <source>Move the users of %1 to Exchange or to SMTP, or keep %2 running with it after the transition.</source>
        <translation>Migrieren Sie die Benutzer von %1 zu Exchange oder zu SMTP, oder lassen Sie %2 nach der Umstellung damit weiterlaufen.</translation>
    </message>
    <message>
        <source>an unrecorded server</source>
        <translation>ein nicht erfasster Server</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Retire or replace %1 before the last Exchange 2000 server goes, or keep %2 running after the transition.</source>
        <translation>Nehmen Sie %1 außer Betrieb, oder ersetzen Sie die Funktion, bevor der letzte Exchange 2000-Server entfernt wird, oder lassen Sie %2 nach der Umstellung weiterlaufen.</translation>
    </message>
    <message>
        <source>Obtain a version of %1 that supports Exchange 2007 (or a replacement), plan it for the new servers, and mark it compatible in the inventory.</source>
        <translation>Beschaffen Sie eine Version von %1, die Exchange 2007 unterstützt (oder einen Ersatz), planen Sie sie für die neuen Server ein, und markieren Sie sie im Inventar als kompatibel.</translation>
    </message>
    <message>
        <source>Exchange organization: mixed or native mode</source>
        <translation>Exchange-Organisation: gemischter oder einheitlicher Modus</translation>
    </message>
    <message>
        <source>the mode is not recorded</source>
        <translation>der Modus ist nicht erfasst</translation>
    </message>
    <message>
        <source>Exchange server hardware</source>
        <translation>Hardware der Exchange-Server</translation>
    </message>
    <message>
        <source>no server is recorded</source>
        <translation>es ist kein Server erfasst</translation>
    </message>
    <message>
        <source>no hardware recorded for %1</source>
        <translation>für %1 ist keine Hardware erfasst</translation>
    </message>
    <message>
        <source>Administrative groups</source>
        <translation>Administrative Gruppen</translation>
    </message>
    <message>
        <source>no administrative group is recorded</source>
        <translation>es ist keine administrative Gruppe erfasst</translation>
    </message>
    <message>
        <source>Exchange administrators and delegation</source>
        <translation>Exchange-Administratoren und Delegierung</translation>
    </message>
    <message>
        <source>no delegation is recorded</source>
        <translation>es ist keine Delegierung erfasst</translation>
    </message>
    <message>
        <source>Storage groups and stores</source>
        <translation>Speichergruppen und Informationsspeicher</translation>
    </message>
    <message>
        <source>no storage group or store is recorded</source>
        <translation>es ist keine Speichergruppe und kein Informationsspeicher erfasst</translation>
    </message>
    <message>
        <source>Data recovery plan</source>
        <translation>Datenwiederherstellungsplan</translation>
    </message>
    <message>
        <source>the backup and restore plan is not described</source>
        <translation>der Plan für Sicherung und Wiederherstellung ist nicht beschrieben</translation>
    </message>
    <message>
        <source>Routing groups</source>
        <translation>Routinggruppen</translation>
    </message>
    <message>
        <source>no routing group is recorded</source>
        <translation>es ist keine Routinggruppe erfasst</translation>
    </message>
    <message>
        <source>Recipient, server and store policies</source>
        <translation>Empfänger-, Server- und Speicherrichtlinien</translation>
    </message>
    <message>
        <source>no recipient policy is recorded</source>
        <translation>es ist keine Empfängerrichtlinie erfasst</translation>
    </message>
    <message>
        <source>SMTP namespaces</source>
        <translation>SMTP-Namespaces</translation>
    </message>
    <message>
        <source>no SMTP namespace is recorded</source>
        <translation>es ist kein SMTP-Namespace erfasst</translation>
    </message>
    <message>
        <source>Global settings for message delivery</source>
        <translation>Globale Einstellungen für die Nachrichtenübermittlung</translation>
    </message>
    <message>
        <source>no filter, size limit or message format is recorded</source>
        <translation>es ist kein Filter, keine Größenbeschränkung und kein Nachrichtenformat erfasst</translation>
    </message>
    <message>
        <source>Message security settings</source>
        <translation>Einstellungen für die Nachrichtensicherheit</translation>
    </message>
    <message>
        <source>no virtual server, authentication or encryption setting is recorded</source>
        <translation>es ist kein virtueller Server und keine Authentifizierungs- oder Verschlüsselungseinstellung erfasst</translation>
    </message>
    <message>
        <source>Antivirus software and settings</source>
        <translation>Antivirensoftware und -einstellungen</translation>
    </message>
    <message>
        <source>no antivirus product is recorded</source>
        <translation>es ist kein Antivirenprodukt erfasst</translation>
    </message>
    <message>
        <source>Anti-spam settings</source>
        <translation>Antispameinstellungen</translation>
    </message>
    <message>
        <source>no Intelligent Message Filter level, IP list or attachment blocking is recorded</source>
        <translation>es ist keine Stufe für den Intelligent Message Filter, keine IP-Liste und keine Anlagenblockierung erfasst</translation>
    </message>
    <message>
        <source>Smart host</source>
        <translation>Smarthost</translation>
    </message>
    <message>
        <source>no smart host is recorded</source>
        <translation>es ist kein Smarthost erfasst</translation>
    </message>
    <message>
        <source>Active Directory sites, subnets and site links</source>
        <translation>Active Directory-Standorte, Subnetze und Standortverknüpfungen</translation>
    </message>
    <message>
        <source>sites</source>
        <translation>Standorte</translation>
    </message>
    <message>
        <source>subnets</source>
        <translation>Subnetze</translation>
    </message>
    <message>
        <source>site links</source>
        <translation>Standortverknüpfungen</translation>
    </message>
    <message>
        <source>directory servers</source>
        <translation>Verzeichnisserver</translation>
    </message>
    <message>
        <source>no %1 recorded</source>
        <translation>keine %1 erfasst</translation>
    </message>
    <message>
        <source>Forest and domain functional levels</source>
        <translation>Funktionsebenen der Gesamtstruktur und der Domänen</translation>
    </message>
    <message>
        <source>the forest level or a domain&apos;s mode is not recorded</source>
        <translation>die Funktionsebene der Gesamtstruktur oder der Modus einer Domäne ist nicht erfasst</translation>
    </message>
    <message>
        <source>Expansion servers</source>
        <translation>Erweiterungsserver</translation>
    </message>
    <message>
        <source>no distribution group with an expansion server is recorded</source>
        <translation>es ist keine Verteilergruppe mit Erweiterungsserver erfasst</translation>
    </message>
    <message>
        <source>Members of Schema Admins and Enterprise Admins</source>
        <translation>Mitglieder von Schema-Admins und Organisations-Admins</translation>
    </message>
    <message>
        <source>no member is recorded</source>
        <translation>es ist kein Mitglied erfasst</translation>
    </message>
    <message>
        <source>Server placement (organizational unit)</source>
        <translation>Serverplatzierung (Organisationseinheit)</translation>
    </message>
    <message>
        <source>no organizational unit for %1</source>
        <translation>keine Organisationseinheit für %1</translation>
    </message>
    <message>
        <source>Physical network</source>
        <translation>Physisches Netzwerk</translation>
    </message>
    <message>
        <source>backbone, autonomous system connections and bandwidth are not described</source>
        <translation>Backbone, Verbindungen autonomer Systeme und Bandbreite sind nicht beschrieben</translation>
    </message>
    <message>
        <source>DNS servers and MX records</source>
        <translation>DNS-Server und MX-Einträge</translation>
    </message>
    <message>
        <source>no DNS server is recorded</source>
        <translation>es ist kein DNS-Server erfasst</translation>
    </message>
    <message>
        <source>Port availability</source>
        <translation>Portverfügbarkeit</translation>
    </message>
    <message>
        <source>no port has been checked</source>
        <translation>es wurde kein Port geprüft</translation>
    </message>
    <message>
        <source>Perimeter network servers</source>
        <translation>Server im Umkreisnetzwerk</translation>
    </message>
    <message>
        <source>no perimeter server is recorded</source>
        <translation>es ist kein Server im Umkreisnetzwerk erfasst</translation>
    </message>
    <message>
        <source>Exchange-aware products</source>
        <translation>Exchange-fähige Produkte</translation>
    </message>
    <message>
        <source>no Exchange-aware product is recorded</source>
        <translation>es ist kein Exchange-fähiges Produkt erfasst</translation>
    </message>
    <message>
        <source>Exchange 2000 features in use</source>
        <translation>Verwendete Exchange 2000-Funktionen</translation>
    </message>
    <message>
        <source>nobody has answered which unsupported features are in use</source>
        <translation>niemand hat angegeben, welche nicht unterstützten Funktionen verwendet werden</translation>
    </message>
    <message>
        <source>Outlook versions in use</source>
        <translation>Verwendete Outlook-Versionen</translation>
    </message>
    <message>
        <source>the Outlook versions in use are not recorded</source>
        <translation>die verwendeten Outlook-Versionen sind nicht erfasst</translation>
    </message>
    <message>
        <source>Fill in %1 in the inventory, or write a note on the section when there is nothing to record.</source>
        <translation>Tragen Sie „%1“ im Inventar ein, oder schreiben Sie eine Notiz zum Abschnitt, wenn es nichts zu erfassen gibt.</translation>
    </message>
    <message>
        <source>The authoritative SMTP namespace %1 had no MX record when it was checked (%2): inbound Internet mail for it has no published route.</source>
        <translation>Der autorisierende SMTP-Namespace %1 hatte bei der Prüfung (%2) keinen MX-Eintrag: Für eingehende Internet-E-Mail an diesen Namespace ist keine Route veröffentlicht.</translation>
    </message>
    <message>
        <source>The MX lookup of the authoritative SMTP namespace %1 failed when it was checked (%2): %3.</source>
        <translation>Die MX-Abfrage für den autorisierenden SMTP-Namespace %1 ist bei der Prüfung (%2) fehlgeschlagen: %3.</translation>
    </message>
    <message>
        <source>Publish MX records for %1 that point at the servers or perimeter relays that receive its Internet mail, then run the probe again.</source>
        <translation>Veröffentlichen Sie für %1 MX-Einträge, die auf die Server oder Relays im Umkreisnetzwerk verweisen, die die Internet-E-Mail dafür empfangen, und führen Sie die Prüfung dann erneut aus.</translation>
    </message>
    <message>
        <source>unspecified</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <source>TCP port %1 (%2) on %3 was not reachable when it was checked (%4)%5.</source>
        <translation>TCP-Port %1 (%2) auf %3 war bei der Prüfung (%4) nicht erreichbar%5.</translation>
    </message>
    <message>
        <source>Open TCP port %1 to %2 in the firewalls between the Exchange 2007 servers and it (or start the service that listens on it), then run the probe again.</source>
        <translation>Öffnen Sie TCP-Port %1 zu %2 in den Firewalls zwischen den Exchange 2007-Servern und diesem Host (oder starten Sie den Dienst, der an diesem Port lauscht), und führen Sie die Prüfung dann erneut aus.</translation>
    </message>
    <message>
        <source>Exchange organization</source>
        <translation>Exchange-Organisation</translation>
    </message>
    <message>
        <source>Remove the last Exchange 5.5 server, the Site Replication Service and the Active Directory Connector, then switch the organization to native mode in Exchange System Manager (organization Properties, Change Mode). The switch cannot be undone; restart the Information Store service on every server afterwards.</source>
        <translation>Entfernen Sie den letzten Exchange 5.5-Server, den Standortreplikationsdienst und den Active Directory Connector, und stellen Sie die Organisation dann im Exchange-System-Manager auf den einheitlichen Modus um (Eigenschaften der Organisation, Modus ändern). Die Umstellung kann nicht rückgängig gemacht werden; starten Sie danach den Informationsspeicherdienst auf jedem Server neu.</translation>
    </message>
    <message>
        <source>Move the mailboxes, public folders and connectors of %1 to an Exchange 2003 or Exchange 2000 server and remove %1 from the organization; then switch the organization to native mode.</source>
        <translation>Verschieben Sie die Postfächer, Öffentlichen Ordner und Connectors von %1 auf einen Exchange 2003- oder Exchange 2000-Server, entfernen Sie %1 aus der Organisation, und stellen Sie die Organisation dann auf den einheitlichen Modus um.</translation>
    </message>
    <message>
        <source>an unknown server</source>
        <translation>ein unbekannter Server</translation>
    </message>
    <message>
        <source>The Site Replication Service %1 on %2 still exists. Native mode, which Exchange 2007 requires, needs it removed.</source>
        <translation>Der Standortreplikationsdienst %1 auf %2 ist noch vorhanden. Für den einheitlichen Modus, den Exchange 2007 erfordert, muss er entfernt werden.</translation>
    </message>
    <message>
        <source>After the last Exchange 5.5 server is gone, delete the Site Replication Service %1 in Exchange System Manager (Tools, Site Replication Services) and switch to native mode.</source>
        <translation>Sobald der letzte Exchange 5.5-Server entfernt ist, löschen Sie den Standortreplikationsdienst %1 im Exchange-System-Manager (Extras, Standortreplikationsdienste), und stellen Sie auf den einheitlichen Modus um.</translation>
    </message>
    <message>
        <source>The Active Directory Connector connection agreement %1 still exists (under the Sites tree of the configuration). Exchange 2007 needs every connection agreement and ADC service removed.</source>
        <translation>Die Verbindungsvereinbarung %1 des Active Directory Connectors ist noch vorhanden (unter der Struktur „Sites“ der Konfiguration). Exchange 2007 erfordert, dass alle Verbindungsvereinbarungen und ADC-Dienste entfernt sind.</translation>
    </message>
    <message>
        <source>The Active Directory Connector service %1 still exists (under the Sites tree of the configuration). Exchange 2007 needs every ADC service and connection agreement removed.</source>
        <translation>Der Active Directory Connector-Dienst %1 ist noch vorhanden (unter der Struktur „Sites“ der Konfiguration). Exchange 2007 erfordert, dass alle ADC-Dienste und Verbindungsvereinbarungen entfernt sind.</translation>
    </message>
    <message>
        <source>Delete the connection agreements in the Active Directory Connector Services console, then uninstall the Active Directory Connector from %1.</source>
        <translation>Löschen Sie die Verbindungsvereinbarungen in der Konsole „Active Directory Connector-Dienste“, und deinstallieren Sie dann den Active Directory Connector von %1.</translation>
    </message>
    <message>
        <source>On each legacy server (%1) set HKLM\SYSTEM\CurrentControlSet\Services\RESvc\Parameters\SuppressStateChanges to the DWORD 1 and restart the Routing Engine, SMTP and MTA services; then answer yes.</source>
        <translation>Setzen Sie auf jedem Legacy-Server (%1) HKLM\SYSTEM\CurrentControlSet\Services\RESvc\Parameters\SuppressStateChanges auf den DWORD-Wert 1, und starten Sie die Dienste Routingmodul, SMTP und MTA neu; antworten Sie dann mit „Ja“.</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>keine erfasst</translation>
    </message>
    <message>
        <source>The distribution group %1 expands on the legacy server %2. Once %2 is removed, messages to the group are not delivered.</source>
        <translation>Die Verteilergruppe %1 wird auf dem Legacy-Server %2 erweitert. Sobald %2 entfernt ist, werden Nachrichten an die Gruppe nicht mehr zugestellt.</translation>
    </message>
    <message>
        <source>Before %2 is decommissioned, clear the expansion server of %1 (any server) or point it at an Exchange 2007 Hub Transport server.</source>
        <translation>Bevor %2 außer Betrieb genommen wird, entfernen Sie den Erweiterungsserver von %1 (beliebiger Server), oder legen Sie einen Exchange 2007-Hub-Transport-Server als Erweiterungsserver fest.</translation>
    </message>
    <message>
        <source>Public folder stores exist (%1) and Outlook 2003 or earlier is in use. Those clients read free/busy and the offline address book from public folders.</source>
        <translation>Es sind Informationsspeicher für Öffentliche Ordner vorhanden (%1), und Outlook 2003 oder früher wird verwendet. Diese Clients lesen Frei/Gebucht-Informationen und das Offlineadressbuch aus Öffentlichen Ordnern.</translation>
    </message>
    <message>
        <source>Public folder stores exist (%1). Is Outlook 2003 or earlier in use? Those clients read free/busy and the offline address book from public folders; the inventory does not say.</source>
        <translation>Es sind Informationsspeicher für Öffentliche Ordner vorhanden (%1). Wird Outlook 2003 oder früher verwendet? Diese Clients lesen Frei/Gebucht-Informationen und das Offlineadressbuch aus Öffentlichen Ordnern; das Inventar gibt darüber keine Auskunft.</translation>
    </message>
    <message>
        <source>Record the Outlook versions in use in the inventory. If Outlook 2003 or earlier remains, create an Exchange 2007 public folder database and replicate the free/busy and offline address book system folders to it before mailboxes move; then answer yes.</source>
        <translation>Erfassen Sie die verwendeten Outlook-Versionen im Inventar. Wenn Outlook 2003 oder früher weiter verwendet wird, erstellen Sie eine Exchange 2007-Datenbank für Öffentliche Ordner, und replizieren Sie die Systemordner für Frei/Gebucht-Informationen und das Offlineadressbuch dorthin, bevor Postfächer verschoben werden; antworten Sie dann mit „Ja“.</translation>
    </message>
    <message>
        <source>Create an Exchange 2007 public folder database and replicate the free/busy and offline address book system folders to it before mailboxes move.</source>
        <translation>Erstellen Sie eine Exchange 2007-Datenbank für Öffentliche Ordner, und replizieren Sie die Systemordner für Frei/Gebucht-Informationen und das Offlineadressbuch dorthin, bevor Postfächer verschoben werden.</translation>
    </message>
    <message>
        <source>Routing group %1 has a connector path to %2, which hosts the first connector to Exchange 2007, but no path back: mail from Exchange 2007 cannot reach it.</source>
        <translation>Die Routinggruppe %1 hat einen Connectorpfad zu %2, wo sich der erste Connector zu Exchange 2007 befindet, aber keinen Pfad zurück: E-Mail von Exchange 2007 kann sie nicht erreichen.</translation>
    </message>
    <message>
        <source>Routing group %1 can be reached from %2, which hosts the first connector to Exchange 2007, but has no connector path towards it: its mail cannot reach Exchange 2007.</source>
        <translation>Die Routinggruppe %1 ist von %2 aus erreichbar, wo sich der erste Connector zu Exchange 2007 befindet, hat aber keinen Connectorpfad dorthin: Ihre E-Mail kann Exchange 2007 nicht erreichen.</translation>
    </message>
    <message>
        <source>Routing group %1 has no connector path to or from %2, which hosts the first connector to Exchange 2007: mail between it and Exchange 2007 will not flow.</source>
        <translation>Die Routinggruppe %1 hat keinen Connectorpfad zu oder von %2, wo sich der erste Connector zu Exchange 2007 befindet: Zwischen ihr und Exchange 2007 wird keine E-Mail fließen.</translation>
    </message>
    <message>
        <source>Create routing group connectors so that %1 reaches %2 and %2 reaches %1 (each connector carries mail one way; create the reciprocal one too) before the first Exchange 2007 server is installed.</source>
        <translation>Erstellen Sie Routinggruppenconnectors, sodass %1 die Routinggruppe %2 und %2 die Routinggruppe %1 erreicht (jeder Connector überträgt E-Mail nur in eine Richtung; erstellen Sie auch den Gegenconnector), bevor der erste Exchange 2007-Server installiert wird.</translation>
    </message>
    <message>
        <source>The routing group master of %1 is a deleted object (%2). Link state information for the routing group is not kept up to date.</source>
        <translation>Der Routinggruppenmaster von %1 ist ein gelöschtes Objekt (%2). Die Verbindungsstatusinformationen der Routinggruppe werden nicht aktuell gehalten.</translation>
    </message>
    <message>
        <source>In Exchange System Manager open %1, Members, and set a running server as master.</source>
        <translation>Öffnen Sie im Exchange-System-Manager %1, Mitglieder, und legen Sie einen laufenden Server als Master fest.</translation>
    </message>
    <message>
        <source>%1 runs %2. Exchange 2007 requires Exchange Server 2003 SP2 (build 7638) or later on every Exchange 2003 server.</source>
        <translation>Auf %1 wird %2 ausgeführt. Exchange 2007 erfordert Exchange Server 2003 SP2 (Build 7638) oder höher auf jedem Exchange 2003-Server.</translation>
    </message>
    <message>
        <source>Install Exchange Server 2003 Service Pack 2 on %1.</source>
        <translation>Installieren Sie Exchange Server 2003 Service Pack 2 auf %1.</translation>
    </message>
    <message>
        <source>%1 runs %2. Exchange 2007 requires Exchange 2000 Server SP3 (build 6249) or later on every Exchange 2000 server.</source>
        <translation>Auf %1 wird %2 ausgeführt. Exchange 2007 erfordert Exchange 2000 Server SP3 (Build 6249) oder höher auf jedem Exchange 2000-Server.</translation>
    </message>
    <message>
        <source>Install Exchange 2000 Server Service Pack 3 on %1, then the post-SP3 update rollup of August 2004.</source>
        <translation>Installieren Sie Exchange 2000 Server Service Pack 3 auf %1 und anschließend den Updaterollup nach SP3 vom August 2004.</translation>
    </message>
    <message>
        <source>%1 runs Exchange 2000 Server. Exchange 2007 requires the post-SP3 update rollup of August 2004 (KB 870540) on it; the directory does not record whether it is installed.</source>
        <translation>Auf %1 wird Exchange 2000 Server ausgeführt. Exchange 2007 erfordert darauf den Updaterollup nach SP3 vom August 2004 (KB 870540); das Verzeichnis gibt nicht an, ob er installiert ist.</translation>
    </message>
    <message>
        <source>Check the version of store.exe on %1 against the August 2004 rollup, install the rollup where it is missing, then answer yes.</source>
        <translation>Vergleichen Sie die Version von store.exe auf %1 mit dem Rollup vom August 2004, installieren Sie den Rollup, wo er fehlt, und antworten Sie dann mit „Ja“.</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>The version of %1 cannot be read: serialNumber is %2 and versionNumber is %3. The service-pack checks cannot judge it.</source>
        <translation>Die Version von %1 kann nicht gelesen werden: serialNumber ist %2 und versionNumber ist %3. Die Service Pack-Prüfungen können sie nicht beurteilen.</translation>
    </message>
    <message>
        <source>Look up the version and service pack of %1 in Exchange System Manager (server Properties, General) and type them into the inventory.</source>
        <translation>Ermitteln Sie Version und Service Pack von %1 im Exchange-System-Manager (Eigenschaften des Servers, Allgemein), und tragen Sie sie in das Inventar ein.</translation>
    </message>
    <message>
        <source>%1 has no known address, so its Active Directory site is unknown and its routing group&apos;s target sites may be incomplete.</source>
        <translation>%1 hat keine bekannte Adresse, daher ist sein Active Directory-Standort unbekannt, und die Zielstandorte seiner Routinggruppe sind möglicherweise unvollständig.</translation>
    </message>
    <message>
        <source>No subnet of the inventory holds the addresses of %1 (%2), so its Active Directory site is unknown and its routing group&apos;s target sites may be incomplete.</source>
        <translation>Kein Subnetz des Inventars enthält die Adressen von %1 (%2), daher ist sein Active Directory-Standort unbekannt, und die Zielstandorte seiner Routinggruppe sind möglicherweise unvollständig.</translation>
    </message>
    <message>
        <source>Resolve the address of %1 (run discovery again without --no-resolve, or type it), and make sure its subnet is associated with its site in Active Directory Sites and Services.</source>
        <translation>Lösen Sie die Adresse von %1 auf (führen Sie die Ermittlung erneut ohne --no-resolve aus, oder geben Sie die Adresse ein), und stellen Sie sicher, dass sein Subnetz in Active Directory-Standorte und -Dienste seinem Standort zugeordnet ist.</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 und %n weitere</numerusform>
            <numerusform>%1 und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>an unrecorded operating system</source>
        <translation>ein nicht erfasstes Betriebssystem</translation>
    </message>
    <message>
        <source>Nobody has answered whether %1 is in use. Exchange 2007 does not support it: while it is in use, an Exchange 2000 server (%2) must stay.</source>
        <translation>Niemand hat beantwortet, ob %1 verwendet wird. Exchange 2007 unterstützt dies nicht: Solange es verwendet wird, muss ein Exchange 2000-Server (%2) bestehen bleiben.</translation>
    </message>
    <message>
        <source>Find out whether %1 is in use. If it is, record it as in use on its server in the inventory, so that the server is kept; if it is not, record that or answer yes.</source>
        <translation>Ermitteln Sie, ob %1 verwendet wird. Falls ja, erfassen Sie es im Inventar als auf seinem Server verwendet, damit der Server beibehalten wird; falls nein, erfassen Sie dies oder antworten Sie mit Ja.</translation>
    </message>
    <message>
        <source>%1 in routing group %2 runs on %3 (%4). Exchange 2007 does not support it: keep at least one legacy server for it while it is in use, so %3 stays when its routing group is decommissioned.</source>
        <translation>%1 in der Routinggruppe %2 wird auf %3 (%4) ausgeführt. Exchange 2007 unterstützt dies nicht: Behalten Sie dafür mindestens einen Legacy-Server bei, solange es verwendet wird, sodass %3 bestehen bleibt, wenn seine Routinggruppe außer Betrieb genommen wird.</translation>
    </message>
    <message>
        <source>%1 (%2) in routing group %3 runs on %4 (%5). Exchange 2007 does not support it: keep at least one legacy server for it while it is in use, so %4 stays when its routing group is decommissioned.</source>
        <translation>%1 (%2) in der Routinggruppe %3 wird auf %4 (%5) ausgeführt. Exchange 2007 unterstützt dies nicht: Behalten Sie dafür mindestens einen Legacy-Server bei, solange es verwendet wird, sodass %4 bestehen bleibt, wenn seine Routinggruppe außer Betrieb genommen wird.</translation>
    </message>
    <message>
        <source>%1 is in use on %2. Exchange 2007 does not support it: keep at least one Exchange 2000 server while it is in use, so %2 stays when its routing group is decommissioned.</source>
        <translation>%1 wird auf %2 verwendet. Exchange 2007 unterstützt dies nicht: Behalten Sie mindestens einen Exchange 2000-Server bei, solange es verwendet wird, sodass %2 bestehen bleibt, wenn seine Routinggruppe außer Betrieb genommen wird.</translation>
    </message>
    <message>
        <source>%1%2 has no version compatible with Exchange 2007 in place. Exchange-aware products must be upgraded to or replaced with versions compatible with Exchange 2007.</source>
        <translation>Für %1%2 ist keine mit Exchange 2007 kompatible Version vorhanden. Exchange-abhängige Produkte müssen auf mit Exchange 2007 kompatible Versionen aktualisiert oder durch solche ersetzt werden.</translation>
    </message>
    <message>
        <source>Nobody has confirmed that %1%2 has a version compatible with Exchange 2007 in place. Exchange-aware products must be upgraded to or replaced with versions compatible with Exchange 2007.</source>
        <translation>Niemand hat bestätigt, dass für %1%2 eine mit Exchange 2007 kompatible Version vorhanden ist. Exchange-abhängige Produkte müssen auf mit Exchange 2007 kompatible Versionen aktualisiert oder durch solche ersetzt werden.</translation>
    </message>
    <message>
        <source>%1: %2. Microsoft&apos;s Exchange 2007 transition guidance asks for it to be documented; the inventory is the reference for comparing and rolling back.</source>
        <translation>%1: %2. Microsofts Leitfaden für die Umstellung auf Exchange 2007 verlangt, dies zu dokumentieren; das Inventar ist die Referenz für Vergleiche und Rollbacks.</translation>
    </message>
    <message>
        <source>The Exchange organization %1 runs in mixed mode (msExchMixedMode is set). The organization must run in native mode before any Exchange 2007 server is introduced.</source>
        <translation>Die Exchange-Organisation %1 wird im gemischten Modus ausgeführt (msExchMixedMode ist gesetzt). Die Organisation muss im einheitlichen Modus ausgeführt werden, bevor ein Exchange 2007-Server eingeführt wird.</translation>
    </message>
    <message>
        <source>%1 runs Exchange Server 5.5. Exchange 2007 does not coexist with Exchange 5.5: upgrade it to Exchange 2003 or Exchange 2000 first.</source>
        <translation>Auf %1 wird Exchange Server 5.5 ausgeführt. Exchange 2007 kann nicht mit Exchange 5.5 koexistieren: Aktualisieren Sie den Server zuerst auf Exchange 2003 oder Exchange 2000.</translation>
    </message>
    <message numerus="yes">
        <source>The organization has %n legacy routing groups. Setup of the first Hub Transport server creates one routing group connector pair; before any further pair to Exchange 2007 is created, link-state suppression must be set on every Exchange 2003 and Exchange 2000 server, or routing loops can occur. The directory cannot show this registry setting.</source>
        <translation>
            <numerusform>Die Organisation hat %n Legacy-Routinggruppe. Beim Setup des ersten Hub-Transport-Servers wird ein Routinggruppenconnector-Paar erstellt; bevor ein weiteres Paar zu Exchange 2007 erstellt wird, muss auf jedem Exchange 2003- und Exchange 2000-Server die Unterdrückung von Verbindungsstatusänderungen festgelegt werden, da sonst Routingschleifen auftreten können. Diese Registrierungseinstellung ist im Verzeichnis nicht sichtbar.</numerusform>
            <numerusform>Die Organisation hat %n Legacy-Routinggruppen. Beim Setup des ersten Hub-Transport-Servers wird ein Routinggruppenconnector-Paar erstellt; bevor ein weiteres Paar zu Exchange 2007 erstellt wird, muss auf jedem Exchange 2003- und Exchange 2000-Server die Unterdrückung von Verbindungsstatusänderungen festgelegt werden, da sonst Routingschleifen auftreten können. Diese Registrierungseinstellung ist im Verzeichnis nicht sichtbar.</numerusform>
        </translation>
    </message>
    <message>
        <source>The recipient policy %1 uses the LDAP filter %2. Exchange 2007 tools cannot edit it until it is rewritten as an OPATH filter; recipients are still provisioned with it meanwhile.</source>
        <translation>Die Empfängerrichtlinie %1 verwendet den LDAP-Filter %2. Exchange 2007-Tools können sie erst bearbeiten, wenn sie als OPATH-Filter neu geschrieben wurde; bis dahin werden Empfänger weiterhin damit bereitgestellt.</translation>
    </message>
    <message>
        <source>After Exchange 2007 is installed, rewrite %1 as an e-mail address policy with an equivalent OPATH filter (Set-EmailAddressPolicy).</source>
        <translation>Schreiben Sie %1 nach der Installation von Exchange 2007 als E-Mail-Adressrichtlinie mit einem gleichwertigen OPATH-Filter neu (Set-EmailAddressPolicy).</translation>
    </message>
    <message>
        <source>The address list %1 uses the LDAP filter %2. Exchange 2007 tools cannot edit it until it is rewritten as an OPATH filter; the list goes on working meanwhile.</source>
        <translation>Die Adressliste %1 verwendet den LDAP-Filter %2. Exchange 2007-Tools können sie erst bearbeiten, wenn sie als OPATH-Filter neu geschrieben wurde; bis dahin funktioniert die Liste weiterhin.</translation>
    </message>
    <message>
        <source>After Exchange 2007 is installed, rewrite %1 with an equivalent OPATH filter (Set-AddressList).</source>
        <translation>Schreiben Sie %1 nach der Installation von Exchange 2007 mit einem gleichwertigen OPATH-Filter neu (Set-AddressList).</translation>
    </message>
    <message>
        <source>The distribution group %1 expands on the legacy server %2, which stays for a feature Exchange 2007 does not support. Should %2 be removed later, messages to the group are no longer delivered.</source>
        <translation>Die Verteilergruppe %1 wird auf dem Legacy-Server %2 erweitert, der für ein von Exchange 2007 nicht unterstütztes Feature bestehen bleibt. Falls %2 später entfernt wird, werden Nachrichten an die Gruppe nicht mehr zugestellt.</translation>
    </message>
    <message>
        <source>Point the expansion server of %1 at an Exchange 2007 Hub Transport server (or clear it) once its members have moved, and before %2 is ever removed.</source>
        <translation>Richten Sie den Erweiterungsserver von %1 auf einen Exchange 2007-Hub-Transport-Server aus (oder löschen Sie ihn), sobald die Mitglieder verschoben wurden und bevor %2 jemals entfernt wird.</translation>
    </message>
    <message>
        <source>%1, no service pack</source>
        <translation>%1, kein Service Pack</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>etp::ui::AnswerPanel</name>
    <message>
        <source>Your answer</source>
        <translation>Ihre Antwort</translation>
    </message>
    <message>
        <source>&amp;Yes, this is so</source>
        <translation>&amp;Ja, das trifft zu</translation>
    </message>
    <message>
        <source>N&amp;o</source>
        <translation>&amp;Nein</translation>
    </message>
    <message>
        <source>&amp;Record Answer</source>
        <translation>Antwort &amp;erfassen</translation>
    </message>
    <message>
        <source>Answered by</source>
        <translation>Beantwortet von</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <source>Answered on</source>
        <translation>Beantwortet am</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>How you know, a ticket number...</source>
        <translation>Woher Sie es wissen, eine Ticketnummer...</translation>
    </message>
    <message>
        <source>Answered &amp;by:</source>
        <translation>Beantwortet &amp;von:</translation>
    </message>
    <message>
        <source>&amp;On:</source>
        <translation>A&amp;m:</translation>
    </message>
    <message>
        <source>No&amp;te:</source>
        <translation>No&amp;tiz:</translation>
    </message>
    <message>
        <source>Not answered yet: the finding holds its phases until it is answered &quot;yes&quot;.</source>
        <translation>Noch nicht beantwortet: Der Befund hält seine Phasen auf, bis er mit „Ja“ beantwortet wird.</translation>
    </message>
    <message>
        <source>Answered yes: the finding holds nothing.</source>
        <translation>Mit Ja beantwortet: Der Befund hält nichts auf.</translation>
    </message>
    <message>
        <source>Answered no: the finding holds its phases.</source>
        <translation>Mit Nein beantwortet: Der Befund hält seine Phasen auf.</translation>
    </message>
</context>
<context>
    <name>etp::ui::Banner</name>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Error message</source>
        <translation>Fehlermeldung</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Meldung schließen</translation>
    </message>
</context>
<context>
    <name>etp::ui::DocumentActions</name>
    <message>
        <source>Exchange Transition Planner projects (*.etplan)</source>
        <translation>Exchange Transition Planner-Projekte (*.etplan)</translation>
    </message>
    <message>
        <source>&amp;Open...</source>
        <translation>Ö&amp;ffnen...</translation>
    </message>
    <message>
        <source>Open for &amp;Review...</source>
        <translation>Zur Übe&amp;rprüfung öffnen...</translation>
    </message>
    <message>
        <source>Open &amp;Sample Organization</source>
        <translation>Beisp&amp;ielorganisation öffnen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save &amp;As...</source>
        <translation>Speichern &amp;unter...</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <source>Open a project file to work on it.</source>
        <translation>Eine Projektdatei zum Bearbeiten öffnen.</translation>
    </message>
    <message>
        <source>Open a project file to look at it: nothing can be changed, the file stays as it is.</source>
        <translation>Eine Projektdatei zum Ansehen öffnen: Nichts kann geändert werden, die Datei bleibt unverändert.</translation>
    </message>
    <message>
        <source>Look at the bundled sample organization, Fabrikam.</source>
        <translation>Die mitgelieferte Beispielorganisation Fabrikam ansehen.</translation>
    </message>
    <message>
        <source>Save the project to its file.</source>
        <translation>Das Projekt in seiner Datei speichern.</translation>
    </message>
    <message>
        <source>Save the project to another file and go on working there.</source>
        <translation>Das Projekt in einer anderen Datei speichern und dort weiterarbeiten.</translation>
    </message>
    <message>
        <source>Read the file again, dropping the changes made since it was last saved.</source>
        <translation>Die Datei erneut einlesen und die seit dem letzten Speichern vorgenommenen Änderungen verwerfen.</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>Projekt öffnen</translation>
    </message>
    <message>
        <source>Open Project for Review</source>
        <translation>Projekt zur Überprüfung öffnen</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Nicht gespeicherte Änderungen</translation>
    </message>
    <message>
        <source>%1 has changes that are not saved. Save them first?</source>
        <translation>%1 enthält nicht gespeicherte Änderungen. Möchten Sie sie zuerst speichern?</translation>
    </message>
    <message>
        <source>%1 could not be opened: %2</source>
        <translation>%1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>File Changed on Disk</source>
        <translation>Datei auf dem Datenträger geändert</translation>
    </message>
    <message>
        <source>%1 was changed by someone else since it was opened here. Overwrite it with this project, or cancel and choose Save As to keep both?</source>
        <translation>%1 wurde seit dem Öffnen hier von jemand anderem geändert. Mit diesem Projekt überschreiben, oder abbrechen und mit „Speichern unter“ beide behalten?</translation>
    </message>
    <message>
        <source>The project was not saved: %1</source>
        <translation>Das Projekt wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Save Project As</source>
        <translation>Projekt speichern unter</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Drop the changes made since %1 was last saved?</source>
        <translation>Die seit dem letzten Speichern von %1 vorgenommenen Änderungen verwerfen?</translation>
    </message>
    <message>
        <source>The file could not be read again: %1</source>
        <translation>Die Datei konnte nicht erneut gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1 was changed on disk by someone else. Reload it to see their version (your unsaved changes are dropped), or save yours with Save As.</source>
        <translation>%1 wurde auf dem Datenträger von jemand anderem geändert. Laden Sie die Datei neu, um deren Version zu sehen (Ihre nicht gespeicherten Änderungen werden verworfen), oder speichern Sie Ihre Version mit „Speichern unter“.</translation>
    </message>
    <message>
        <source>%1 was changed on disk by someone else. Reload it to see their version.</source>
        <translation>%1 wurde auf dem Datenträger von jemand anderem geändert. Laden Sie die Datei neu, um deren Version zu sehen.</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>Neu &amp;laden</translation>
    </message>
    <message>
        <source>Read-only: %1</source>
        <translation>Schreibgeschützt: %1</translation>
    </message>
</context>
<context>
    <name>etp::ui::ExportDialog</name>
    <message>
        <source>Only open tasks (not started or in progress)</source>
        <translation>Nur offene Aufgaben (nicht begonnen oder in Arbeit)</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>&amp;Durchsuchen...</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Transition checklist</source>
        <translation>Checkliste für die Umstellung</translation>
    </message>
    <message>
        <source>Inventory report (Tables 1, 2 and 3)</source>
        <translation>Inventarbericht (Tabellen 1, 2 und 3)</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>HTML page</source>
        <translation>HTML-Seite</translation>
    </message>
    <message>
        <source>CSV, one row per task</source>
        <translation>CSV, eine Zeile je Aufgabe</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>Whole plan</source>
        <translation>Gesamter Plan</translation>
    </message>
    <message>
        <source>Routing group %1</source>
        <translation>Routinggruppe %1</translation>
    </message>
    <message>
        <source>AD site %1</source>
        <translation>AD-Standort %1</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papier</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>&amp;Document:</source>
        <translation>&amp;Dokument:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>&amp;Scope:</source>
        <translation>&amp;Bereich:</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Papier:</translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <translation>D&amp;atei:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>Pre&amp;view...</source>
        <translation>&amp;Vorschau...</translation>
    </message>
    <message>
        <source>CSV holds one row per task, so it writes the checklist only.</source>
        <translation>CSV enthält eine Zeile je Aufgabe und schreibt daher nur die Checkliste.</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exportieren nach</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>%1-Dateien (*.%2)</translation>
    </message>
    <message>
        <source>Choose the file to write.</source>
        <translation>Wählen Sie die zu schreibende Datei.</translation>
    </message>
    <message>
        <source>Writing %1...</source>
        <translation>%1 wird geschrieben...</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Anhalten</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>Written to %1.</source>
        <translation>Geschrieben nach %1.</translation>
    </message>
    <message>
        <source>Stopped. No file was written.</source>
        <translation>Angehalten. Es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Print Checklist</source>
        <translation>Checkliste drucken</translation>
    </message>
</context>
<context>
    <name>etp::ui::FindingsModel</name>
    <message numerus="yes">
        <source>%1 (%n finding(s))</source>
        <translation>
            <numerusform>%1 (%n Befund)</numerusform>
            <numerusform>%1 (%n Befunde)</numerusform>
        </translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Nicht beantwortet</translation>
    </message>
    <message>
        <source>Yes (%1)</source>
        <translation>Ja (%1)</translation>
    </message>
    <message>
        <source>No (%1)</source>
        <translation>Nein (%1)</translation>
    </message>
    <message>
        <source>Rule and subject</source>
        <translation>Regel und Objekt</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Befund</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
</context>
<context>
    <name>etp::ui::FindingsPage</name>
    <message>
        <source>All severities</source>
        <translation>Alle Schweregrade</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Filter by rule, object or text</source>
        <translation>Nach Regel, Objekt oder Text filtern</translation>
    </message>
    <message>
        <source>Filter findings</source>
        <translation>Befunde filtern</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>An&amp;zeigen:</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>Finding details</source>
        <translation>Befunddetails</translation>
    </message>
    <message>
        <source>No findings: every rule passed.</source>
        <translation>Keine Befunde: Alle Regeln sind erfüllt.</translation>
    </message>
    <message>
        <source>No finding matches the filter.</source>
        <translation>Kein Befund entspricht dem Filter.</translation>
    </message>
    <message>
        <source>Select a finding to see what to do about it and which phases it holds.</source>
        <translation>Wählen Sie einen Befund aus, um zu sehen, was zu tun ist und welche Phasen er aufhält.</translation>
    </message>
    <message>
        <source>Concerns %1</source>
        <translation>Betrifft %1</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>Was zu tun ist:</translation>
    </message>
    <message>
        <source>Holds:</source>
        <translation>Hält auf:</translation>
    </message>
    <message>
        <source>Concerns:</source>
        <translation>Betrifft:</translation>
    </message>
</context>
<context>
    <name>etp::ui::InventoryTreeModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Inventory</source>
        <translation>Inventar</translation>
    </message>
</context>
<context>
    <name>etp::ui::InventoryView</name>
    <message>
        <source>Inventory sections</source>
        <translation>Inventarabschnitte</translation>
    </message>
    <message>
        <source>The inventory&apos;s sections and objects; select one to see its fields.</source>
        <translation>Die Abschnitte und Objekte des Inventars; wählen Sie eines aus, um seine Felder anzuzeigen.</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Found by: %1</source>
        <translation>Herkunft: %1</translation>
    </message>
    <message>
        <source>Select an object on the left to see its fields.</source>
        <translation>Wählen Sie links ein Objekt aus, um seine Felder anzuzeigen.</translation>
    </message>
    <message>
        <source>Sections of this part of the inventory and their sizes.</source>
        <translation>Abschnitte dieses Inventarteils und ihre Größe.</translation>
    </message>
    <message>
        <source>Go to %1</source>
        <translation>Zu %1 wechseln</translation>
    </message>
</context>
<context>
    <name>etp::ui::MainWindow</name>
    <message>
        <source>No project open</source>
        <translation>Kein Projekt geöffnet</translation>
    </message>
    <message>
        <source>Inventory</source>
        <translation>Inventar</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Exchange Transition Planner</source>
        <translation>&amp;Info über Exchange Transition Planner</translation>
    </message>
    <message>
        <source>About Exchange Transition Planner</source>
        <translation>Info über Exchange Transition Planner</translation>
    </message>
    <message>
        <source>Exchange Transition Planner %1

Plans the transition of an Exchange Server 2003/2000 organization to Exchange Server 2007.</source>
        <translation>Exchange Transition Planner %1

Plant die Umstellung einer Exchange Server 2003/2000-Organisation auf Exchange Server 2007.</translation>
    </message>
    <message>
        <source>Exchange Transition Planner</source>
        <translation>Exchange Transition Planner</translation>
    </message>
    <message>
        <source>&amp;Export...</source>
        <translation>&amp;Exportieren...</translation>
    </message>
    <message>
        <source>&lt;h2&gt;No project is open&lt;/h2&gt;&lt;p&gt;Open a project file, or look at the bundled sample organization to see what a plan looks like.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Kein Projekt geöffnet&lt;/h2&gt;&lt;p&gt;Öffnen Sie eine Projektdatei, oder sehen Sie sich die mitgelieferte Beispielorganisation an, die zeigt, wie ein Plan aussieht.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Open a Project...</source>
        <translation>Projekt öffnen...</translation>
    </message>
    <message>
        <source>Open the Sample Organization</source>
        <translation>Beispielorganisation öffnen</translation>
    </message>
    <message>
        <source>Updating the plan...</source>
        <translation>Plan wird aktualisiert...</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Übersicht</translation>
    </message>
    <message>
        <source>&amp;Findings</source>
        <translation>Be&amp;funde</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation>&amp;Plan</translation>
    </message>
    <message>
        <source>&amp;Inventory</source>
        <translation>&amp;Inventar</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>Updating the plan</source>
        <translation>Plan wird aktualisiert</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Zuletzt &amp;geöffnet</translation>
    </message>
    <message>
        <source>&amp;Print Checklist...</source>
        <translation>Checkliste &amp;drucken...</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Info über &amp;Qt</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Hauptsymbolleiste</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation>Rückgängig: %1</translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation>Wiederholen: %1</translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1 (schreibgeschützt)</translation>
    </message>
    <message>
        <source>%1 - Exchange Transition Planner</source>
        <translation>%1 - Exchange Transition Planner</translation>
    </message>
    <message numerus="yes">
        <source>%n Exchange server(s)</source>
        <translation>
            <numerusform>%n Exchange-Server</numerusform>
            <numerusform>%n Exchange-Server</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n AD site(s)</source>
        <translation>
            <numerusform>%n AD-Standort</numerusform>
            <numerusform>%n AD-Standorte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n phase(s)</source>
        <translation>
            <numerusform>%n Phase</numerusform>
            <numerusform>%n Phasen</numerusform>
        </translation>
    </message>
    <message>
        <source>Preparing the project</source>
        <translation>Das Projekt wird vorbereitet</translation>
    </message>
    <message>
        <source>Checking readiness and planning</source>
        <translation>Bereitschaft wird geprüft und geplant</translation>
    </message>
    <message>
        <source>Checking the readiness of %1 and planning its transition...</source>
        <translation>Die Bereitschaft von %1 wird geprüft und der Übergang geplant...</translation>
    </message>
</context>
<context>
    <name>etp::ui::ObjectDetailModel</name>
    <message>
        <source>Objects</source>
        <translation>Objekte</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>%1

Double-click or press Enter to go to it.</source>
        <translation>%1

Doppelklicken Sie, oder drücken Sie die Eingabetaste, um dorthin zu wechseln.</translation>
    </message>
</context>
<context>
    <name>etp::ui::OverviewPage</name>
    <message>
        <source>Updating the plan...</source>
        <translation>Plan wird aktualisiert...</translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation>Bereitschaft</translation>
    </message>
    <message>
        <source>Phases that can start now</source>
        <translation>Phasen, die jetzt beginnen können</translation>
    </message>
    <message>
        <source>Legacy servers to keep</source>
        <translation>Beizubehaltende Legacy-Server</translation>
    </message>
    <message>
        <source>Progress per routing group and AD site</source>
        <translation>Fortschritt pro Routinggruppe und AD-Standort</translation>
    </message>
    <message>
        <source>Double-click a row (or press Enter) to see its phases in the plan.</source>
        <translation>Doppelklicken Sie auf eine Zeile (oder drücken Sie die Eingabetaste), um ihre Phasen im Plan anzuzeigen.</translation>
    </message>
    <message>
        <source>Can start now</source>
        <translation>Kann jetzt beginnen</translation>
    </message>
    <message>
        <source>Progress and mailbox moves</source>
        <translation>Fortschritt und Postfachverschiebungen</translation>
    </message>
    <message numerus="yes">
        <source>%n Exchange server(s)</source>
        <translation>
            <numerusform>%n Exchange-Server</numerusform>
            <numerusform>%n Exchange-Server</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n routing group(s)</source>
        <translation>
            <numerusform>%n Routinggruppe</numerusform>
            <numerusform>%n Routinggruppen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n AD site(s)</source>
        <translation>
            <numerusform>%n AD-Standort</numerusform>
            <numerusform>%n AD-Standorte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n phase(s) in the plan</source>
        <translation>
            <numerusform>%n Phase im Plan</numerusform>
            <numerusform>%n Phasen im Plan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n blocker(s)</source>
        <translation>
            <numerusform>%n Blocker</numerusform>
            <numerusform>%n Blocker</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open question(s)</source>
        <translation>
            <numerusform>%n offene Frage</numerusform>
            <numerusform>%n offene Fragen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 phase(s) held</source>
        <translation>
            <numerusform>%n von %1 Phasen aufgehalten</numerusform>
            <numerusform>%n von %1 Phasen aufgehalten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weitere</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>No phase can start now: every open phase is held or waits for another. The findings say what holds them.</source>
        <translation>Keine Phase kann jetzt beginnen: Jede offene Phase wird aufgehalten oder wartet auf eine andere. Die Befunde zeigen, was sie aufhält.</translation>
    </message>
    <message>
        <source>None: no feature or connector needs a legacy server to stay.</source>
        <translation>Keine: Keine Funktion und kein Connector erfordert, dass ein Legacy-Server bestehen bleibt.</translation>
    </message>
</context>
<context>
    <name>etp::ui::PlanLabels</name>
    <message>
        <source>Not started</source>
        <translation>Nicht begonnen</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Nicht zutreffend</translation>
    </message>
    <message>
        <source>Blocker</source>
        <translation>Blocker</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>AD site</source>
        <translation>AD-Standort</translation>
    </message>
    <message>
        <source>Routing group</source>
        <translation>Routinggruppe</translation>
    </message>
</context>
<context>
    <name>etp::ui::PlanPage</name>
    <message>
        <source>&amp;Overdue only</source>
        <translation>&amp;Nur überfällige</translation>
    </message>
    <message>
        <source>C&amp;lear Date</source>
        <translation>Datum &amp;löschen</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Nach Status filtern</translation>
    </message>
    <message>
        <source>Filter by owner</source>
        <translation>Nach Verantwortlichen filtern</translation>
    </message>
    <message>
        <source>Only unfinished tasks whose date has passed</source>
        <translation>Nur nicht abgeschlossene Aufgaben, deren Datum überschritten ist</translation>
    </message>
    <message>
        <source>&amp;Tasks:</source>
        <translation>Auf&amp;gaben:</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Phase or task details</source>
        <translation>Details zu Phase oder Aufgabe</translation>
    </message>
    <message>
        <source>There is no plan yet: open a project or the sample organization.</source>
        <translation>Es gibt noch keinen Plan: Öffnen Sie ein Projekt oder die Beispielorganisation.</translation>
    </message>
    <message>
        <source>No task matches the filter.</source>
        <translation>Keine Aufgabe entspricht dem Filter.</translation>
    </message>
    <message>
        <source>Select a phase to see what holds it, or a task to see how to do it.</source>
        <translation>Wählen Sie eine Phase aus, um zu sehen, was sie aufhält, oder eine Aufgabe, um zu sehen, wie sie auszuführen ist.</translation>
    </message>
    <message>
        <source>In %1</source>
        <translation>In %1</translation>
    </message>
    <message>
        <source>No longer in the plan: its object or phase left the inventory. The status recorded for it is kept.</source>
        <translation>Nicht mehr im Plan: Ihr Objekt oder ihre Phase ist nicht mehr im Inventar. Der für sie erfasste Status bleibt erhalten.</translation>
    </message>
    <message>
        <source>Waits for:</source>
        <translation>Wartet auf:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Notiz:</translation>
    </message>
    <message>
        <source>%1 · %2 of %3 tasks finished</source>
        <translation>%1 · %2 von %3 Aufgaben abgeschlossen</translation>
    </message>
    <message>
        <source>Cannot start: held by these findings until they are resolved or answered.</source>
        <translation>Kann nicht beginnen: Wird von diesen Befunden aufgehalten, bis sie behoben oder beantwortet sind.</translation>
    </message>
    <message>
        <source>Can start now.</source>
        <translation>Kann jetzt beginnen.</translation>
    </message>
    <message>
        <source>Follows:</source>
        <translation>Folgt auf:</translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s) concern this phase.</source>
        <translation>
            <numerusform>%n Warnung betrifft diese Phase.</numerusform>
            <numerusform>%n Warnungen betreffen diese Phase.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>etp::ui::PlanTreeModel</name>
    <message numerus="yes">
        <source>No longer in the plan (%n task(s))</source>
        <translation>
            <numerusform>Nicht mehr im Plan (%n Aufgabe)</numerusform>
            <numerusform>Nicht mehr im Plan (%n Aufgaben)</numerusform>
        </translation>
    </message>
    <message>
        <source>Tasks tracked earlier whose object or phase left the plan; their status is kept.</source>
        <translation>Früher verfolgte Aufgaben, deren Objekt oder Phase nicht mehr im Plan ist; ihr Status bleibt erhalten.</translation>
    </message>
    <message>
        <source>%1 of %2 finished</source>
        <translation>%1 von %2 abgeschlossen</translation>
    </message>
    <message numerus="yes">
        <source>Held by %n finding(s)</source>
        <translation>
            <numerusform>Aufgehalten durch %n Befund</numerusform>
            <numerusform>Aufgehalten durch %n Befunde</numerusform>
        </translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Can start</source>
        <translation>Kann beginnen</translation>
    </message>
    <message>
        <source>Waits</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <source>Waits for %1</source>
        <translation>Wartet auf %1</translation>
    </message>
    <message>
        <source>No longer in the plan</source>
        <translation>Nicht mehr im Plan</translation>
    </message>
    <message>
        <source>Done by an Exchange 2007 server</source>
        <translation>Erledigt durch einen Exchange 2007-Server</translation>
    </message>
    <message>
        <source>Phase and task</source>
        <translation>Phase und Aufgabe</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Holds and waits</source>
        <translation>Aufgehalten und wartet</translation>
    </message>
</context>
<context>
    <name>etp::ui::PlanningChoicesPanel</name>
    <message>
        <source>Move &amp;Up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>Use Default &amp;Order</source>
        <translation>Standardreihenfolge &amp;verwenden</translation>
    </message>
    <message>
        <source>Use Default S&amp;ites</source>
        <translation>&amp;Standardstandorte verwenden</translation>
    </message>
    <message>
        <source>Routing-group order</source>
        <translation>Reihenfolge der Routinggruppen</translation>
    </message>
    <message>
        <source>The order in which the legacy routing groups move; drag a routing group, or move it up or down.</source>
        <translation>Die Reihenfolge, in der die Legacy-Routinggruppen umgestellt werden; ziehen Sie eine Routinggruppe, oder verschieben Sie sie nach oben oder unten.</translation>
    </message>
    <message>
        <source>Target AD sites</source>
        <translation>AD-Zielstandorte</translation>
    </message>
    <message>
        <source>&amp;Routing group:</source>
        <translation>&amp;Routinggruppe:</translation>
    </message>
    <message>
        <source>Routing group whose target sites are shown</source>
        <translation>Routinggruppe, deren Zielstandorte angezeigt werden</translation>
    </message>
    <message>
        <source>The AD sites that receive this routing group&apos;s Exchange 2007 servers.</source>
        <translation>Die AD-Standorte, die die Exchange 2007-Server dieser Routinggruppe aufnehmen.</translation>
    </message>
    <message>
        <source>First connector</source>
        <translation>Erster Connector</translation>
    </message>
    <message>
        <source>Routing group hosting the first connector</source>
        <translation>Routinggruppe, die den ersten Connector hostet</translation>
    </message>
    <message>
        <source>&amp;Hosted by:</source>
        <translation>G&amp;ehostet in:</translation>
    </message>
    <message>
        <source>The first Hub Transport server&apos;s setup connects Exchange 2007 to this routing group; the connector stays until the last legacy routing group is removed.</source>
        <translation>Das Setup des ersten Hub-Transport-Servers verbindet Exchange 2007 mit dieser Routinggruppe; der Connector bleibt bestehen, bis die letzte Legacy-Routinggruppe entfernt ist.</translation>
    </message>
    <message>
        <source>Mailbox moves</source>
        <translation>Postfachverschiebungen</translation>
    </message>
    <message>
        <source> GB/h</source>
        <translation> GB/h</translation>
    </message>
    <message>
        <source>Move rate per concurrent move</source>
        <translation>Rate pro gleichzeitiger Verschiebung</translation>
    </message>
    <message>
        <source>Concurrent moves</source>
        <translation>Gleichzeitige Verschiebungen</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>Hours a night</source>
        <translation>Stunden pro Nacht</translation>
    </message>
    <message>
        <source>Move &amp;rate per move:</source>
        <translation>Ra&amp;te pro Verschiebung:</translation>
    </message>
    <message>
        <source>&amp;Concurrent moves:</source>
        <translation>Gleich&amp;zeitige Verschiebungen:</translation>
    </message>
    <message>
        <source>Hours a &amp;night:</source>
        <translation>Stunden pro Na&amp;cht:</translation>
    </message>
    <message>
        <source>Other Exchange-aware products</source>
        <translation>Andere Exchange-fähige Produkte</translation>
    </message>
    <message>
        <source>&amp;Product:</source>
        <translation>Produ&amp;kt:</translation>
    </message>
    <message>
        <source>Product whose held phases are shown</source>
        <translation>Produkt, dessen aufgehaltene Phasen angezeigt werden</translation>
    </message>
    <message>
        <source>Phases the product holds</source>
        <translation>Vom Produkt aufgehaltene Phasen</translation>
    </message>
    <message>
        <source>There is no legacy routing group to order.</source>
        <translation>Es gibt keine Legacy-Routinggruppe, die sortiert werden kann.</translation>
    </message>
    <message>
        <source>The default order is in use: a pilot first, the routing groups hosting connectors last.</source>
        <translation>Die Standardreihenfolge wird verwendet: zuerst ein Pilot, zuletzt die Routinggruppen, die Connectors hosten.</translation>
    </message>
    <message>
        <source>Default order: %1</source>
        <translation>Standardreihenfolge: %1</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Default (%1)</source>
        <translation>Standard (%1)</translation>
    </message>
    <message>
        <source>Open a project to choose how it is planned.</source>
        <translation>Öffnen Sie ein Projekt, um festzulegen, wie es geplant wird.</translation>
    </message>
    <message>
        <source>Default: %1</source>
        <translation>Standard: %1</translation>
    </message>
    <message>
        <source>The default is in use: the sites of the routing group&apos;s servers.</source>
        <translation>Der Standard wird verwendet: die Standorte der Server der Routinggruppe.</translation>
    </message>
    <message>
        <source>There is no legacy routing group.</source>
        <translation>Es gibt keine Legacy-Routinggruppe.</translation>
    </message>
    <message>
        <source>No product of the category &quot;other&quot; (BlackBerry, archiving, fax) is in the inventory.</source>
        <translation>Das Inventar enthält kein Produkt der Kategorie „Sonstige“ (BlackBerry, Archivierung, Fax).</translation>
    </message>
    <message>
        <source>%1 (always)</source>
        <translation>%1 (immer)</translation>
    </message>
</context>
<context>
    <name>etp::ui::ProgressModel</name>
    <message numerus="yes">
        <source>%n mailbox(es)</source>
        <translation>
            <numerusform>%n Postfach</numerusform>
            <numerusform>%n Postfächer</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation>%1 GB</translation>
    </message>
    <message numerus="yes">
        <source>%n night(s)</source>
        <translation>
            <numerusform>%n Nacht</numerusform>
            <numerusform>%n Nächte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n store(s) without a size left out)</source>
        <translation>
            <numerusform>(%n Informationsspeicher ohne Größe nicht berücksichtigt)</numerusform>
            <numerusform>(%n Informationsspeicher ohne Größe nicht berücksichtigt)</numerusform>
        </translation>
    </message>
    <message>
        <source>Routing group</source>
        <translation>Routinggruppe</translation>
    </message>
    <message>
        <source>AD site</source>
        <translation>AD-Standort</translation>
    </message>
    <message>
        <source>%1 of %2 tasks finished (%3 not applicable)</source>
        <translation>%1 von %2 Aufgaben abgeschlossen (%3 nicht zutreffend)</translation>
    </message>
    <message>
        <source>%1 of %2 tasks finished</source>
        <translation>%1 von %2 Aufgaben abgeschlossen</translation>
    </message>
    <message>
        <source>Routing group or site</source>
        <translation>Routinggruppe oder Standort</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Mailbox moves</source>
        <translation>Postfachverschiebungen</translation>
    </message>
</context>
<context>
    <name>etp::ui::ProjectSession</name>
    <message>
        <source>This project has not been saved yet: there is no file to revert to.</source>
        <translation>Dieses Projekt wurde noch nicht gespeichert: Es gibt keine Datei, auf die es zurückgesetzt werden kann.</translation>
    </message>
    <message>
        <source>opened for review. Everything is shown, nothing can be changed, and the file stays as it is.</source>
        <translation>zur Überprüfung geöffnet. Alles wird angezeigt, nichts kann geändert werden, und die Datei bleibt unverändert.</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
</context>
<context>
    <name>etp::ui::RecentFiles</name>
    <message>
        <source>No recent projects</source>
        <translation>Keine zuletzt geöffneten Projekte</translation>
    </message>
</context>
<context>
    <name>etp::ui::TaskDelegate</name>
    <message>
        <source>Task status</source>
        <translation>Aufgabenstatus</translation>
    </message>
    <message>
        <source>Task date</source>
        <translation>Aufgabendatum</translation>
    </message>
</context>
</TS>
