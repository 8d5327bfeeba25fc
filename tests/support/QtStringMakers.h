#pragma once

// Lets Catch2 print Qt values in failure messages.

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <catch2/catch.hpp>

namespace Catch {
template <> struct StringMaker<QString> {
    static std::string convert(const QString &s) { return '"' + s.toStdString() + '"'; }
};
template <> struct StringMaker<QStringList> {
    static std::string convert(const QStringList &l) { return "[" + l.join(QLatin1String(", ")).toStdString() + "]"; }
};
template <> struct StringMaker<QByteArray> {
    static std::string convert(const QByteArray &b) { return '"' + b.toStdString() + '"'; }
};
} // namespace Catch
