#include "FileInspector.h"

#include "Schema.h"
#include "StorageError.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace etp::storage {

namespace {

constexpr qint64 kHeaderSize = 100;
constexpr char kMagic[] = "SQLite format 3";

quint32 bigEndian32(const QByteArray &bytes, int offset)
{
    const auto *b = reinterpret_cast<const uchar *>(bytes.constData() + offset);
    return quint32(b[0]) << 24 | quint32(b[1]) << 16 | quint32(b[2]) << 8 | quint32(b[3]);
}

struct RawRead {
    QByteArray header;
    qint64 size = 0;
    std::optional<Error> error;
};

RawRead readHeader(const QString &path)
{
    RawRead raw;
    const QFileInfo info(path);
    if (!info.exists()) {
        raw.error = notFoundError(path);
        return raw;
    }
    if (!info.isFile()) {
        raw.error = notReadableError(path, QCoreApplication::translate("etp::ProjectFile", "it is not a file"));
        return raw;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        raw.error = notReadableError(path, file.errorString());
        return raw;
    }
    raw.size = file.size();
    raw.header = file.read(kHeaderSize);
    return raw;
}

FileHeader parse(const QByteArray &header, qint64 size)
{
    FileHeader h;
    h.fileSize = size;
    const quint32 rawPageSize = quint32(uchar(header[16])) << 8 | quint32(uchar(header[17]));
    h.pageSize = rawPageSize == 1 ? 65536 : rawPageSize;
    h.walMode = header[18] == 2 || header[19] == 2;
    const quint32 changeCounter = bigEndian32(header, 24);
    h.pageCount = bigEndian32(header, 28);
    h.pageCountValid = h.pageCount > 0 && bigEndian32(header, 92) == changeCounter;
    h.userVersion = qint32(bigEndian32(header, 60));
    h.applicationId = qint32(bigEndian32(header, 68));
    return h;
}

} // namespace

QString journalPath(const QString &path)
{
    return path + QLatin1String("-journal");
}

Result<FileHeader> inspectFile(const QString &path)
{
    RawRead raw = readHeader(path);
    if (raw.error)
        return *raw.error;
    if (raw.size == 0)
        return emptyFileError(path);
    const qsizetype magicLength = sizeof(kMagic); // includes the terminating NUL, as in the file
    if (raw.header.left(magicLength) != QByteArray(kMagic, magicLength)) {
        // A file cut short inside the magic still starts like one of ours.
        if (raw.header.size() < magicLength && QByteArray(kMagic, magicLength).startsWith(raw.header))
            return truncatedError(path, kHeaderSize, raw.size);
        return notSqliteError(path);
    }
    if (raw.header.size() < kHeaderSize)
        return truncatedError(path, kHeaderSize, raw.size);
    const FileHeader header = parse(raw.header, raw.size);
    if (header.applicationId != kApplicationId || header.walMode)
        return foreignError(path);
    return header;
}

Status checkComplete(const QString &path)
{
    RawRead raw = readHeader(path);
    if (raw.error)
        return *raw.error;
    if (raw.header.size() < kHeaderSize)
        return truncatedError(path, kHeaderSize, raw.size);
    const FileHeader header = parse(raw.header, raw.size);
    if (header.pageSize < 512 || (header.pageSize & (header.pageSize - 1)) != 0)
        return corruptError(path, QCoreApplication::translate("etp::ProjectFile", "invalid page size"));
    const qint64 expected = header.pageCountValid ? header.pageCount * header.pageSize : 0;
    if (raw.size < expected)
        return truncatedError(path, expected, raw.size);
    if (raw.size % header.pageSize != 0)
        return truncatedError(path, (raw.size / header.pageSize + 1) * header.pageSize, raw.size);
    return Status::success();
}

} // namespace etp::storage
