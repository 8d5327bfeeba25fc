#pragma once

#include <QString>

namespace etp {

/// The label a person reads for a model field ("sendLimitKb" -> "Sending limit (KB)"), translated.
QString fieldLabel(const QString &field);

} // namespace etp
