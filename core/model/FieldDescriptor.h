#pragma once

// Field descriptors: what an editor needs to know about each field of the inventory, built on the model's field
// reflection (`fields(v)`), so that an editor, the command line and the wizard can show, validate and set any field
// without knowing it by name.

#include "Inventory.h"
#include "Result.h"

#include <QJsonValue>

#include <functional>

namespace etp {

/// What kind of value a field holds, as an editor offers it.
enum class FieldKind : int {
    Text = 0,
    Number,
    YesNo,
    Enumeration,
    Date,
    DateTime,
    Address, ///< an IPv4 or IPv6 address
    Subnet,  ///< a prefix in CIDR form ("192.0.2.0/24")
    Version, ///< a version picked from the known Exchange or Windows builds (others accepted when they parse)
    Reference,
    ReferenceList
};
template <> struct EnumNames<FieldKind> {
    static constexpr std::array<const char *, 11> names{"text",    "number",    "yes-no",        "enumeration",
                                                        "date",    "date-time", "address",       "subnet",
                                                        "version", "reference", "reference-list"};
};

/// One value an editor offers for an enumeration or version field.
struct FieldChoice {
    QString value;              ///< the stable value stored in the file
    const char *text = nullptr; ///< source text of its translated label (context "etp::FieldValues"); none = value

    /// The label a person reads (translated).
    QString label() const;
};

/// Everything an editor needs to know about one field of one kind of object.
struct FieldDescriptor {
    QString objectKind; ///< the model type's kind ("exchange_server")
    QString name;       ///< the field's name in the model's reflection ("routingGroupId")
    FieldKind kind = FieldKind::Text;
    bool list = false;     ///< holds a list of values (a list of references, addresses, texts or choices)
    bool optional = false; ///< may be unknown (null), as opposed to empty or false
    bool integer = false;  ///< numbers: whole numbers only
    std::optional<double> minimum;
    std::optional<double> maximum;
    bool required = false;       ///< may not be left empty (the object's name, a subnet's prefix)
    QStringList referencedKinds; ///< references: the kinds of object the ids may name
    bool derived = false;        ///< set by the program from other values: shown, never edited
    QStringList derivedFrom;     ///< for a derived field, the fields (or checks) it comes from
    bool manualOnly = false;     ///< the directory cannot tell: only a person can fill it
    QList<FieldChoice> choices;  ///< enumerations: every allowed value; versions: the known builds
    /// A further check beyond the kind's (a serialNumber that must parse, phase names); returns the reason or "".
    std::function<QString(const QJsonValue &)> check;

    /// The label a person reads (translated), e.g. "Routing group".
    QString label() const;
    /// Why `value` (in its JSON form, as FieldCodec writes it) cannot be stored in this field; empty when it can.
    /// With an inventory, references must name an object of a referenced kind that exists.
    QString refusal(const QJsonValue &value, const Inventory *inventory = nullptr) const;
    /// Reads a value as a person types it on the command line: "yes"/"no" (or "unknown"), numbers, dates as
    /// YYYY-MM-DD, lists separated by commas, the empty text for "clear". The value is not validated yet.
    Result<QJsonValue> parse(const QString &text) const;
    /// The value as a person types it: the inverse of parse() for a valid value.
    QString format(const QJsonValue &value) const;
};

/// The descriptors of every field of a kind of inventory object, in reflection order; empty for an unknown kind.
const QList<FieldDescriptor> &fieldDescriptors(const QString &objectKind);
/// One field's descriptor; nullptr when the kind has no such field.
const FieldDescriptor *fieldDescriptor(const QString &objectKind, const QString &field);
/// Every kind of inventory object, single objects first, then the collections, in inventory order.
const QStringList &inventoryKinds();
/// True for the kinds of the single objects (organization, forest, message delivery, ...), which cannot be added or
/// removed.
bool isSingleKind(const QString &objectKind);
/// The translated name of one object of a kind ("Exchange server").
QString objectKindLabel(const QString &objectKind);

} // namespace etp
