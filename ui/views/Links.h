#pragma once

#include <QString>

class QLabel;

namespace etp::ui {

/// Where a link on a page leads: the findings of a severity, one finding, one phase, one inventory object, or the
/// plan of a routing group or site. Links are "kind:target" with the target percent-encoded.
struct Link {
    enum class Kind { None, Findings, Finding, Phase, Object, Subject };
    Kind kind = Kind::None;
    QString target;

    static QString findings(int severity);
    static QString finding(const QString &id);
    static QString phase(const QString &key);
    static QString object(const QString &id);
    static QString subject(const QString &id);
    static Link parse(const QString &href);
    /// An HTML anchor with escaped text.
    static QString anchor(const QString &href, const QString &text);
};

/// A word-wrapped rich-text label whose links are followed by the page (its linkActivated signal), not the browser.
QLabel *linkLabel();

} // namespace etp::ui
