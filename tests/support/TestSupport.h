#pragma once

#include <QString>
#include <QTemporaryDir>

namespace etp::test {

/// A path inside the test data folder (tests/data).
QString dataPath(const QString &relative);

} // namespace etp::test
