#include "TestSupport.h"

namespace etp::test {

QString dataPath(const QString &relative)
{
    return QStringLiteral(ETP_TEST_DATA_DIR) + QLatin1Char('/') + relative;
}

} // namespace etp::test
