#include "Meta.h"

#include <QUuid>

namespace etp {

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString guidToString(const QByteArray &objectGuid)
{
    if (objectGuid.size() != 16)
        return {};
    const auto *b = reinterpret_cast<const uchar *>(objectGuid.constData());
    const uint data1 = uint(b[0]) | uint(b[1]) << 8 | uint(b[2]) << 16 | uint(b[3]) << 24;
    const ushort data2 = ushort(b[4] | b[5] << 8);
    const ushort data3 = ushort(b[6] | b[7] << 8);
    const QUuid uuid(data1, data2, data3, b[8], b[9], b[10], b[11], b[12], b[13], b[14], b[15]);
    return uuid.toString(QUuid::WithoutBraces);
}

void ObjectMeta::setSource(const QString &field, Source source)
{
    if (source == origin)
        fieldSources.remove(field);
    else
        fieldSources.insert(field, source);
}

ObjectMeta typedMeta()
{
    ObjectMeta meta;
    meta.id = newId();
    meta.origin = Source::Typed;
    return meta;
}

} // namespace etp
